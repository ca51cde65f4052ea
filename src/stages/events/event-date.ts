import type { Article } from '../../doc/schema/article.ts';
import type { TimeExpression } from '../../doc/schema/time.ts';
import type { Span } from '../../doc/span.ts';

export interface EventDate {
  readonly value: string;
  readonly source: 'text' | 'article';
  readonly time?: string;
}

/** Times that can date an event: placed on the calendar, and a date or time rather than a duration. */
export function isDatingTime(time: TimeExpression): boolean {
  return time.value !== null && time.resolved && time.kind !== 'duration' && time.kind !== 'unresolved';
}

/** The time expression of the sentence nearest the trigger, else the publication date, with a flag saying which. */
export function dateEvent(trigger: Span, sentenceTimes: readonly TimeExpression[], article: Article): EventDate | undefined {
  let best: TimeExpression | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const time of sentenceTimes) {
    if (!isDatingTime(time)) continue;
    const distance = time.start >= trigger.end ? time.start - trigger.end : trigger.start - time.end;
    if (distance < bestDistance) {
      best = time;
      bestDistance = distance;
    }
  }
  if (best?.value) return { value: best.value, source: 'text', time: best.id };
  if (article.published) return { value: article.published.slice(0, 10), source: 'article' };
  return undefined;
}
