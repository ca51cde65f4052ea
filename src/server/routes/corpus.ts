import { DocumentSchema } from '../../doc/schema/document.ts';
import { refreshIdentities } from '../../corpus/refresh-identities.ts';
import { ingestArticle } from '../../corpus/ingest-article.ts';
import type { ClaimRow, CorpusStore, EventRow, Page, StoredArticle } from '../../store/corpus-store.ts';
import type { ClaimFilter, EventFilter } from '../../store/filters.ts';
import { ApiError, notFound } from '../api-error.ts';
import { toPipelineInput } from '../article-input.ts';
import { compareClaims } from '../../corpus/compare-claims.ts';
import { toClaimComparison } from '../claim-comparison.ts';
import { buildNetwork } from '../network.ts';
import { pageOf, toApiPage } from '../pagination.ts';
import {
  ArticleQuerySchema,
  ClaimQuerySchema,
  CompareClaimsQuerySchema,
  EntityQuerySchema,
  EventQuerySchema,
  IdParamsSchema,
  NetworkQuerySchema,
  QuoteQuerySchema,
  SearchQuerySchema,
  TimelineQuerySchema,
} from '../query-schemas.ts';
import { ArticleBodySchema } from '../request-schemas.ts';
import {
  ArticleSummarySchema,
  ClaimComparisonSchema,
  ClaimRowSchema,
  CorpusEntitySchema,
  CorpusStatsSchema,
  EntityDetailSchema,
  EventRowSchema,
  IngestResultSchema,
  NetworkSchema,
  QuoteRowSchema,
  SearchHitSchema,
  TimelineSchema,
  type ArticleSummary,
} from '../responses.ts';
import { defineRoute, type ApiRoute } from '../route.ts';
import { PIPELINE_VERSION } from '../../version.ts';
import { buildTimeline } from '../timeline.ts';

/** Aggregate views read at most this many events per request; the response says when it stopped short. */
export const MAX_NETWORK_EVENTS = 20_000;
export const MAX_TIMELINE_EVENTS = 5_000;
export const MAX_COMPARED_CLAIMS = 5_000;
/** How many quotes and events an entity page shows. */
const ENTITY_PAGE_ITEMS = 50;

/** Where the corpus comes from: absent when the server runs without a database (extract only). */
export type StoreProvider = () => CorpusStore | undefined;

function requireStore(provide: StoreProvider): CorpusStore {
  const store = provide();
  if (!store) throw new ApiError(503, 'STORE_UNAVAILABLE', 'this server has no corpus open', 'start it with `newsgraph serve --db newsgraph.db`, or ingest articles first with `newsgraph ingest`');
  return store;
}

function toSummary(article: StoredArticle): ArticleSummary {
  return {
    id: article.id,
    ...(article.title ? { title: article.title } : {}),
    ...(article.source ? { source: article.source } : {}),
    ...(article.published ? { published: article.published } : {}),
    ...(article.url ? { url: article.url } : {}),
    pipeline: article.pipeline,
    duplicateOf: article.duplicateOf,
    length: article.length,
    ingestedAt: article.ingestedAt,
  };
}

/** Reads every page of a query, up to a cap, for the aggregate views (network, timeline, comparison). */
async function readUpTo<F extends { limit?: unknown; cursor?: string }, T>(
  query: (filter: F) => Promise<Page<T>>,
  filter: F,
  cap: number,
): Promise<{ rows: T[]; truncated: boolean }> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await query({ ...filter, limit: Math.min(1000, cap - rows.length + 1), ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor && rows.length <= cap);
  return { rows: rows.slice(0, cap), truncated: rows.length > cap || cursor !== undefined };
}

function readEvents(store: CorpusStore, filter: EventFilter, cap: number): Promise<{ rows: EventRow[]; truncated: boolean }> {
  return readUpTo((page: EventFilter) => store.queryEvents(page), filter, cap);
}

function readClaims(store: CorpusStore, filter: ClaimFilter, cap: number): Promise<{ rows: ClaimRow[]; truncated: boolean }> {
  return readUpTo((page: ClaimFilter) => store.queryClaims(page), filter, cap);
}

export function corpusRoutes(provide: StoreProvider): ApiRoute[] {
  return [
    defineRoute({
      operationId: 'corpusStats',
      method: 'GET',
      path: '/api/stats',
      tag: 'corpus',
      summary: 'How many articles, quotes, events, claims and entities the corpus holds',
      response: CorpusStatsSchema,
      errors: [503],
      handler: async () => requireStore(provide).stats(PIPELINE_VERSION),
    }),
    defineRoute({
      operationId: 'ingestArticle',
      method: 'POST',
      path: '/api/articles',
      tag: 'articles',
      summary: 'Add an article (text or HTML) to the corpus: extracted and stored, or linked to the article it copies',
      description: 'The id defaults to one derived from the content, so posting the same article twice stores it once.',
      body: ArticleBodySchema,
      response: IngestResultSchema,
      successStatus: 201,
      write: true,
      errors: [422, 503],
      handler: async ({ body }) => {
        const store = requireStore(provide);
        const input = toPipelineInput(body);
        const outcome = await ingestArticle(store, { origin: `api:${input.article.id}`, text: input.text, article: input.article });
        // Cross-article identity is re-resolved so the new article's entities join their corpus pages at once.
        if (outcome.status !== 'unchanged') await refreshIdentities(store);
        return { id: outcome.id, status: outcome.status, duplicateOf: outcome.status === 'duplicate' ? outcome.duplicateOf : null };
      },
    }),
    defineRoute({
      operationId: 'listArticles',
      method: 'GET',
      path: '/api/articles',
      tag: 'articles',
      summary: 'List the articles of the corpus',
      query: ArticleQuerySchema,
      response: pageOf(ArticleSummarySchema),
      errors: [503],
      handler: async ({ query }) => toApiPage(await requireStore(provide).listArticles(query), toSummary),
    }),
    defineRoute({
      operationId: 'getArticle',
      method: 'GET',
      path: '/api/articles/:id',
      tag: 'articles',
      summary: 'One stored article as its full document (text and every layer)',
      params: IdParamsSchema,
      response: DocumentSchema,
      errors: [404, 503],
      handler: async ({ params }) => {
        const document = await requireStore(provide).getDocument(params.id);
        if (!document) throw notFound(`article "${params.id}"`, 'list the articles with GET /api/articles');
        return document;
      },
    }),
    defineRoute({
      operationId: 'queryQuotes',
      method: 'GET',
      path: '/api/quotes',
      tag: 'corpus',
      summary: 'Quotes across the corpus (filter by speaker, kind, words, source, dates)',
      query: QuoteQuerySchema,
      response: pageOf(QuoteRowSchema),
      errors: [503],
      handler: async ({ query }) => toApiPage(await requireStore(provide).queryQuotes(query), (row) => row),
    }),
    defineRoute({
      operationId: 'queryEvents',
      method: 'GET',
      path: '/api/events',
      tag: 'corpus',
      summary: 'Events across the corpus (filter by actor, recipient, type, CAMEO code, source, dates)',
      query: EventQuerySchema,
      response: pageOf(EventRowSchema),
      errors: [503],
      handler: async ({ query }) => toApiPage(await requireStore(provide).queryEvents(query), (row) => row),
    }),
    defineRoute({
      operationId: 'queryClaims',
      method: 'GET',
      path: '/api/claims',
      tag: 'corpus',
      summary: 'Numeric claims across the corpus (filter by what is counted, who claims it, source, dates)',
      query: ClaimQuerySchema,
      response: pageOf(ClaimRowSchema),
      errors: [503],
      handler: async ({ query }) => toApiPage(await requireStore(provide).queryClaims(query), (row) => row),
    }),
    defineRoute({
      operationId: 'queryEntities',
      method: 'GET',
      path: '/api/entities',
      tag: 'corpus',
      summary: 'Entities across the corpus (filter by name or alias, type, country)',
      query: EntityQuerySchema,
      response: pageOf(CorpusEntitySchema),
      errors: [503],
      handler: async ({ query }) => toApiPage(await requireStore(provide).queryEntities(query), (entity) => ({ ...entity, aliases: [...entity.aliases] })),
    }),
    defineRoute({
      operationId: 'getEntity',
      method: 'GET',
      path: '/api/entities/:id',
      tag: 'corpus',
      summary: 'One corpus entity with its aliases, the quotes it is the speaker of and the events it takes part in',
      params: IdParamsSchema,
      response: EntityDetailSchema,
      errors: [404, 503],
      handler: async ({ params }) => {
        const store = requireStore(provide);
        const entity = await store.getEntity(params.id);
        if (!entity) throw notFound(`entity "${params.id}"`, 'find entities with GET /api/entities?name=…');
        const quotes = await store.queryQuotes({ speaker: entity.name, limit: ENTITY_PAGE_ITEMS });
        // The name filter is alias-aware; keep the rows resolved to this entity (or not resolved at all).
        const ownQuotes = quotes.items.filter((row) => row.speakerEntity === null || row.speakerEntity.id === entity.id);
        const [asActor, asRecipient] = await Promise.all([
          store.queryEvents({ actor: entity.name, limit: ENTITY_PAGE_ITEMS }),
          store.queryEvents({ recipient: entity.name, limit: ENTITY_PAGE_ITEMS }),
        ]);
        const seen = new Set<string>();
        const events = [...asActor.items, ...asRecipient.items].filter((row) => {
          const key = `${row.article.id}\u0000${row.event.id}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        events.sort((a, b) => (a.event.date?.value ?? a.article.published ?? '').localeCompare(b.event.date?.value ?? b.article.published ?? ''));
        return { entity: { ...entity, aliases: [...entity.aliases] }, quotes: ownQuotes, events: events.slice(0, ENTITY_PAGE_ITEMS) };
      },
    }),
    defineRoute({
      operationId: 'search',
      method: 'GET',
      path: '/api/search',
      tag: 'corpus',
      summary: 'Full-text search over article texts and quotes',
      query: SearchQuerySchema,
      response: pageOf(SearchHitSchema),
      errors: [503],
      handler: async ({ query }) =>
        toApiPage(await requireStore(provide).search({ query: query.q, in: query.in, limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) }), (hit) => hit),
    }),
    defineRoute({
      operationId: 'actorNetwork',
      method: 'GET',
      path: '/api/network',
      tag: 'views',
      summary: 'Who did what to whom: actors as nodes, (actor, recipient, event type) as edges weighted by event count',
      query: NetworkQuerySchema,
      response: NetworkSchema,
      errors: [503],
      handler: async ({ query }) => {
        const store = requireStore(provide);
        const filter: EventFilter = {
          ...(query.since ? { since: query.since } : {}),
          ...(query.until ? { until: query.until } : {}),
          ...(query.source ? { source: query.source } : {}),
          includeNegated: query.includeNegated,
        };
        // One type: the store filters; several: read all and keep those types.
        const types = query.type ?? [];
        const { rows, truncated } = await readEvents(store, types.length === 1 ? { ...filter, type: types[0] } : filter, MAX_NETWORK_EVENTS);
        const wanted = new Set(types);
        return buildNetwork(types.length > 1 ? rows.filter((row) => wanted.has(row.event.type)) : rows, truncated);
      },
    }),
    defineRoute({
      operationId: 'timeline',
      method: 'GET',
      path: '/api/timeline',
      tag: 'views',
      summary: 'Events grouped by day, in calendar order',
      query: TimelineQuerySchema,
      response: TimelineSchema,
      errors: [503],
      handler: async ({ query }) => {
        const { rows, truncated } = await readEvents(requireStore(provide), { ...query, includeNegated: true }, MAX_TIMELINE_EVENTS);
        return buildTimeline(rows, truncated);
      },
    }),
    defineRoute({
      operationId: 'compareClaims',
      method: 'GET',
      path: '/api/compare/claims',
      tag: 'views',
      summary: 'Claims about the same counted thing in the same period, side by side by outlet, with disagreements flagged (as `newsgraph compare claims`)',
      query: CompareClaimsQuerySchema,
      response: ClaimComparisonSchema,
      errors: [503],
      handler: async ({ query }) => {
        const { window, all, disagreeing, ...filter } = query;
        const { rows, truncated } = await readClaims(requireStore(provide), filter, MAX_COMPARED_CLAIMS);
        const groups = compareClaims(rows, { windowDays: window, includeSingleOutlet: all }).filter((group) => !disagreeing || group.disagreement);
        return toClaimComparison(groups, rows, truncated);
      },
    }),
  ];
}
