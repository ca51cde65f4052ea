import { z } from 'zod';
import { EntityTypeSchema } from '../doc/schema/entity.ts';
import { EventTypeSchema } from '../doc/schema/event.ts';

/**
 * Query filters of the corpus, declared once in zod so that the CLI options, the HTTP API's
 * request validation and the store implementations all read the same shapes.
 */

const IsoDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write dates as YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('Inclusive bound on the item date (the date in the text, else the publication date).');

/** Cursor pagination: `cursor` is the opaque `next` of the previous page. */
export const PageRequestSchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  cursor: z.string().optional(),
});

const CommonFilterSchema = PageRequestSchema.extend({
  article: z.string().optional().describe('Only items of this article id.'),
  source: z.string().optional().describe('Only articles from this outlet (substring, case-insensitive).'),
  since: IsoDateSchema.optional(),
  until: IsoDateSchema.optional(),
  includeDuplicates: z.coerce.boolean().default(false).describe('Duplicates are never extracted, so this only matters for article lists.'),
});

export const QuoteFilterSchema = CommonFilterSchema.extend({
  speaker: z.string().optional().describe('Speaker name or any alias of it ("Zakharova" finds "Maria Zakharova").'),
  kind: z.enum(['direct', 'indirect', 'mixed']).optional(),
  text: z.string().optional().describe('Full-text search inside the quoted words.'),
});
export type QuoteFilter = z.input<typeof QuoteFilterSchema>;

export const EventFilterSchema = CommonFilterSchema.extend({
  actor: z.string().optional().describe('Actor code prefix (RUS, RUSGOV), country code or name/alias of the actor.'),
  recipient: z.string().optional().describe('Same as actor, for the recipient.'),
  type: EventTypeSchema.optional(),
  cameo: z.string().regex(/^\d{2,4}$/).optional().describe('CAMEO code prefix ("04", "042").'),
  includeNegated: z.coerce.boolean().default(true),
});
export type EventFilter = z.input<typeof EventFilterSchema>;

export const ClaimFilterSchema = CommonFilterSchema.extend({
  counted: z.string().optional().describe('What is counted (words of the counted phrase, singular or plural).'),
  claimSource: z.string().optional().describe('Who makes the claim: a name/alias, or "author".'),
});
export type ClaimFilter = z.input<typeof ClaimFilterSchema>;

export const EntityFilterSchema = PageRequestSchema.extend({
  name: z.string().optional().describe('Name or alias (accent- and case-insensitive; "Zakharova" finds "Maria Zakharova").'),
  type: EntityTypeSchema.optional(),
  country: z.string().length(3).optional(),
});
export type EntityFilter = z.input<typeof EntityFilterSchema>;

export const ArticleFilterSchema = CommonFilterSchema.extend({
  title: z.string().optional(),
});
export type ArticleFilter = z.input<typeof ArticleFilterSchema>;

export const SearchRequestSchema = PageRequestSchema.extend({
  query: z.string().min(1).describe('Words to find; "double quotes" for an exact phrase.'),
  in: z.enum(['all', 'articles', 'quotes']).default('all'),
});
export type SearchRequest = z.input<typeof SearchRequestSchema>;
