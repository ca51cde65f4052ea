import { z } from 'zod';
import { RuleSchema, SpanSchema } from './span.ts';

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

export const SpeakerSchema = z.object({
  entity: z.string().nullable().describe('Id of the entity the speaker resolves to, or null.'),
  name: z.string().describe('The speaker as named: the entity canonical name, or the speaker phrase when no entity was found.'),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** What the cue reports: words said or written, a thought, evidence, or a stance taken on something. */
export const QuoteActSchema = z.enum(['speech', 'thought', 'evidence', 'stance']);
export type QuoteAct = z.infer<typeof QuoteActSchema>;

export const QuoteSchema = SpanSchema.extend({
  id: z.string(),
  kind: QuoteKindSchema,
  act: QuoteActSchema.optional().describe('What the cue reports: speech (said, told, according to), thought (believes, wants), evidence (a poll shows, a study found) or stance (criticised, praised, endorsed — the content is what the stance is about, in the writer\'s words, not a statement of the speaker). Absent when there is no cue.'),
  cue: SpanSchema.nullable().describe('The verb or noun of saying ("said", "according to", "communiqué").'),
  speaker: SpeakerSchema.nullable().describe('Who said it; null when the text does not say.'),
  parent: z.string().optional().describe('Id of the quote this one is nested in (a speaker quoting another voice).'),
  reportedBy: SpeakerSchema.optional().describe('The outer source of a chain: "According to Sputnik, the ministry said..." — Sputnik reports the ministry.'),
  rule: RuleSchema.optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** Quoted phrases that are not quotations: scare quotes, titles, coined terms. */
export const QuotedTermSchema = SpanSchema.extend({
  kind: z.enum(['scare', 'title', 'term']),
});
export type QuotedTerm = z.infer<typeof QuotedTermSchema>;
