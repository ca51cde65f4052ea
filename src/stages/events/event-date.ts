import type { Doc } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';
import { dateForSpan } from '../times/time-for-span.ts';

export interface EventDate {
  readonly value: string;
  readonly source: 'text' | 'article';
  readonly time?: string;
}

/** The time expression of the trigger's clause (the times stage reads clauses), else the publication date, with a flag saying which. */
export function dateEvent(doc: Doc, trigger: Span, sentence?: Span): EventDate | undefined {
  // Reading clauses costs more than the rest of dating: a sentence with no time expression skips it.
  const fromText = sentence && !hasTimeWithin(doc, sentence) ? undefined : dateForSpan(doc, trigger);
  if (fromText) return { value: fromText.value, source: 'text', time: fromText.time };
  if (doc.article.published) return { value: doc.article.published.slice(0, 10), source: 'article' };
  return undefined;
}

/** Whether a time expression starts inside the span (doc.times is in text order). */
function hasTimeWithin(doc: Doc, span: Span): boolean {
  let low = 0;
  let high = doc.times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (doc.times[middle]!.start < span.start) low = middle + 1;
    else high = middle;
  }
  return low < doc.times.length && doc.times[low]!.start < span.end;
}
