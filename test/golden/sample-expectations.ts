import { z } from 'zod';
import type { Attribution } from '../../src/doc/schema/attribution.ts';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import type { Entity } from '../../src/doc/schema/entity.ts';
import type { Span } from '../../src/doc/span.ts';

/**
 * Expected annotations of a sample article (samples/expected/<name>.json), written by hand from
 * what a careful reader finds in the text, not from what the pipeline outputs. Every item names
 * its place in the text by a phrase (and which occurrence of it, from 1), and states only the
 * fields it cares about. An item the pipeline cannot meet yet carries `"pending": true` and a
 * `reason`; the golden test lists it as a todo and says so when it starts to pass.
 */
const Pending = {
  pending: z.boolean().optional(),
  reason: z.string().optional().describe('Why the item is pending, or why a "not" item is not one.'),
};

const Located = { text: z.string().min(1), occurrence: z.number().int().positive().optional(), ...Pending };

export const QuoteExpectationSchema = z.strictObject({
  ...Located,
  speaker: z.string().nullable().optional().describe('Who said it (a part of the speaker\'s name), or null when the text does not say.'),
  kind: z.enum(['direct', 'indirect', 'mixed']).optional(),
  nestedIn: z.string().optional().describe('A phrase of the quote this one is nested in.'),
});

export const ClaimExpectationSchema = z.strictObject({
  ...Located,
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  qualifier: z.enum(['exact', 'lower', 'upper', 'approximate', 'range']).optional(),
  unit: z.string().optional(),
  counted: z.string().optional().describe('A phrase that the counted noun phrase must contain.'),
  source: z.string().optional().describe('"author", or a part of the source\'s name.'),
  hedged: z.boolean().optional(),
});

export const EventExpectationSchema = z.strictObject({
  trigger: z.string().min(1),
  occurrence: z.number().int().positive().optional(),
  ...Pending,
  type: z.string().optional().describe('PLOVER type.'),
  cameo: z.string().optional().describe('CAMEO code, or its first digits.'),
  mode: z.string().optional(),
  actors: z.array(z.string()).optional().describe('Each a part of some actor\'s name.'),
  recipients: z.array(z.string()).optional(),
  negated: z.boolean().optional(),
  planned: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  date: z.string().optional().describe('The event date value.'),
  location: z.string().optional(),
});

export const TimeExpectationSchema = z.strictObject({ ...Located, value: z.string().nullable() });

export const AbsenceSchema = z.strictObject({ ...Located, quotedTerm: z.boolean().optional().describe('For notQuotes: the phrase must be a quoted term instead.') });

export const EntityExpectationSchema = z.strictObject({
  name: z.string().min(1),
  ...Pending,
  type: z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER']).optional(),
  country: z.string().optional(),
});

export const SampleExpectationsSchema = z.strictObject({
  $comment: z.string().optional(),
  article: z.string().describe('The sample\'s id in samples/manifest.json.'),
  layout: z.strictObject({ paragraphs: z.number().int().optional(), sentences: z.number().int().optional(), ...Pending }).optional(),
  quotes: z.array(QuoteExpectationSchema).default([]),
  notQuotes: z.array(AbsenceSchema).default([]),
  claims: z.array(ClaimExpectationSchema).default([]),
  notClaims: z.array(AbsenceSchema).default([]),
  events: z.array(EventExpectationSchema).default([]),
  notEvents: z.array(AbsenceSchema).default([]),
  times: z.array(TimeExpectationSchema).default([]),
  notTimes: z.array(AbsenceSchema).default([]),
  entities: z.array(EntityExpectationSchema).default([]),
});

export type SampleExpectations = z.infer<typeof SampleExpectationsSchema>;

/** One expectation ready to run: a label for the test list and a check that returns what is wrong. */
export interface Check {
  readonly label: string;
  readonly pending: boolean;
  readonly reason?: string;
  readonly run: (doc: DocumentOutput) => string[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the phrase found at `start` stands as whole words: "spoke" is not found inside "spokeswoman". */
function standsAlone(text: string, phrase: string, start: number): boolean {
  const end = start + phrase.length;
  const cutsBefore = WORD_CHARACTER.test(phrase[0]!) && WORD_CHARACTER.test(text[start - 1] ?? ' ');
  const cutsAfter = WORD_CHARACTER.test(phrase.at(-1)!) && WORD_CHARACTER.test(text[end] ?? ' ');
  return !cutsBefore && !cutsAfter;
}

/** The span of the n-th whole-word occurrence (from 1) of `phrase` in the text. */
function locate(doc: DocumentOutput, phrase: string, occurrence = 1): Span | undefined {
  let seen = 0;
  for (let start = doc.text.indexOf(phrase); start !== -1; start = doc.text.indexOf(phrase, start + 1)) {
    if (!standsAlone(doc.text, phrase, start)) continue;
    seen += 1;
    if (seen === occurrence) return { start, end: start + phrase.length };
  }
  return undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Names an entity or a source goes by: what the item says, plus its entity's name and aliases. */
function namesOf(doc: DocumentOutput, name: string, entityId: string | null | undefined): string[] {
  const entity: Entity | undefined = entityId ? doc.entities.find((candidate) => candidate.id === entityId) : undefined;
  return [name, ...(entity ? [entity.name, ...(entity.aliases ?? [])] : [])].map((each) => each.toLowerCase());
}

function nameMatches(names: readonly string[], expected: string): boolean {
  const wanted = expected.toLowerCase();
  return names.some((name) => name.includes(wanted) || (name.length > 2 && wanted.includes(name)));
}

function sourceMatches(doc: DocumentOutput, source: Attribution, expected: string): boolean {
  if (expected === 'author') return source === 'author';
  return source !== 'author' && nameMatches(namesOf(doc, source.name, source.entity), expected);
}

function describeSource(source: Attribution): string {
  return source === 'author' ? 'author' : source.name;
}

/** Compares the fields an expectation states with the item found; returns the differences. */
function compareFields(expected: Record<string, unknown>, actual: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields
    .filter((field) => expected[field] !== undefined && expected[field] !== actual[field])
    .map((field) => `${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual[field])}`);
}

function pendingOf(item: { pending?: boolean | undefined; reason?: string | undefined }): { pending: boolean; reason?: string } {
  return { pending: item.pending === true, ...(item.reason ? { reason: item.reason } : {}) };
}

function where(text: string, occurrence: number | undefined): string {
  return `"${text}"${occurrence && occurrence > 1 ? ` (#${occurrence})` : ''}`;
}

function quoteCheck(item: z.infer<typeof QuoteExpectationSchema>): Check {
  const speaker = item.speaker === undefined ? '' : item.speaker === null ? ', no speaker' : ` by ${item.speaker}`;
  return {
    label: `quote ${where(item.text, item.occurrence)}${speaker}${item.kind ? ` (${item.kind})` : ''}${item.nestedIn ? ` inside "${item.nestedIn}"` : ''}`,
    ...pendingOf(item),
    run: (doc) => {
      const span = locate(doc, item.text, item.occurrence);
      if (!span) return [`the phrase is not in the text`];
      // The innermost quote holding the phrase: a nested quote sits inside its parent's span.
      const quote = doc.quotes.filter((candidate) => contains(candidate, span)).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
      if (!quote) return ['no quote covers it'];
      const problems = compareFields(item, quote, ['kind']);
      if (item.speaker === null && quote.speaker !== null) problems.push(`speaker: expected none, got ${quote.speaker.name}`);
      if (typeof item.speaker === 'string' && !(quote.speaker && nameMatches(namesOf(doc, quote.speaker.name, quote.speaker.entity), item.speaker))) {
        problems.push(`speaker: expected ${item.speaker}, got ${quote.speaker?.name ?? 'none'}`);
      }
      if (item.nestedIn) {
        const outerSpan = locate(doc, item.nestedIn);
        const outer = outerSpan ? doc.quotes.find((candidate) => candidate.id !== quote.id && contains(candidate, outerSpan)) : undefined;
        if (!outer || quote.parent !== outer.id) problems.push(`parent: expected the quote holding "${item.nestedIn}", got ${quote.parent ?? 'none'}`);
      }
      return problems;
    },
  };
}

function claimCheck(item: z.infer<typeof ClaimExpectationSchema>): Check {
  const fields = ['value', 'low', 'high', 'qualifier', 'unit', 'counted', 'source', 'hedged'].filter((field) => item[field as keyof typeof item] !== undefined);
  return {
    label: `claim ${where(item.text, item.occurrence)}: ${fields.map((field) => `${field} ${JSON.stringify(item[field as keyof typeof item])}`).join(', ')}`,
    ...pendingOf(item),
    run: (doc) => {
      const span = locate(doc, item.text, item.occurrence);
      if (!span) return ['the phrase is not in the text'];
      const claim = doc.claims.find((candidate) => overlaps(candidate, span));
      if (!claim) return ['no claim covers it'];
      const problems = compareFields(item, claim, ['value', 'low', 'high', 'qualifier', 'unit', 'hedged']);
      if (item.counted !== undefined && !claim.counted?.text.toLowerCase().includes(item.counted.toLowerCase())) problems.push(`counted: expected "${item.counted}", got ${JSON.stringify(claim.counted?.text ?? null)}`);
      if (item.source !== undefined && !sourceMatches(doc, claim.source, item.source)) problems.push(`source: expected ${item.source}, got ${describeSource(claim.source)}`);
      return problems;
    },
  };
}

function eventCheck(item: z.infer<typeof EventExpectationSchema>): Check {
  const fields = ['type', 'cameo', 'mode', 'actors', 'recipients', 'negated', 'planned', 'hypothetical', 'date', 'location'].filter((field) => item[field as keyof typeof item] !== undefined);
  return {
    label: `event at ${where(item.trigger, item.occurrence)}: ${fields.map((field) => `${field} ${JSON.stringify(item[field as keyof typeof item])}`).join(', ')}`,
    ...pendingOf(item),
    run: (doc) => {
      const span = locate(doc, item.trigger, item.occurrence);
      if (!span) return ['the trigger is not in the text'];
      const event = doc.events.find((candidate) => overlaps(candidate.trigger, span));
      if (!event) return ['no event has this trigger'];
      const problems = compareFields(item, event, ['type', 'mode', 'negated', 'planned', 'hypothetical']);
      if (item.cameo !== undefined && !event.cameo.startsWith(item.cameo)) problems.push(`cameo: expected ${item.cameo}, got ${event.cameo}`);
      if (item.date !== undefined && event.date?.value !== item.date) problems.push(`date: expected ${item.date}, got ${event.date?.value ?? 'none'}`);
      if (item.location !== undefined && !(event.location && event.location.name.toLowerCase().includes(item.location.toLowerCase()))) problems.push(`location: expected ${item.location}, got ${event.location?.name ?? 'none'}`);
      for (const [role, expected, actual] of [['actors', item.actors, event.actors], ['recipients', item.recipients, event.recipients]] as const) {
        for (const name of expected ?? []) {
          if (!actual.some((actor) => nameMatches(namesOf(doc, actor.name, actor.entity), name))) problems.push(`${role}: expected ${name}, got ${actual.map((actor) => actor.name).join(', ') || 'none'}`);
        }
      }
      return problems;
    },
  };
}

function timeCheck(item: z.infer<typeof TimeExpectationSchema>): Check {
  return {
    label: `time ${where(item.text, item.occurrence)} = ${item.value ?? 'not placed on the calendar'}`,
    ...pendingOf(item),
    run: (doc) => {
      const span = locate(doc, item.text, item.occurrence);
      if (!span) return ['the phrase is not in the text'];
      const time = doc.times.find((candidate) => overlaps(candidate, span));
      if (!time) return ['no time expression covers it'];
      return time.value === item.value ? [] : [`value: expected ${item.value}, got ${time.value}`];
    },
  };
}

type Layer = 'quotes' | 'claims' | 'events' | 'times';

/** An item that must not be found: a scare quote is no quote, an age is no claim. */
function absenceCheck(layer: Layer, item: z.infer<typeof AbsenceSchema>): Check {
  const noun = { quotes: 'quote', claims: 'claim', events: 'event', times: 'time' }[layer];
  return {
    label: `no ${noun} at ${where(item.text, item.occurrence)}${item.quotedTerm ? ' (a quoted term instead)' : ''}${item.reason && !item.pending ? `: ${item.reason}` : ''}`,
    pending: item.pending === true,
    ...(item.reason ? { reason: item.reason } : {}),
    run: (doc) => {
      const span = locate(doc, item.text, item.occurrence);
      if (!span) return ['the phrase is not in the text'];
      const spans: Span[] = layer === 'events' ? doc.events.map((event) => event.trigger) : layer === 'quotes' ? doc.quotes : doc[layer];
      const problems = spans.some((candidate) => (layer === 'quotes' ? contains(candidate, span) : overlaps(candidate, span))) ? [`a ${noun} was found`] : [];
      if (item.quotedTerm && !doc.quotedTerms.some((term) => contains(term, span))) problems.push('it is not a quoted term');
      return problems;
    },
  };
}

function entityCheck(item: z.infer<typeof EntityExpectationSchema>): Check {
  return {
    label: `entity ${item.name}${item.type ? ` (${item.type}${item.country ? `, ${item.country}` : ''})` : ''}`,
    ...pendingOf(item),
    run: (doc) => {
      const wanted = item.name.toLowerCase();
      const entity = doc.entities.find((candidate) => [candidate.name, ...(candidate.aliases ?? [])].some((name) => name.toLowerCase() === wanted));
      if (!entity) return ['not found'];
      return compareFields(item, entity, ['type', 'country']);
    },
  };
}

function layoutCheck(layout: NonNullable<SampleExpectations['layout']>): Check {
  return {
    label: `layout: ${layout.paragraphs ?? '?'} paragraphs, ${layout.sentences ?? '?'} sentences`,
    ...pendingOf(layout),
    run: (doc) => {
      const paragraphs = new Set(doc.sentences.map((sentence) => sentence.paragraph)).size;
      return compareFields(layout, { paragraphs, sentences: doc.sentences.length }, ['paragraphs', 'sentences']);
    },
  };
}

/** Every expectation of a sample as a check, in the order of the file. */
export function checksOf(expectations: SampleExpectations): Check[] {
  return [
    ...(expectations.layout ? [layoutCheck(expectations.layout)] : []),
    ...expectations.quotes.map(quoteCheck),
    ...expectations.notQuotes.map((item) => absenceCheck('quotes', item)),
    ...expectations.claims.map(claimCheck),
    ...expectations.notClaims.map((item) => absenceCheck('claims', item)),
    ...expectations.events.map(eventCheck),
    ...expectations.notEvents.map((item) => absenceCheck('events', item)),
    ...expectations.times.map(timeCheck),
    ...expectations.notTimes.map((item) => absenceCheck('times', item)),
    ...expectations.entities.map(entityCheck),
  ];
}
