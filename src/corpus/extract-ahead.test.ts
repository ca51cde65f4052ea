import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../doc/doc.ts';
import { extract } from '../pipeline.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { MARROW_BAY_FOLLOW_UP, MARROW_BAY_REPRINT, MARROW_BAY_WIRE } from '../../test/corpus/stories.ts';
import { extractAhead } from './extract-ahead.ts';
import { ingestArticle, type ArticleInput } from './ingest-article.ts';

const wire: ArticleInput = { origin: 'file:wire.txt', text: MARROW_BAY_WIRE, article: { id: 'wire', published: '2024-05-21' } };
const reprint: ArticleInput = { origin: 'file:reprint.txt', text: MARROW_BAY_REPRINT, article: { id: 'reprint', published: '2024-05-21' } };
const followUp: ArticleInput = { origin: 'file:follow-up.txt', text: MARROW_BAY_FOLLOW_UP, article: { id: 'follow-up', published: '2024-05-22' } };

describe('extractAhead', () => {
  it('extracts a new article of the batch as extract does alone', async () => {
    const store = new SqliteStore(':memory:');
    const extracted = await extractAhead(store, [followUp], {});
    expect(extracted.get(followUp)).toEqual(toDocumentOutput(extract(followUp)));
    await store.close();
  });

  it('leaves out what the store already settles: the same text from the same origin, and a copy of a stored article', async () => {
    const store = new SqliteStore(':memory:');
    await ingestArticle(store, wire);
    const extracted = await extractAhead(store, [wire, reprint, followUp], {});
    expect([...extracted.keys()]).toEqual([followUp]);
    await store.close();
  });

  it('leaves out an article the store cannot answer for, instead of failing the batch', async () => {
    const store = new SqliteStore(':memory:');
    const failing = Object.create(store, {
      originState: { value: (origin: string) => (origin === wire.origin ? Promise.reject(new Error('disk I/O error')) : store.originState(origin)) },
    }) as SqliteStore;
    const extracted = await extractAhead(failing, [wire, followUp], {});
    expect([...extracted.keys()]).toEqual([followUp]);
    await store.close();
  });
});
