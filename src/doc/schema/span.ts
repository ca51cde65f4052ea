import { z } from 'zod';

/** [start, end) offsets in UTF-16 code units into the document's `text`. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .describe('Half-open character range [start, end) into the document text, in UTF-16 code units.');

export type SpanRecord = z.infer<typeof SpanSchema>;

/** Which rule or model produced an item; invaluable when reading evaluation errors. */
export const RuleSchema = z.string().describe('The rule or model that produced this item.');
