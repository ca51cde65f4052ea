import * as chrono from 'chrono-node';

/** A calendar date or clock time chrono read, kept as plain data for our own year policy. */
export interface ChronoDate {
  readonly start: number;
  readonly end: number;
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly endDate?: { readonly month: number; readonly day: number; readonly year?: number };
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** A month name next to a number, a numeric date, or a clock time: what chrono is kept for. */
const CALENDAR_SHAPE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d\s*(?:[ap]\.?m\b|o'clock)|\d:\d\d/i;
const CLOCK = /\d\s*(?:[ap]\.?m\.?\b|o'clock)|\d:\d\d/i;
const LEADING_PREPOSITION = /^(?:at|by|from|until|till|before|after|since|in|of|during)\s+/i;

/**
 * Explicit calendar dates and clock times from chrono ("October 26", "26 October 2022",
 * "10/26/2023", "5 p.m."). Everything relative (weekdays, "last week", "now") is left to the
 * news grammar, and chrono's false hits are dropped: a verse reference ("17:14"), a slash pair
 * without a year ("9/11"), and a month inside a name ("the October Single Stone Auction").
 */
export function findChronoDates(text: string, windows: readonly { start: number; end: number; calendar?: boolean }[] = [{ start: 0, end: text.length }]): ChronoDate[] {
  const found: ChronoDate[] = [];
  for (const window of windows) {
    if (window.calendar === false) continue;
    const slice = text.slice(window.start, window.end);
    // chrono reads only windows that can hold a calendar date or a clock time.
    if (!CALENDAR_SHAPE.test(slice)) continue;
    for (const result of parseWindow(slice)) {
      const shifted = readResult(text, result, window.start);
      if (shifted) found.push(shifted);
    }
  }
  return found;
}

function parseWindow(slice: string): chrono.ParsedResult[] {
  return chrono.parse(slice, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
}

/** One chrono result as plain data, or null when it is one of chrono's false hits. */
function readResult(text: string, result: chrono.ParsedResult, offset: number): ChronoDate | null {
  const { start, end } = result;
  const hasDay = start.isCertain('day') && start.isCertain('month');
  const hasClock = start.isCertain('hour') && CLOCK.test(result.text) && !/^\d{1,2}:\d{1,2}$/.test(result.text.trim());
  if (!hasDay && !hasClock) return null;
  // "now", "today": chrono's casual words are the news grammar's to read.
  if (!/\d/.test(result.text) && !MONTH_NAME.test(result.text)) return null;
  if (hasDay && !start.isCertain('year') && /^\s*\d{1,2}\/\d{1,2}\s*$/.test(result.text)) return null;
  const absoluteEnd = offset + result.index + result.text.length;
  if (/^[A-Z][a-z]+$/.test(result.text) && /^ [A-Z]/.test(text.slice(absoluteEnd, absoluteEnd + 2))) return null;
  let startOffset = offset + result.index;
  let matched = result.text;
  const preposition = LEADING_PREPOSITION.exec(matched);
  if (preposition) {
    startOffset += preposition[0].length;
    matched = matched.slice(preposition[0].length);
  }
  const trimmed = matched.replace(/[\s,.;:]+$/, '');
  return {
    start: startOffset,
    end: startOffset + trimmed.length,
    month: hasDay ? start.get('month')! : 0,
    day: hasDay ? start.get('day')! : 0,
    ...(hasDay && start.isCertain('year') ? { year: start.get('year')! } : {}),
    ...(hasClock ? { hour: start.get('hour')!, minute: start.get('minute') ?? 0 } : {}),
    ...(end && end.isCertain('day') ? { endDate: { month: end.get('month')!, day: end.get('day')!, ...(end.isCertain('year') ? { year: end.get('year')! } : {}) } } : {}),
  };
}
