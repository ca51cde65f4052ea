import { beforeEach, describe, expect, it } from 'vitest';
import type { CorpusStore } from '../store/corpus-store.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { MARROW_BAY_FOLLOW_UP, MARROW_BAY_REPRINT, MARROW_BAY_WIRE } from '../../test/corpus/stories.ts';
import { ingestArticle } from './ingest-article.ts';

const STORY = MARROW_BAY_WIRE;

describe('ingestArticle', () => {
  let store: CorpusStore;
  beforeEach(() => {
    store = new SqliteStore(':memory:');
  });

  it('extracts and stores a new article', async () => {
    const outcome = await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story', published: '2024-05-21' } });
    expect(outcome).toEqual({ status: 'added', id: 'story', origin: 'file:story.txt' });
    expect((await store.getDocument('story'))?.sentences.length).toBeGreaterThan(0);
  });

  it('adds nothing when the same origin comes again with the same text', async () => {
    await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } });
    expect((await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } })).status).toBe('unchanged');
    expect((await store.stats()).articles).toBe(1);
  });

  it('re-extracts an origin whose text changed', async () => {
    await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } });
    const outcome = await ingestArticle(store, { origin: 'file:story.txt', text: `${STORY} The union welcomed the news.`, article: { id: 'story' } });
    expect(outcome.status).toBe('updated');
    expect((await store.getDocument('story'))?.text).toMatch(/union welcomed/);
  });

  it('links an exact copy from another outlet to the original without extracting it', async () => {
    await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } });
    const outcome = await ingestArticle(store, { origin: 'file:reprint.txt', text: `  ${STORY.toUpperCase()}\n`, article: { id: 'reprint', source: 'Coast Weekly' } });
    expect(outcome).toMatchObject({ status: 'duplicate', duplicateOf: 'story', similarity: 1 });
    expect(await store.getArticle('reprint')).toMatchObject({ duplicateOf: 'story', pipeline: null, source: 'Coast Weekly' });
  });

  it('links a lightly edited copy to the original', async () => {
    await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } });
    const outcome = await ingestArticle(store, { origin: 'file:edited.txt', text: MARROW_BAY_REPRINT, article: { id: 'edited' } });
    expect(outcome).toMatchObject({ status: 'duplicate', duplicateOf: 'story' });
  });

  it('keeps a different story on the same subject as an article of its own', async () => {
    await ingestArticle(store, { origin: 'file:story.txt', text: STORY, article: { id: 'story' } });
    expect((await ingestArticle(store, { origin: 'file:follow-up.txt', text: MARROW_BAY_FOLLOW_UP, article: { id: 'follow-up' } })).status).toBe('added');
  });

  it('links a copy of a copy to the first original', async () => {
    await ingestArticle(store, { origin: 'o1', text: STORY, article: { id: 'first' } });
    await ingestArticle(store, { origin: 'o2', text: STORY, article: { id: 'second' } });
    expect(await ingestArticle(store, { origin: 'o3', text: STORY, article: { id: 'third' } })).toMatchObject({ duplicateOf: 'first' });
  });
});
