import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../corpus/fingerprint.ts';
import { resolveIdentities } from '../corpus/resolve-identities.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import { contractDocuments } from './contract-fixtures.ts';
import type { CorpusStore, EntityOccurrence, IngestRecord } from './corpus-store.ts';

/**
 * The contract every CorpusStore implementation passes (one suite, every dialect, as Kysely
 * does). Call it from the implementation's test file with a factory for an empty store.
 */

function extracted(document: DocumentOutput, origin = `fixture:${document.article.id}`): IngestRecord {
  return { kind: 'extracted', origin, document, fingerprint: fingerprint(document.text) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

async function resolveAll(store: CorpusStore): Promise<void> {
  const occurrences: EntityOccurrence[] = await collect(store.listEntityOccurrences());
  await store.replaceIdentities(resolveIdentities(occurrences, await store.listIdentityPins()));
}

export function describeStoreContract(name: string, createStore: () => Promise<CorpusStore>): void {
  describe(`CorpusStore contract: ${name}`, () => {
    let store: CorpusStore;
    const [talks, camps] = contractDocuments() as [DocumentOutput, DocumentOutput];

    beforeEach(async () => {
      store = await createStore();
      await store.putRecords([extracted(talks), extracted(camps)]);
      await resolveAll(store);
    });
    afterEach(async () => {
      await store.close();
    });

    it('gives back every document exactly as it was written', async () => {
      expect(await store.getDocument(talks.article.id)).toEqual(JSON.parse(JSON.stringify(talks)));
      expect(await store.getDocument(camps.article.id)).toEqual(JSON.parse(JSON.stringify(camps)));
      expect(await store.getDocument('no-such-article')).toBeUndefined();
    });

    it('records the origin, pipeline version and content hash of each article', async () => {
      const article = await store.getArticle(talks.article.id);
      expect(article).toMatchObject({ id: 'fixture-talks', origin: 'fixture:fixture-talks', pipeline: talks.pipeline, duplicateOf: null, title: talks.article.title, length: talks.text.length });
      expect(await store.originState('fixture:fixture-talks')).toEqual({ article: 'fixture-talks', contentHash: fingerprint(talks.text).contentHash, pipeline: talks.pipeline });
      expect(await store.originState('fixture:unknown')).toBeUndefined();
    });

    it('replaces an article written twice instead of adding it again', async () => {
      await store.putRecords([extracted(talks)]);
      expect((await store.listArticles()).items).toHaveLength(2);
      expect((await store.queryQuotes({ article: talks.article.id })).items).toHaveLength(2);
      expect((await store.search({ query: 'humanitarian pause' })).items.filter((hit) => hit.kind === 'article')).toHaveLength(1);
    });

    it('writes a batch whole or not at all', async () => {
      const orphan: IngestRecord = { kind: 'duplicate', origin: 'fixture:orphan', article: { id: 'orphan' }, text: 'copy', duplicateOf: 'missing-original', similarity: 1, fingerprint: fingerprint('copy') };
      const fresh = extracted({ ...talks, article: { ...talks.article, id: 'fresh' } }, 'fixture:fresh');
      await expect(store.putRecords([fresh, orphan])).rejects.toThrow();
      expect(await store.getArticle('fresh')).toBeUndefined();
    });

    it('links a copy to its original without extracting it, and finds it by hash and by bands', async () => {
      const print = fingerprint(talks.text);
      await store.putRecords([{ kind: 'duplicate', origin: 'fixture:copy', article: { id: 'copy', source: 'Reprint Weekly' }, text: talks.text, duplicateOf: talks.article.id, similarity: 1, fingerprint: print }]);
      expect(await store.getArticle('copy')).toMatchObject({ duplicateOf: talks.article.id, similarity: 1, pipeline: null });
      expect((await store.findByContentHash(print.contentHash))?.id).toBe(talks.article.id);
      const candidates = await store.findDuplicateCandidates(print.bands);
      expect(candidates.map((candidate) => candidate.id)).toEqual(expect.arrayContaining([talks.article.id, 'copy']));
      expect(candidates.find((candidate) => candidate.id === talks.article.id)?.signature).toEqual(print.signature);
      expect((await store.listArticles()).items.map((article) => article.id)).not.toContain('copy');
      expect((await store.listArticles({ includeDuplicates: true })).items.map((article) => article.id)).toContain('copy');
      expect((await store.queryQuotes({ speaker: 'Marsh' })).items).toHaveLength(2);
      expect((await store.stats()).duplicates).toBe(1);
    });

    it('finds quotes by any name of the speaker, by kind, by words and by date', async () => {
      const bySurname = await store.queryQuotes({ speaker: 'Marsh' });
      expect(bySurname.items.map((row) => row.text)).toEqual(['We agreed on a humanitarian pause of three days,', 'a serious underestimate']);
      expect(bySurname.items[0]!.speakerEntity?.name).toBe('Elena Marsh');
      expect(bySurname.items[0]!.article).toMatchObject({ id: 'fixture-talks', source: 'Valdoria Wire', published: '2024-03-06' });
      expect((await store.queryQuotes({ speaker: 'elena MARSH' })).items).toHaveLength(2);
      expect((await store.queryQuotes({ speaker: 'officials' })).items.map((row) => row.quote.id)).toEqual(['q1']);
      expect((await store.queryQuotes({ kind: 'indirect' })).items).toHaveLength(2);
      expect((await store.queryQuotes({ text: 'prisoners' })).items.map((row) => row.quote.speaker?.name)).toEqual(['Tomas Reyk']);
      expect((await store.queryQuotes({ since: '2024-03-07' })).items.every((row) => row.article.id === 'fixture-camps')).toBe(true);
      expect((await store.queryQuotes({ until: '2024-03-06' })).items.every((row) => row.article.id === 'fixture-talks')).toBe(true);
      expect((await store.queryQuotes({ source: 'ostrava daily' })).items).toHaveLength(2);
    });

    it('pages through results with an opaque cursor', async () => {
      const first = await store.queryQuotes({ limit: 3 });
      expect(first.items).toHaveLength(3);
      expect(first.next).toBeTypeOf('string');
      const second = await store.queryQuotes({ limit: 3, cursor: first.next });
      expect(second.items).toHaveLength(1);
      expect(second.next).toBeUndefined();
      expect(new Set([...first.items, ...second.items].map((row) => `${row.article.id}/${row.quote.id}`)).size).toBe(4);
      await expect(store.queryQuotes({ cursor: 'not-a-cursor' })).rejects.toThrow(/not a page cursor/);
    });

    it('finds events by actor code, country, name, recipient, type and date', async () => {
      expect((await store.queryEvents({ actor: 'VAL' })).items.map((row) => row.event.id)).toEqual(['v1']);
      expect((await store.queryEvents({ actor: 'VALGOV', type: 'CONSULT' })).items.map((row) => row.triggerText)).toEqual(['met']);
      expect((await store.queryEvents({ actor: 'Marsh' })).items).toHaveLength(1);
      expect((await store.queryEvents({ recipient: 'Reyk' })).items).toHaveLength(1);
      expect((await store.queryEvents({ actor: 'OST' })).items.map((row) => row.event.id)).toEqual(['v2']);
      expect((await store.queryEvents({ type: 'CONSULT', since: '2024-03-06' })).items).toHaveLength(0);
      expect((await store.queryEvents({ since: '2024-03', until: '2024-03' })).items).toHaveLength(2);
      expect((await store.queryEvents({ cameo: '08' })).items.map((row) => row.event.type)).toEqual(['CONCEDE']);
      expect((await store.queryEvents({ actor: 'VAL' })).items[0]!.sentenceText).toMatch(/^Valdorian Foreign Minister/);
    });

    it('finds claims by what they count, singular or plural, and by who claims them', async () => {
      const hostages = await store.queryClaims({ counted: 'hostages' });
      expect(hostages.items.map((row) => [row.article.source, row.text])).toEqual([['Valdoria Wire', 'Fewer than 200'], ['Ostrava Daily', '224']]);
      expect((await store.queryClaims({ counted: 'hostage' })).items).toHaveLength(2);
      expect((await store.queryClaims({ counted: 'prisoners' })).items[0]!.sentenceText).toBe('Reyk said that at least 40 prisoners would be released by Friday.');
      expect((await store.queryClaims({ claimSource: 'Red Lantern' })).items.map((row) => row.claim.id)).toEqual(['k1']);
      expect((await store.queryClaims({ claimSource: 'author' })).items).toHaveLength(0);
      expect((await store.queryClaims({ since: '2024-03-08' })).items.map((row) => row.claim.id)).toEqual(['k2']);
    });

    it('resolves entities across articles and finds them by any alias', async () => {
      const marsh = await store.queryEntities({ name: 'Marsh' });
      expect(marsh.items).toHaveLength(1);
      expect(marsh.items[0]).toMatchObject({ name: 'Elena Marsh', type: 'PERSON', articleCount: 2, mentionCount: 3 });
      expect(await store.getEntity(marsh.items[0]!.id)).toEqual(marsh.items[0]);
      expect((await store.queryEntities({ type: 'GPE' })).items.map((entity) => entity.name).sort()).toEqual(['Geneva', 'Ostrava']);
      expect((await store.queryEntities({ name: 'Nobody Known' })).items).toHaveLength(0);
    });

    it('finds an entity and its quotes by a transliteration variant of the name', async () => {
      expect((await store.queryEntities({ name: 'Reik' })).items.map((entity) => entity.name)).toEqual(['Tomas Reyk']);
      expect((await store.queryQuotes({ speaker: 'Tomas Reik' })).items.map((row) => row.quote.id)).toEqual(['q2']);
    });

    it('keeps identity pins and applies them on the next resolution', async () => {
      await store.addIdentityPin({ kind: 'split', entity: 'Elena Marsh', names: ['Marsh'] });
      await resolveAll(store);
      expect((await store.queryEntities({ name: 'Elena Marsh' })).items[0]).toMatchObject({ articleCount: 1 });
      await store.addIdentityPin({ kind: 'merge', entities: ['Elena Marsh', 'Marsh'] });
      await resolveAll(store);
      expect((await store.queryEntities({ name: 'Marsh' })).items).toHaveLength(1);
      expect((await store.listIdentityPins()).map((pin) => pin.kind)).toEqual(['split', 'merge']);
    });

    it('searches article text and quotes, accent- and case-insensitively, with phrases', async () => {
      const hits = await store.search({ query: '"humanitarian pause"' });
      expect(hits.items.map((hit) => hit.kind).sort()).toEqual(['article', 'quote']);
      expect(hits.items.find((hit) => hit.kind === 'quote')).toMatchObject({ quote: 'q1', article: { id: 'fixture-talks' } });
      expect(hits.items[0]!.snippet).toContain('«humanitarian pause»');
      expect((await store.search({ query: 'GENÈVA' })).items.map((hit) => hit.article.id)).toEqual(['fixture-talks']);
      expect((await store.search({ query: 'underestimate', in: 'quotes' })).items).toHaveLength(1);
      expect((await store.search({ query: 'pause AND OR NEAR(' })).items).toHaveLength(0);
    });

    it('streams every document and counts the corpus', async () => {
      expect((await collect(store.streamDocuments())).map((document) => document.article.id)).toEqual(['fixture-talks', 'fixture-camps']);
      expect(await store.stats('0.0.0-older')).toEqual({ articles: 2, duplicates: 0, quotes: 4, events: 2, claims: 3, entities: 5, outdated: 2 });
      expect(await store.listOutdated('0.0.0-older', 10)).toEqual(['fixture-talks', 'fixture-camps']);
      expect(await store.listOutdated(talks.pipeline, 10)).toEqual([]);
    });

    it('deletes an article with all its layers and search entries', async () => {
      expect(await store.deleteArticle(talks.article.id)).toBe(true);
      expect(await store.deleteArticle(talks.article.id)).toBe(false);
      expect((await store.queryQuotes({})).items.every((row) => row.article.id === 'fixture-camps')).toBe(true);
      expect((await store.search({ query: 'humanitarian' })).items).toHaveLength(0);
      expect((await store.queryEvents({})).items).toHaveLength(0);
    });
  });
}
