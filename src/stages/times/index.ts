import { withLayers, type Doc } from '../../doc/doc.ts';
import { makeIssue } from '../../doc/issues.ts';
import type { TimeExpression } from '../../doc/schema/time.ts';
import times from '../../lexicons/times.json' with { type: 'json' };
import type { Stage } from '../../stage.ts';
import { formatDay, parseDay, type Day } from './calendar.ts';
import { findChronoDates, type ChronoDate } from './chrono-times.ts';
import { clauseAround } from './clauses.ts';
import { findNewsTimes, timeWindows, type TimeCandidate } from './news-times.ts';
import { placeCalendarDate, placeMeaning, type Placement } from './resolve-time.ts';

/** The publication date as a UTC instant at noon, so that no time zone shifts the day. */
export function referenceInstant(published: string | undefined): Date | undefined {
  const day = parseDay(published);
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day, 12)) : undefined;
}

/** A found time expression before it is placed: from the news grammar or from chrono. */
type Found = { readonly start: number; readonly end: number; readonly rule: string } & ({ readonly candidate: TimeCandidate } | { readonly chrono: ChronoDate });

function escapeForPattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const FUTURE_CUES = new RegExp(`(?:^|[^\\w’'])(?:${times.futureCues.map(escapeForPattern).join('|')})\\b`, 'i');
/**
 * The cue words alone, wherever they stand: a window before a time without one of them has no
 * future cue in any clause ending at the time, so its clause need not be read (most windows).
 */
const FUTURE_CUE_WORDS = new RegExp(`(?:${times.futureCues.map(escapeForPattern).join('|')})\\b`, 'i');
/** Prepositions that introduce a time but are not part of it (kept only in "on Thursday", as chrono and the golden tests write it). */
const LEADING_SIGNAL = /^(?:in|since|by|until|till|from|during|before|after|through|of|to|and|between|over|at|within|for)\s+/i;

/** How far before a time its future cue may be: the verb phrase that governs it ("will meet the Turkish president on Thursday"). */
const FUTURE_WINDOW = 70;

/**
 * Whether a time is spoken of as future: a cue in its clause shortly before it ("will meet on
 * Thursday", "postponed until Tuesday"). A cue after it does not count: in "said Friday it will
 * appeal", Friday is the day of saying.
 */
function isFutureClause(doc: Doc, start: number, end: number): boolean {
  if (doc.sentences.length === 0) return false;
  if (!FUTURE_CUE_WORDS.test(doc.analysisText.slice(Math.max(0, start - FUTURE_WINDOW), start))) return false;
  const clause = clauseAround(doc, { start, end }, 'major');
  return FUTURE_CUES.test(doc.analysisText.slice(Math.max(clause.start, start - FUTURE_WINDOW), start));
}

function trimSignal(text: string, found: Found): Found {
  if ('chrono' in found || found.rule === 'since-event') return found;
  const match = LEADING_SIGNAL.exec(text.slice(found.start, found.end));
  return match && match[0].length < found.end - found.start ? { ...found, start: found.start + match[0].length } : found;
}

/** Keeps the longest of overlapping expressions; on a tie the news grammar wins over chrono. */
function settleOverlaps(found: readonly Found[]): Found[] {
  const ranked = [...found].sort((a, b) => (b.end - b.start) - (a.end - a.start) || ('candidate' in b ? 1 : 0) - ('candidate' in a ? 1 : 0));
  const kept: Found[] = [];
  for (const item of ranked) {
    if (kept.some((other) => other.start < item.end && item.start < other.end)) continue;
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function placeChrono(date: ChronoDate, reference: Day | undefined, future: boolean): Placement {
  if (date.month === 0) {
    // A clock time alone ("at 5 p.m.") is on the publication day.
    const clock = `T${String(date.hour ?? 0).padStart(2, '0')}:${String(date.minute ?? 0).padStart(2, '0')}`;
    return reference ? { timex: `${formatDay(reference)}${clock}`, value: `${formatDay(reference)}${clock}`, kind: 'datetime', relative: true } : { timex: `XXXX-XX-XX${clock}`, value: null, kind: 'unresolved', relative: true };
  }
  const placed = placeCalendarDate(date.month, date.day, date.year, reference, future);
  if (date.endDate && placed.value) {
    const end = placeCalendarDate(date.endDate.month, date.endDate.day, date.endDate.year ?? Number(placed.value.slice(0, 4)), reference, future);
    if (end.value) return { ...placed, value: `${placed.value}/${end.value}`, timex: `${placed.timex}/${end.timex}`, kind: 'range' };
  }
  if (date.hour !== undefined && placed.value) {
    const clock = `T${String(date.hour).padStart(2, '0')}:${String(date.minute ?? 0).padStart(2, '0')}`;
    return { ...placed, value: `${placed.value}${clock}`, timex: `${placed.timex}${clock}`, kind: 'datetime' };
  }
  return placed;
}

/** Finds and places every time expression of the article against its publication date. */
export function findTimes(doc: Doc): TimeExpression[] {
  const reference = parseDay(doc.article.published);
  const text = doc.analysisText;
  const windows = timeWindows(text);
  const found: Found[] = [
    ...findNewsTimes(text, windows).map((candidate) => trimSignal(text, { start: candidate.start, end: candidate.end, rule: candidate.rule, candidate })),
    ...findChronoDates(text, windows).map((chrono): Found => ({ start: chrono.start, end: chrono.end, rule: 'chrono', chrono })),
  ];
  return settleOverlaps(found).map((item, index) => {
    const future = isFutureClause(doc, item.start, item.end);
    const placement = 'candidate' in item ? placeMeaning(item.candidate.meaning, reference, future) : placeChrono(item.chrono, reference, future);
    return {
      id: `t${index + 1}`,
      start: item.start,
      end: item.end,
      value: placement.value,
      kind: placement.kind,
      relative: placement.relative,
      resolved: placement.value !== null,
      ...(placement.timex ? { timex: placement.timex } : {}),
      ...(placement.mod ? { mod: placement.mod } : {}),
      rule: item.rule,
    };
  });
}

export const timesStage: Stage = {
  name: 'times',
  requires: ['tokens', 'sentences'],
  assigns: ['times'],
  run: (doc: Doc): Doc => {
    const times = findTimes(doc);
    const needsReference = !doc.article.published && times.some((time) => time.relative && !time.resolved);
    return withLayers(doc, { times, issues: needsReference ? [...doc.issues, makeIssue('NO_PUBLICATION_DATE', 'times')] : doc.issues });
  },
};

