import { z } from 'zod';
import { AttributionSchema } from './attribution.ts';
import { RuleSchema, SpanSchema } from './span.ts';

export const QualifierSchema = z.enum(['exact', 'lower', 'upper', 'approximate', 'range']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const ClaimSchema = SpanSchema.extend({
  id: z.string(),
  value: z.number().optional().describe('The number as stated (for bounds, the bound itself).'),
  low: z.number().optional().describe('Lower bound ("at least 15", "more than 6,000", range start).'),
  high: z.number().optional().describe('Upper bound ("up to 50", "fewer than 200", range end).'),
  qualifier: QualifierSchema,
  qualifierText: z.string().optional().describe('The words that bound the number ("at least", "fewer than").'),
  unit: z.string().optional().describe('percent, a currency code (USD), or a unit of measure.'),
  counted: z
    .object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .nullable()
    .describe('What is counted: the noun phrase, resolved through anaphora ("of the latter") when needed.'),
  predicate: z.string().optional().describe('What is said of the counted things ("killed in the IDF airstrikes").'),
  source: AttributionSchema,
  hedged: z.boolean().describe('The text signals uncertainty: may, reportedly, it is estimated, could.'),
  date: z.string().optional().describe('ISO date the claim refers to, from its own clause.'),
  time: z.string().optional().describe('Id of the time expression the date came from.'),
  rule: RuleSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
