import { z } from 'zod';
import { EventTypeSchema } from '../doc/schema/event.ts';
import { ArticleFilterSchema, ClaimFilterSchema, EntityFilterSchema, EventFilterSchema, QuoteFilterSchema } from '../store/filters.ts';
import { PageQuerySchema } from './pagination.ts';

/**
 * The query parameters of the corpus endpoints: the store's own filter schemas (the same filters
 * as `newsgraph query`), with the API's page cap and booleans read the way URLs write them.
 */

/** "true"/"1"/"yes" and "false"/"0"/"no": z.coerce.boolean would read "false" as true. */
export const QueryBooleanSchema = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((value) => value === true || value === 'true' || value === '1' || value === 'yes');

const pageOverrides = {
  limit: PageQuerySchema.shape.limit,
  cursor: PageQuerySchema.shape.cursor,
  includeDuplicates: QueryBooleanSchema.default(false).describe('Also list duplicates (copies of another article).'),
};

export const ArticleQuerySchema = ArticleFilterSchema.extend(pageOverrides);
export const QuoteQuerySchema = QuoteFilterSchema.extend(pageOverrides);
export const EventQuerySchema = EventFilterSchema.extend({
  ...pageOverrides,
  includeNegated: QueryBooleanSchema.default(true).describe('Include events the text says did not happen ("did not meet").'),
});
export const ClaimQuerySchema = ClaimFilterSchema.extend(pageOverrides);
export const EntityQuerySchema = EntityFilterSchema.extend({ limit: PageQuerySchema.shape.limit, cursor: PageQuerySchema.shape.cursor });

export const SearchQuerySchema = PageQuerySchema.extend({
  q: z.string().min(1, 'give the words to find in q').max(500).describe('Words to find; "double quotes" for an exact phrase.'),
  in: z.enum(['all', 'articles', 'quotes']).default('all'),
});

/** One or many event types: ?type=CONSULT&type=ACCUSE. */
const EventTypesSchema = z
  .union([EventTypeSchema, z.array(EventTypeSchema)])
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .describe('Event types to include; repeat the parameter for several. All types when absent.');

const DateSchema = EventFilterSchema.shape.since;

export const NetworkQuerySchema = z.object({
  type: EventTypesSchema.optional(),
  since: DateSchema,
  until: DateSchema,
  source: z.string().optional().describe('Only articles from this outlet.'),
  includeNegated: QueryBooleanSchema.default(false).describe('Count events the text says did not happen.'),
});

export const TimelineQuerySchema = z.object({
  type: EventTypeSchema.optional(),
  actor: z.string().optional().describe('Actor code prefix, country code or name/alias.'),
  since: DateSchema,
  until: DateSchema,
  source: z.string().optional(),
});

export const CompareClaimsQuerySchema = z.object({
  counted: z.string().optional().describe('What is counted (e.g. hostages); all counted things when absent.'),
  since: DateSchema,
  until: DateSchema,
  source: z.string().optional(),
  window: z.coerce.number().int().min(1).max(366).default(7).describe('Claims further apart than this many days fall in different periods.'),
  all: QueryBooleanSchema.default(false).describe('Also show things counted by one outlet only (by default only what two or more outlets count).'),
  disagreeing: QueryBooleanSchema.default(false).describe('Only groups whose claims cannot all be true.'),
});

export const IdParamsSchema = z.object({ id: z.string().min(1).max(300) });
