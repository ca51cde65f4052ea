import type { Doc } from '../../doc/doc.ts';
import type { TimeExpression } from '../../doc/schema/time.ts';
import type { Span } from '../../doc/span.ts';
import { clauseAround } from './clauses.ts';

/** Kinds that place something on the calendar; a duration ("for six years") does not say when. */
const PLACING_KINDS = new Set<TimeExpression['kind']>(['date', 'datetime', 'range', 'period']);

function firstStartingAtOrAfter(times: readonly TimeExpression[], offset: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (times[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

/**
 * The time expression of the clause a span sits in ("at least 120 civilians have been evacuated
 * since Monday" → "since Monday"), the nearest one when the clause has several; undefined when the
 * clause names no time. Durations are skipped. Events and claims take their date from it.
 */
export function timeForSpan(doc: Doc, span: Span): TimeExpression | undefined {
  if (doc.times.length === 0 || doc.tokens.length === 0) return undefined;
  const clause = clauseAround(doc, span, 'major');
  let best: TimeExpression | undefined;
  for (let index = firstStartingAtOrAfter(doc.times, clause.start); index < doc.times.length; index += 1) {
    const time = doc.times[index]!;
    if (time.start >= clause.end) break;
    if (time.end > clause.end || !PLACING_KINDS.has(time.kind)) continue;
    if (!best || distance(time, span) < distance(best, span)) best = time;
  }
  return best;
}

/** The calendar value of the clause's time, when it has one that is resolved. */
export function dateForSpan(doc: Doc, span: Span): { value: string; time: string } | undefined {
  const time = timeForSpan(doc, span);
  return time?.value ? { value: time.value, time: time.id } : undefined;
}
