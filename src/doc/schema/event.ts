import { z } from 'zod';
import { AttributionSchema } from './attribution.ts';
import { RuleSchema, SpanSchema } from './span.ts';
import { SectorSchema } from './entity.ts';

/** PLOVER v2 event types, plus STATEMENT (CAMEO 01) and APPEAL (CAMEO 02) which PLOVER dropped. */
export const EventTypeSchema = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'STATEMENT', 'APPEAL',
]);
export type EventType = z.infer<typeof EventTypeSchema>;

export const ActorRefSchema = z.object({
  entity: z.string().nullable(),
  name: z.string(),
  country: z.string().length(3).optional(),
  sector: SectorSchema.optional(),
  actorCode: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type ActorRef = z.infer<typeof ActorRefSchema>;

export const EventDateSchema = z.object({
  value: z.string().describe('ISO date or interval.'),
  source: z.enum(['text', 'article']).describe('text: from a time expression in the sentence (or in another mention of the same event cluster); article: the publication date.'),
  time: z.string().optional().describe('Id of the time expression it came from.'),
});

export const EventLocationSchema = SpanSchema.extend({
  name: z.string(),
  entity: z.string().nullable(),
  country: z.string().length(3).optional(),
}).describe('Where it happened ("in Moscow"): a place named in the clause, or lent by another mention of the same cluster; a place is never also an actor.');

export const EventSchema = z.object({
  id: z.string(),
  cluster: z.string().describe('Mentions of the same real-world event within the article share a cluster id.'),
  type: EventTypeSchema,
  mode: z.string().optional().describe('PLOVER mode where defined (CONSULT: visit, third-party, multilateral, phone; ASSAULT: aerial, ...).'),
  cameo: z.string().describe('CAMEO code: root ("04") or a 3/4-digit code ("042").'),
  quadClass: z.number().int().min(1).max(4).describe('GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.'),
  goldstein: z.number().min(-10).max(10),
  actors: z.array(ActorRefSchema).describe('Who acted: one entry per coordinated actor ("Russia and Turkiye" is one event with two actors, not two dyads).'),
  recipients: z.array(ActorRefSchema).describe('Who was acted upon or addressed.'),
  trigger: SpanSchema.describe('The words that express the event ("met", "airstrikes", "agreed").'),
  sentence: SpanSchema.describe('The sentence holding the trigger.'),
  date: EventDateSchema.optional(),
  location: EventLocationSchema.optional(),
  negated: z.boolean(),
  planned: z.boolean().describe('Future or in preparation: "will meet", "is being prepared".'),
  hypothetical: z.boolean().describe('Conditional or hypothetical: "if the IDF lifts the siege".'),
  reported: z.boolean().describe('Inside someone\'s statement; attributedTo names that speaker.'),
  attributedTo: AttributionSchema,
  quote: z.string().optional().describe('Id of the quote carrying the event: the quotation a STATEMENT or APPEAL made (when the quotes layer holds it), or the quote a reported event sits in.'),
  rule: RuleSchema.optional(),
});
export type NewsEvent = z.infer<typeof EventSchema>;
