import type { Doc } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';
import { dateForSpan } from '../times/time-for-span.ts';

export interface EventDate {
  readonly value: string;
  readonly source: 'text' | 'article';
  readonly time?: string;
}

/** The time expression of the trigger's clause (the times stage reads clauses), else the publication date, with a flag saying which. */
export function dateEvent(doc: Doc, trigger: Span): EventDate | undefined {
  const fromText = dateForSpan(doc, trigger);
  if (fromText) return { value: fromText.value, source: 'text', time: fromText.time };
  if (doc.article.published) return { value: doc.article.published.slice(0, 10), source: 'article' };
  return undefined;
}
