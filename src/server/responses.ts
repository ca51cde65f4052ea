import { z } from 'zod';
import { ClaimSchema } from '../doc/schema/claim.ts';
import { EntityTypeSchema } from '../doc/schema/entity.ts';
import { EventSchema, EventTypeSchema } from '../doc/schema/event.ts';
import { QuoteSchema } from '../doc/schema/quote.ts';

/** The shapes the corpus endpoints answer with; the web UI imports their types from here. */

export const ArticleRefSchema = z
  .object({
    id: z.string(),
    title: z.string().optional(),
    source: z.string().optional(),
    published: z.string().optional(),
    url: z.string().optional(),
  })
  .describe('The article an item comes from.');
export type ArticleRef = z.infer<typeof ArticleRefSchema>;

export const ArticleSummarySchema = ArticleRefSchema.extend({
  pipeline: z.string().nullable().describe('Pipeline version of the stored layers; null for a duplicate, which is not extracted.'),
  duplicateOf: z.string().nullable().describe('Id of the article this one copies, if any.'),
  length: z.number().int().describe('Characters of text.'),
  ingestedAt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const CorpusEntityRefSchema = z.object({ id: z.string(), name: z.string() });

export const QuoteRowSchema = z.object({
  article: ArticleRefSchema,
  quote: QuoteSchema,
  text: z.string().describe('The quoted or reported words.'),
  speakerEntity: CorpusEntityRefSchema.nullable().describe('The corpus-wide entity the speaker resolves to.'),
});
export type QuoteRow = z.infer<typeof QuoteRowSchema>;

export const EventRowSchema = z.object({
  article: ArticleRefSchema,
  event: EventSchema,
  triggerText: z.string(),
  sentenceText: z.string(),
});
export type EventRow = z.infer<typeof EventRowSchema>;

export const ClaimRowSchema = z.object({
  article: ArticleRefSchema,
  claim: ClaimSchema,
  text: z.string().describe('The words of the claim.'),
  sentenceText: z.string(),
});
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

export const CorpusEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  country: z.string().optional(),
  actorCode: z.string().optional(),
  aliases: z.array(z.string()),
  articleCount: z.number().int(),
  mentionCount: z.number().int(),
});
export type CorpusEntity = z.infer<typeof CorpusEntitySchema>;

export const SearchHitSchema = z.object({
  kind: z.enum(['article', 'quote']),
  article: ArticleRefSchema,
  snippet: z.string().describe('The matching passage, the matched words between « and ».'),
  quote: z.string().optional().describe('Id of the matching quote within the article.'),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const IngestResultSchema = z.object({
  id: z.string(),
  status: z.enum(['added', 'updated', 'unchanged', 'duplicate']),
  duplicateOf: z.string().nullable(),
});
export type IngestResult = z.infer<typeof IngestResultSchema>;

export const EntityDetailSchema = z.object({
  entity: CorpusEntitySchema,
  quotes: z.array(QuoteRowSchema).describe('The first quotes the entity is the speaker of.'),
  events: z.array(EventRowSchema).describe('The first events the entity is an actor or recipient of.'),
});
export type EntityDetail = z.infer<typeof EntityDetailSchema>;

export const NetworkNodeSchema = z.object({
  id: z.string().describe('Stable key of the actor (its corpus entity, else its name).'),
  name: z.string(),
  country: z.string().optional(),
  events: z.number().int().describe('Events the actor takes part in, as actor or recipient.'),
});

export const NetworkEdgeSchema = z.object({
  source: z.string(),
  target: z.string(),
  type: EventTypeSchema,
  count: z.number().int().describe('Number of events: the edge weight.'),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
  examples: z.array(z.object({ article: z.string(), event: z.string(), sentence: z.string() })).describe('A few of the events, to read.'),
});
export type NetworkEdge = z.infer<typeof NetworkEdgeSchema>;

export const NetworkSchema = z.object({
  nodes: z.array(NetworkNodeSchema),
  edges: z.array(NetworkEdgeSchema),
  eventsRead: z.number().int(),
  truncated: z.boolean().describe('True when the filters matched more events than one request reads; narrow them.'),
});
export type Network = z.infer<typeof NetworkSchema>;
export type NetworkNode = z.infer<typeof NetworkNodeSchema>;

export const TimelineSchema = z.object({
  days: z.array(z.object({ date: z.string(), events: z.array(EventRowSchema) })),
  undated: z.number().int().describe('Events that have no date (not even the publication date).'),
  eventsRead: z.number().int(),
  truncated: z.boolean(),
});
export type Timeline = z.infer<typeof TimelineSchema>;

export const ComparedClaimSchema = z.object({
  article: ArticleRefSchema,
  claim: z.string().describe('Id of the claim within its article.'),
  outlet: z.string().describe('The outlet: the article source, else its id.'),
  source: z.string().describe('Who makes the claim inside the article: a name, or "the author" for the outlet\'s own assertion.'),
  byAuthor: z.boolean(),
  qualifier: ClaimSchema.shape.qualifier,
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().optional(),
  hedged: z.boolean(),
  date: z.string().nullable().describe('The date the claim refers to, else the publication date.'),
  text: z.string().describe('The words of the claim.'),
  sentenceText: z.string().describe('The sentence holding the claim.'),
  counted: z.string().describe('What the claim counts, as worded.'),
});
export type ComparedClaim = z.infer<typeof ComparedClaimSchema>;

export const ClaimGroupSchema = z.object({
  key: z.string().describe('The comparable form of what is counted ("hostage").'),
  counted: z.string().describe('What is counted, as most claims word it.'),
  unit: z.string().optional(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  outlets: z.number().int().describe('How many outlets make claims in the group.'),
  disagreement: z.boolean().describe('True when no single number satisfies every claim of the group.'),
  reason: z.string().optional().describe('Two claims that cannot both be true, e.g. "fewer than 200 vs 224".'),
  claims: z.array(ComparedClaimSchema),
});
export type ClaimGroup = z.infer<typeof ClaimGroupSchema>;

export const ClaimComparisonSchema = z.object({ groups: z.array(ClaimGroupSchema), claimsRead: z.number().int(), truncated: z.boolean() });
export type ClaimComparison = z.infer<typeof ClaimComparisonSchema>;

export const CorpusStatsSchema = z.object({
  articles: z.number().int(),
  duplicates: z.number().int(),
  quotes: z.number().int(),
  events: z.number().int(),
  claims: z.number().int(),
  entities: z.number().int(),
  outdated: z.number().int().describe('Articles extracted by an older pipeline version (re-extract them with `newsgraph reextract`).'),
});
export type CorpusStatsResponse = z.infer<typeof CorpusStatsSchema>;
