import { expect } from 'vitest';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';

interface LabelledSpan {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  /** When the item carries its own copy of the text, it must equal the slice. */
  readonly expectedText?: string;
}

/** Every span of every layer, labelled with where it came from. */
export function collectSpans(doc: DocumentOutput): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  doc.sentences.forEach((sentence, index) => spans.push({ label: `sentence ${index}`, ...sentence }));
  for (const entity of doc.entities) for (const mention of entity.mentions) spans.push({ label: `mention of ${entity.id} ${entity.name}`, ...mention });
  for (const entity of doc.entities) for (const role of entity.roles ?? []) spans.push({ label: `role of ${entity.id} ${entity.name}`, start: role.start, end: role.end });
  for (const quote of doc.quotes) {
    spans.push({ label: `quote ${quote.id}`, start: quote.start, end: quote.end });
    if (quote.cue) spans.push({ label: `cue of ${quote.id}`, ...quote.cue });
    if (quote.speaker?.start !== undefined && quote.speaker.end !== undefined) spans.push({ label: `speaker of ${quote.id}`, start: quote.speaker.start, end: quote.speaker.end });
  }
  doc.quotedTerms.forEach((term, index) => spans.push({ label: `quoted term ${index}`, ...term }));
  for (const event of doc.events) {
    spans.push({ label: `trigger of ${event.id}`, ...event.trigger });
    spans.push({ label: `sentence of ${event.id}`, ...event.sentence });
    if (event.location) spans.push({ label: `location of ${event.id}`, start: event.location.start, end: event.location.end });
    for (const actor of [...event.actors, ...event.recipients]) {
      if (actor.start !== undefined && actor.end !== undefined) spans.push({ label: `actor ${actor.name} of ${event.id}`, start: actor.start, end: actor.end });
    }
  }
  for (const claim of doc.claims) {
    spans.push({ label: `claim ${claim.id}`, start: claim.start, end: claim.end });
    if (claim.counted) spans.push({ label: `counted of ${claim.id}`, start: claim.counted.start, end: claim.counted.end, expectedText: claim.counted.text });
  }
  for (const time of doc.times) spans.push({ label: `time ${time.id}`, ...time });
  for (const issue of doc.issues) if (issue.start !== undefined && issue.end !== undefined) spans.push({ label: `issue ${issue.code}`, start: issue.start, end: issue.end });
  return spans;
}

/** Offsets are sacred: every span lies inside the text, is non-empty and trimmed, and matches any text it carries. */
export function expectSpansSliceCleanly(doc: DocumentOutput): void {
  for (const span of collectSpans(doc)) {
    const slice = doc.text.slice(span.start, span.end);
    expect(span.start, span.label).toBeGreaterThanOrEqual(0);
    expect(span.end, span.label).toBeLessThanOrEqual(doc.text.length);
    expect(span.end, span.label).toBeGreaterThan(span.start);
    expect(slice.trim(), `${span.label} is not trimmed: ${JSON.stringify(slice)}`).toBe(slice);
    if (span.expectedText !== undefined) expect(slice, span.label).toBe(span.expectedText);
  }
}
