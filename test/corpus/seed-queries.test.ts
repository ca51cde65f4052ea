import { beforeAll, describe, expect, it } from 'vitest';
import { compareClaimsInStore } from '../../src/corpus/compare-claims.ts';
import { ingestArticle } from '../../src/corpus/ingest-article.ts';
import { refreshIdentities } from '../../src/corpus/refresh-identities.ts';
import type { CorpusStore } from '../../src/store/corpus-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { hasSeedArticle, readSeedArticle } from '../support/shared-data.ts';

/** The queries of the corpus issue, on the seed article in a corpus of its own. */
describe.skipIf(!hasSeedArticle)('corpus queries on the seed article', () => {
  let store: CorpusStore;
  beforeAll(async () => {
    store = new SqliteStore(':memory:');
    await ingestArticle(store, { origin: 'seed', text: readSeedArticle(), article: { id: 'moscow-talks', published: '2023-10-27', source: 'seed' } });
    await refreshIdentities(store);
  });

  it('query quotes --speaker Zakharova', async () => {
    const rows = (await store.queryQuotes({ speaker: 'Zakharova' })).items;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.some((row) => row.text.includes('nine thousand Russian passport holders'))).toBe(true);
  });

  it('query events --actor RUS --type CONSULT --since 2023-10-01', async () => {
    const rows = (await store.queryEvents({ actor: 'RUS', type: 'CONSULT', since: '2023-10-01' })).items;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.event.actors.some((actor) => (actor.actorCode ?? actor.country ?? '').startsWith('RUS')))).toBe(true);
  });

  it('query claims --counted hostages', async () => {
    const values = (await store.queryClaims({ counted: 'hostages' })).items.map((row) => row.text.toLowerCase());
    expect(values).toEqual(expect.arrayContaining(['fewer than 200']));
  });

  it('query entities --name Marzouk (the text spells Marzouq)', async () => {
    expect((await store.queryEntities({ name: 'Marzouk' })).items.map((entity) => entity.name)).toEqual([expect.stringMatching(/Marzouq/)]);
  });

  it('query search finds a phrase of the article', async () => {
    expect((await store.search({ query: '"humanitarian aid"' })).items.length).toBeGreaterThan(0);
  });

  it('compares no claims within one outlet unless asked', async () => {
    expect(await compareClaimsInStore(store, { counted: 'hostages' })).toEqual([]);
    expect((await compareClaimsInStore(store, { counted: 'hostages' }, { includeSingleOutlet: true })).map((group) => group.key)).toContain('hostage');
  });
});
