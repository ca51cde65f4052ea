import type { Attribution, DocumentOutput, Quote } from '../../../src/doc/schema/index.ts';
import type { Mark } from './segments.ts';

export const LAYERS = ['quote', 'voice', 'entity', 'trigger', 'claim', 'time'] as const;
export type Layer = (typeof LAYERS)[number];

export const LAYER_LABELS: Record<Layer, string> = {
  quote: 'Quotes',
  voice: 'The author’s own voice',
  entity: 'Entities',
  trigger: 'Event triggers',
  claim: 'Numeric claims',
  time: 'Times',
};

/** Enough distinct hues for the speakers of one article; more speakers reuse them in order. */
export const SPEAKER_COLOURS = 10;

/** Who a quote belongs to, for grouping and colour: the resolved entity, else the name as written. */
export function speakerKey(quote: Quote): string | null {
  if (!quote.speaker) return null;
  return quote.speaker.entity ?? `name:${quote.speaker.name.toLowerCase()}`;
}

/** Speakers numbered by first appearance, so colours are stable for a given article. */
export function speakerColours(quotes: readonly Quote[]): Map<string, number> {
  const colours = new Map<string, number>();
  for (const quote of [...quotes].sort((a, b) => a.start - b.start)) {
    const key = speakerKey(quote);
    if (key !== null && !colours.has(key)) colours.set(key, colours.size % SPEAKER_COLOURS);
  }
  return colours;
}

export function isAuthor(attribution: Attribution): attribution is 'author' {
  return attribution === 'author';
}

/**
 * Sentences that carry no quote or reported speech at all: what the outlet asserts in its own voice.
 * One sweep over sentences and quotes, both in text order.
 */
export function authorVoiceSentences(doc: DocumentOutput): { start: number; end: number }[] {
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  const voiced: { start: number; end: number }[] = [];
  let first = 0;
  for (const sentence of doc.sentences) {
    while (first < quotes.length && quotes[first]!.end <= sentence.start) first += 1;
    let attributed = false;
    for (let index = first; index < quotes.length && quotes[index]!.start < sentence.end; index += 1) {
      if (quotes[index]!.end > sentence.start) {
        attributed = true;
        break;
      }
    }
    if (!attributed) voiced.push({ start: sentence.start, end: sentence.end });
  }
  return voiced;
}

/**
 * Every span of the document as a highlight mark. Attributed statements are coloured by speaker;
 * the author's own assertions (claims and events in the article's voice) get their own style, so a
 * reader sees at a glance which numbers the outlet asserts and which it reports someone asserting.
 */
export function documentMarks(doc: DocumentOutput): Mark[] {
  const colours = speakerColours(doc.quotes);
  const marks: Mark[] = [];
  doc.quotes.forEach((quote, index) => {
    const key = speakerKey(quote);
    const colour = key === null ? 'speaker-none' : `speaker-${colours.get(key) ?? 0}`;
    marks.push({ key: `quote-${index}`, start: quote.start, end: quote.end, classes: ['layer-quote', `quote-${quote.kind}`, colour] });
    if (quote.cue) marks.push({ key: `cue-${index}`, start: quote.cue.start, end: quote.cue.end, classes: ['layer-quote', 'quote-cue'] });
    if (quote.speaker?.start !== undefined && quote.speaker.end !== undefined) {
      marks.push({ key: `speaker-${index}`, start: quote.speaker.start, end: quote.speaker.end, classes: ['layer-quote', 'quote-speaker', colour] });
    }
  });
  authorVoiceSentences(doc).forEach((sentence, index) => {
    marks.push({ key: `voice-${index}`, start: sentence.start, end: sentence.end, classes: ['layer-voice'] });
  });
  doc.entities.forEach((entity, index) => {
    for (const mention of entity.mentions) {
      marks.push({
        key: `entity-${index}`,
        start: mention.start,
        end: mention.end,
        classes: ['layer-entity', `entity-${entity.type.toLowerCase()}`, `mention-${mention.kind}`],
      });
    }
  });
  doc.events.forEach((event, index) => {
    const voice = isAuthor(event.attributedTo) ? 'trigger-author' : 'trigger-attributed';
    marks.push({ key: `event-${index}`, start: event.trigger.start, end: event.trigger.end, classes: ['layer-trigger', voice, ...(event.negated ? ['negated'] : [])] });
  });
  doc.claims.forEach((claim, index) => {
    const voice = isAuthor(claim.source) ? 'claim-author' : 'claim-attributed';
    marks.push({ key: `claim-${index}`, start: claim.start, end: claim.end, classes: ['layer-claim', voice, ...(claim.hedged ? ['hedged'] : [])] });
  });
  doc.times.forEach((time, index) => {
    marks.push({ key: `time-${index}`, start: time.start, end: time.end, classes: ['layer-time', ...(time.resolved ? [] : ['unresolved'])] });
  });
  return marks;
}
