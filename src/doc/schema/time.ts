import { z } from 'zod';
import { RuleSchema, SpanSchema } from './span.ts';

export const TimeKindSchema = z.enum(['date', 'datetime', 'range', 'period', 'duration', 'set', 'unresolved']);

export const TimeExpressionSchema = SpanSchema.extend({
  id: z.string(),
  value: z
    .string()
    .nullable()
    .describe('ISO 8601 date (2023-10-26), date-time, month (2023-10), interval (2023-10-01/2023-10-07) or null when it cannot be placed on the calendar.'),
  kind: TimeKindSchema,
  relative: z.boolean().describe('True when the expression needs a reference date ("on Thursday", "last week").'),
  resolved: z.boolean().describe('False when the expression could not be placed on the calendar (no publication date, or vague: "since the war began").'),
  timex: z
    .string()
    .optional()
    .describe('TIMEX3 value: 2023-10-26, 2023-W42, 2023-Q3, 2023-SU, 199 (a decade), P3D, PAST_REF, XXXX-WXX-4 (a Thursday, unanchored).'),
  mod: z
    .string()
    .optional()
    .describe('TIMEX3-style modifier: START, MID, END (early/mid/late), LESS_THAN, MORE_THAN, APPROX; SINCE for "since the war began".'),
  rule: RuleSchema.optional(),
});
export type TimeExpression = z.infer<typeof TimeExpressionSchema>;
