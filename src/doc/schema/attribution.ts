import { z } from 'zod';

/** Whose voice an event or claim is in: a named source, or the article's author. */
export const SourceSchema = z.object({
  entity: z.string().nullable().describe('Id of the source entity, or null when none was resolved.'),
  name: z.string(),
  quote: z.string().optional().describe('Id of the quote or reported statement that carries the item.'),
});
export type Source = z.infer<typeof SourceSchema>;

export const AttributionSchema = z.union([z.literal('author'), SourceSchema]);
export type Attribution = z.infer<typeof AttributionSchema>;
