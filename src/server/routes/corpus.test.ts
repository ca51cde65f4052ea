import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DocumentSchema } from '../../doc/schema/document.ts';
import { openStore } from '../../store/open-store.ts';
import type { CorpusStore } from '../../store/corpus-store.ts';
import { HARBOUR_TALKS, SECOND_SOURCE } from '../../../test/browser/fixtures/index.ts';
import { ApiErrorBodySchema } from '../api-error.ts';
import { apiRoutes, buildServer } from '../app.ts';
import { ClaimComparisonSchema, IngestResultSchema, NetworkSchema, TimelineSchema } from '../responses.ts';

let store: CorpusStore;
let app: FastifyInstance;

/** Every answer is checked against the response schema its route declares in the OpenAPI document. */
async function get<S extends z.ZodType>(url: string, schema?: S): Promise<{ status: number; body: S extends z.ZodType ? z.output<S> : unknown }> {
  const response = await app.inject({ method: 'GET', url });
  const body = JSON.parse(response.body) as unknown;
  const path = url.split('?')[0]!;
  const route = apiRoutes().find((candidate) => candidate.method === 'GET' && new RegExp(`^${candidate.path.replace(/:\w+/g, '[^/]+')}$`).test(path));
  if (response.statusCode === 200 && route) route.response.parse(body);
  return { status: response.statusCode, body: (schema ? schema.parse(body) : body) as never };
}

beforeAll(async () => {
  store = await openStore(':memory:');
  app = await buildServer({ store });
  for (const article of [HARBOUR_TALKS, SECOND_SOURCE]) {
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: article });
    expect(response.statusCode, response.body).toBe(201);
  }
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe('POST /api/articles', () => {
  it('stores an article once, however often it is posted', async () => {
    const again = await app.inject({ method: 'POST', url: '/api/articles', payload: HARBOUR_TALKS });
    expect(IngestResultSchema.parse(JSON.parse(again.body))).toEqual({ id: 'harbour-talks', status: 'unchanged', duplicateOf: null });
    const list = await get('/api/articles');
    expect((list.body as { items: unknown[] }).items).toHaveLength(2);
  });

  it('links a syndicated copy to its original instead of extracting it again', async () => {
    const copy = { text: HARBOUR_TALKS.text, article: { id: 'harbour-talks-copy', source: 'Reprint Weekly' } };
    const response = await app.inject({ method: 'POST', url: '/api/articles', payload: copy });
    expect(IngestResultSchema.parse(JSON.parse(response.body))).toMatchObject({ status: 'duplicate', duplicateOf: 'harbour-talks' });
    await store.deleteArticle('harbour-talks-copy');
  });
});

describe('GET /api/articles/:id', () => {
  it('answers the stored document, offsets intact', async () => {
    const { status, body } = await get('/api/articles/harbour-talks', DocumentSchema);
    expect(status).toBe(200);
    expect(body.text).toBe(HARBOUR_TALKS.text);
    expect(body.events.length).toBeGreaterThan(0);
  });

  it('answers 404 naming the id for an unknown article', async () => {
    const { status, body } = await get('/api/articles/no-such-article');
    expect(status).toBe(404);
    expect(ApiErrorBodySchema.parse(body).error.message).toContain('"no-such-article"');
  });
});

describe('paging', () => {
  it('walks a list page by page with the cursor, ending on null', async () => {
    const first = (await get('/api/articles?limit=1')).body as { items: { id: string }[]; nextCursor: string | null };
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await get(`/api/articles?limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`)).body as typeof first;
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const third = (await get(`/api/articles?limit=1&cursor=${encodeURIComponent(second.nextCursor ?? '')}`)).body as typeof first;
    expect(second.nextCursor === null || third.items.length === 0).toBe(true);
  });

  it('caps the page size and refuses a cursor it did not issue', async () => {
    const big = await get('/api/quotes?limit=1000');
    expect(big.status).toBe(400);
    expect(ApiErrorBodySchema.parse(big.body).error).toMatchObject({ code: 'INVALID_QUERY', issues: [{ path: 'limit', message: expect.any(String) }] });
    const forged = await get('/api/quotes?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
    expect(ApiErrorBodySchema.parse(forged.body).error.code).toBe('INVALID_CURSOR');
  });

  it('reads "false" in a query string as false', async () => {
    const { status } = await get('/api/events?includeNegated=false');
    expect(status).toBe(200);
    const wrong = await get('/api/events?includeNegated=maybe');
    expect(wrong.status).toBe(400);
  });
});

describe('corpus queries', () => {
  it('filters events by type and actor, as `newsgraph query events` does', async () => {
    const { body } = await get('/api/events?type=CONSULT');
    const rows = (body as { items: { event: { type: string } }[] }).items;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.event.type === 'CONSULT')).toBe(true);
  });

  it('filters claims by what is counted', async () => {
    const { body } = await get('/api/claims?counted=prisoners');
    const rows = (body as { items: { claim: { counted: { text: string } | null } }[] }).items;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => /prisoner/i.test(row.claim.counted?.text ?? ''))).toBe(true);
  });

  it('finds an entity by name and shows its page with events', async () => {
    const { body } = await get('/api/entities?name=Sorel');
    const entity = (body as { items: { id: string; name: string }[] }).items[0]!;
    expect(entity.name).toContain('Sorel');
    const detail = (await get(`/api/entities/${encodeURIComponent(entity.id)}`)).body as { entity: { name: string }; events: unknown[] };
    expect(detail.entity.name).toBe(entity.name);
    expect(detail.events.length).toBeGreaterThan(0);
    expect((await get('/api/entities/no-such-entity')).status).toBe(404);
  });

  it('searches article texts and quotes', async () => {
    const { body } = await get('/api/search?q=winter');
    const hits = (body as { items: { snippet: string }[] }).items;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toMatch(/«winter»/i);
    expect((await get('/api/search')).status).toBe(400);
  });
});

describe('aggregate views', () => {
  it('draws the actor network with an edge per actor, recipient and type', async () => {
    const { body } = await get('/api/network', NetworkSchema);
    const names = new Map(body.nodes.map((node) => [node.id, node.name]));
    const edge = body.edges.find((candidate) => /Sorel/.test(names.get(candidate.source) ?? '') && /Halm/.test(names.get(candidate.target) ?? ''));
    expect(edge).toMatchObject({ type: 'CONSULT', count: expect.any(Number) });
    expect(edge!.examples[0]!.sentence).toContain('spoke with');
  });

  it('filters the network by several types and by dates', async () => {
    const consult = await get('/api/network?type=CONSULT&type=ACCUSE', NetworkSchema);
    expect(consult.body.edges.every((edge) => edge.type === 'CONSULT' || edge.type === 'ACCUSE')).toBe(true);
    const none = await get('/api/network?since=2030-01-01', NetworkSchema);
    expect(none.body.edges).toEqual([]);
    expect((await get('/api/network?type=MEET')).status).toBe(400);
  });

  it('lays events on a timeline by day', async () => {
    const { body } = await get('/api/timeline', TimelineSchema);
    const dates = body.days.map((day) => day.date);
    expect(dates).toEqual([...dates].sort());
    expect(body.eventsRead).toBeGreaterThan(0);
  });

  it('compares the prisoner counts of the two outlets and says which figures disagree', async () => {
    const { body } = await get('/api/compare/claims?counted=prisoners', ClaimComparisonSchema);
    const group = body.groups.find((candidate) => candidate.key === 'prisoner');
    expect(group).toMatchObject({ outlets: 2, disagreement: true });
    expect(group!.reason).toMatch(/ vs /);
    expect(new Set(group!.claims.map((claim) => claim.outlet))).toEqual(new Set(['Valdoria Wire', 'Ostrava Daily']));
    expect(group!.claims.every((claim) => claim.sentenceText.includes(claim.text))).toBe(true);
  });

  it('leaves out what only one outlet counts unless asked for all', async () => {
    const several = await get('/api/compare/claims', ClaimComparisonSchema);
    expect(several.body.groups.every((group) => group.outlets >= 2)).toBe(true);
    const all = await get('/api/compare/claims?all=true', ClaimComparisonSchema);
    expect(all.body.groups.length).toBeGreaterThan(several.body.groups.length);
    const disagreeing = await get('/api/compare/claims?all=true&disagreeing=true', ClaimComparisonSchema);
    expect(disagreeing.body.groups.every((group) => group.disagreement)).toBe(true);
  });
});

describe('GET /api/stats', () => {
  it('counts what the corpus holds', async () => {
    const { status, body } = await get('/api/stats');
    expect(status).toBe(200);
    expect(body).toMatchObject({ articles: 2, quotes: expect.any(Number), events: expect.any(Number) });
  });
});
