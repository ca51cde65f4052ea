import type { TimeExpression } from '../../doc/schema/time.ts';
import times from '../../lexicons/times.json' with { type: 'json' };
import {
  addDays,
  addMonths,
  compareDays,
  formatDay,
  formatInterval,
  formatIsoWeek,
  formatMonth,
  isoWeekOf,
  lastDayOfMonth,
  weekdayOf,
  type Day,
} from './calendar.ts';
import type { TimeMeaning } from './news-times.ts';

/** How a meaning lands on the calendar: the TIMEX3-style value, the calendar value and its kind. */
export interface Placement {
  readonly timex: string | null;
  readonly value: string | null;
  readonly kind: TimeExpression['kind'];
  readonly relative: boolean;
  readonly mod?: string;
}

const SEASON_MONTHS: Readonly<Record<string, number[]>> = times.seasonMonths;

function yearPlacement(year: number, mod?: string): Placement {
  return { timex: String(year), value: String(year), kind: 'period', relative: false, ...(mod ? { mod } : {}) };
}

function monthPlacement(year: number, month: number, relative: boolean, mod?: string): Placement {
  return { timex: formatMonth(year, month), value: formatMonth(year, month), kind: 'period', relative, ...(mod ? { mod } : {}) };
}

function unresolved(timex: string | null, mod?: string): Placement {
  return { timex, value: null, kind: 'unresolved', relative: true, ...(mod ? { mod } : {}) };
}

/**
 * A weekday named without a date: the one on or before the publication date for past-tense news
 * ("on Thursday" in a Friday article is the day before), the one after it when the clause is future
 * ("will meet on Thursday"); "last" and "next" are strict.
 */
export function resolveWeekday(reference: Day, weekday: number, modifier: 'last' | 'next' | 'this' | undefined, future: boolean): Day {
  const today = weekdayOf(reference);
  if (modifier === 'this') return addDays(reference, weekday - ((today + 6) % 7) - 1 + (weekday === 0 ? 7 : 0));
  if (modifier === 'next' || !modifier && future) {
    const ahead = (weekday - today + 7) % 7 || (modifier === 'next' ? 7 : 0);
    return addDays(reference, ahead);
  }
  const back = (today - weekday + 7) % 7 || (modifier === 'last' ? 7 : 0);
  return addDays(reference, -back);
}

/** The year of a month or season named without one: the latest not after the reference month, or the next one when future. */
function yearForMonth(reference: Day, month: number, modifier: 'last' | 'next' | 'this' | undefined, future: boolean): number {
  if (modifier === 'this') return reference.year;
  if (modifier === 'last') return month < reference.month ? reference.year : reference.year - 1;
  if (modifier === 'next' || future) return month > reference.month || (!modifier && month === reference.month) ? reference.year : reference.year + 1;
  return month <= reference.month ? reference.year : reference.year - 1;
}

function durationTimex(amount: number | null, unit: string): string {
  const count = amount === null ? 'X' : String(Number.isInteger(amount) ? amount : amount);
  if (unit === '10Y') return amount === null ? 'PXDE' : `P${amount * 10}Y`;
  if (unit === '100Y') return amount === null ? 'PXCE' : `P${amount * 100}Y`;
  if (unit === '2W') return `P${amount === null ? 'X' : amount * 2}W`;
  if (unit === 'H' || unit === 'TM' || unit === 'S') return `PT${count}${unit === 'TM' ? 'M' : unit}`;
  return `P${count}${unit}`;
}

function placeAgo(reference: Day, unit: string, amount: number | null): Placement {
  if (amount === null) return unresolved('PAST_REF');
  if (unit === 'D') {
    const day = addDays(reference, amount);
    return { timex: formatDay(day), value: formatDay(day), kind: 'date', relative: true };
  }
  if (unit === 'W' || unit === '2W') {
    const day = addDays(reference, amount * (unit === '2W' ? 14 : 7));
    const { monday } = isoWeekOf(day);
    return { timex: formatIsoWeek(day), value: formatInterval(monday, addDays(monday, 6)), kind: 'period', relative: true };
  }
  if (unit === 'M') {
    const day = addMonths(reference, amount);
    return monthPlacement(day.year, day.month, true);
  }
  if (unit === 'Q') {
    const day = addMonths(reference, amount * 3);
    return monthPlacement(day.year, day.month, true);
  }
  const years = unit === '10Y' ? amount * 10 : unit === '100Y' ? amount * 100 : amount;
  if (unit === 'Y' || unit === '10Y' || unit === '100Y') return { ...yearPlacement(reference.year + years), relative: true };
  return unresolved(null);
}

function placeUnit(reference: Day, unit: string, offset: number, future: boolean, mod?: string): Placement {
  const withMod = mod ? { mod } : {};
  if (unit === 'week') {
    const day = addDays(reference, offset * 7);
    const { monday } = isoWeekOf(day);
    return { timex: formatIsoWeek(day), value: formatInterval(monday, addDays(monday, 6)), kind: 'period', relative: true, ...withMod };
  }
  if (unit === 'weekend') {
    // "over the weekend" in past-tense news is the last one; "this weekend" ahead of it when future.
    const today = weekdayOf(reference);
    const saturday = future ? addDays(reference, (6 - today + 7) % 7) : addDays(reference, -((today + 1) % 7));
    return { timex: `${formatIsoWeek(saturday)}-WE`, value: formatInterval(saturday, addDays(saturday, 1)), kind: 'period', relative: true };
  }
  if (unit === 'month') {
    const day = addMonths(reference, offset);
    return { ...monthPlacement(day.year, day.month, true), ...withMod };
  }
  if (unit === 'quarter') {
    const day = addMonths(reference, offset * 3);
    return placeQuarter(day.year, Math.floor((day.month - 1) / 3) + 1, true);
  }
  if (unit === 'decade') {
    const decade = Math.floor(reference.year / 10) + offset;
    return { timex: String(decade), value: formatInterval({ year: decade * 10, month: 1, day: 1 }, { year: decade * 10 + 9, month: 12, day: 31 }), kind: 'period', relative: true };
  }
  return { ...yearPlacement(reference.year + offset, mod), relative: true };
}

function placeQuarter(year: number, quarter: number, relative: boolean): Placement {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { timex: `${year}-Q${quarter}`, value: formatInterval({ year, month: firstMonth, day: 1 }, lastDayOfMonth(year, firstMonth + 2)), kind: 'period', relative };
}

function placeSeason(year: number, season: string, relative: boolean): Placement {
  const [first, last] = SEASON_MONTHS[season]!;
  const endYear = first! > last! ? year + 1 : year;
  return { timex: `${year}-${season}`, value: formatInterval({ year, month: first!, day: 1 }, lastDayOfMonth(endYear, last!)), kind: 'period', relative };
}

/** Meanings that need no reference date to be placed. */
function placeAbsolute(meaning: TimeMeaning): Placement | undefined {
  switch (meaning.type) {
    case 'year':
      return yearPlacement(meaning.year, meaning.mod);
    case 'decade':
      return { timex: String(meaning.decade), value: formatInterval({ year: meaning.decade * 10, month: 1, day: 1 }, { year: meaning.decade * 10 + 9, month: 12, day: 31 }), kind: 'period', relative: false, ...(meaning.mod ? { mod: meaning.mod } : {}) };
    case 'century':
      return { timex: String(meaning.century).padStart(2, '0'), value: formatInterval({ year: meaning.century * 100, month: 1, day: 1 }, { year: meaning.century * 100 + 99, month: 12, day: 31 }), kind: 'period', relative: false };
    case 'month':
      return meaning.year !== undefined ? monthPlacement(meaning.year, meaning.month, false, meaning.mod) : undefined;
    case 'season':
      return meaning.year !== undefined ? placeSeason(meaning.year, meaning.season, false) : undefined;
    case 'quarter':
      return meaning.year !== undefined ? placeQuarter(meaning.year, meaning.quarter, false) : undefined;
    case 'half':
      if (meaning.year === undefined) return undefined;
      return { timex: `${meaning.year}-H${meaning.half}`, value: formatInterval({ year: meaning.year, month: meaning.half === 1 ? 1 : 7, day: 1 }, lastDayOfMonth(meaning.year, meaning.half === 1 ? 6 : 12)), kind: 'period', relative: false };
    case 'duration': {
      const timex = durationTimex(meaning.amount, meaning.unit);
      return { timex, value: meaning.amount === null ? null : timex, kind: 'duration', relative: false, ...(meaning.mod ? { mod: meaning.mod } : {}) };
    }
    case 'set':
      return { timex: meaning.period, value: meaning.period, kind: 'set', relative: false };
    case 'reference':
      return { timex: meaning.reference, value: null, kind: 'unresolved', relative: true };
    case 'since-event':
      return { timex: null, value: null, kind: 'unresolved', relative: true, mod: 'SINCE' };
    default:
      return undefined;
  }
}

/** The TIMEX3 value a relative meaning has when no publication date is known ("XXXX-WXX-4"). */
function unanchoredTimex(meaning: TimeMeaning): string | null {
  switch (meaning.type) {
    case 'weekday':
      return `XXXX-WXX-${meaning.weekday === 0 ? 7 : meaning.weekday}${meaning.part ? `T${meaning.part}` : ''}`;
    case 'month':
      return `XXXX-${String(meaning.month).padStart(2, '0')}`;
    case 'season':
      return `XXXX-${meaning.season}`;
    case 'quarter':
      return `XXXX-Q${meaning.quarter}`;
    default:
      return null;
  }
}

/**
 * Puts a meaning on the calendar against the publication date. Without one, every relative
 * expression stays unresolved (value null) — never resolved against today.
 */
export function placeMeaning(meaning: TimeMeaning, reference: Day | undefined, future: boolean): Placement {
  const absolute = placeAbsolute(meaning);
  if (absolute) return absolute;
  if (!reference) return unresolved(unanchoredTimex(meaning));
  switch (meaning.type) {
    case 'weekday': {
      const day = resolveWeekday(reference, meaning.weekday, meaning.modifier, future);
      return { timex: `${formatDay(day)}${meaning.part ? `T${meaning.part}` : ''}`, value: formatDay(day), kind: 'date', relative: true };
    }
    case 'day': {
      const day = addDays(reference, meaning.offset);
      return { timex: `${formatDay(day)}${meaning.part ? `T${meaning.part}` : ''}`, value: formatDay(day), kind: 'date', relative: true };
    }
    case 'unit':
      return placeUnit(reference, meaning.unit, meaning.offset, future, meaning.mod);
    case 'ago':
      return placeAgo(reference, meaning.unit, meaning.amount);
    case 'month':
      return monthPlacement(yearForMonth(reference, meaning.month, meaning.modifier, future), meaning.month, true, meaning.mod);
    case 'season': {
      const [first] = SEASON_MONTHS[meaning.season]!;
      return placeSeason(yearForMonth(reference, first!, meaning.modifier, future), meaning.season, true);
    }
    case 'quarter': {
      const current = Math.floor((reference.month - 1) / 3) + 1;
      if (meaning.quarter === 0) {
        // "the quarter" in results news: the last completed quarter, or the same quarter a year before it.
        const lastReported = addMonths(reference, -3);
        const quarter = Math.floor((lastReported.month - 1) / 3) + 1;
        return placeQuarter(lastReported.year - (meaning.modifier === 'last' ? 1 : 0), quarter, true);
      }
      const offset = meaning.modifier === 'last' ? -1 : meaning.modifier === 'next' ? 1 : 0;
      const year = reference.year + (offset === 0 ? (meaning.quarter > current && !future ? -1 : 0) : offset);
      return placeQuarter(year, meaning.quarter, true);
    }
    case 'half': {
      const year = reference.year + (meaning.yearOffset ?? 0);
      return placeAbsolute({ type: 'half', half: meaning.half, year }) ?? unresolved(null);
    }
    default:
      return unresolved(null);
  }
}

/** A calendar date with an optional year (from chrono): the year comes from the publication date when it is missing. */
export function placeCalendarDate(month: number, day: number, year: number | undefined, reference: Day | undefined, future: boolean): Placement {
  if (year !== undefined) {
    const date = { year, month, day };
    return { timex: formatDay(date), value: formatDay(date), kind: 'date', relative: false };
  }
  if (!reference) return unresolved(`XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  // A date without a year is the occurrence nearest the publication date ("Feb. 10" in an article of
  // 8 February is two days ahead); a future clause breaks a near tie forwards.
  const options = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({ year, month, day }));
  const distance = (candidate: Day) => Math.abs(compareDays(candidate, reference)) - (future && compareDays(candidate, reference) >= 0 ? 31 * 86_400_000 : 0);
  const chosen = options.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
  return { timex: formatDay(chosen), value: formatDay(chosen), kind: 'date', relative: true };
}
