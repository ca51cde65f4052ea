import monthNames from './month-names.json' with { type: 'json' };

/**
 * Publication dates as pages and feeds write them, normalised to ISO 8601 in the publisher's own
 * time zone: the calendar day the article appeared is what relative times ("on Thursday") are
 * resolved against, so converting 00:30+03:00 to the previous day in UTC would be wrong.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const ZONES: Readonly<Record<string, string>> = {
  ut: '+00:00', utc: '+00:00', gmt: '+00:00', z: '+00:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
  cet: '+01:00', cest: '+02:00', met: '+01:00', mest: '+02:00', bst: '+01:00', msk: '+03:00',
};

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A real calendar day between 1990 and ten years ahead: older or later "dates" are template noise. */
function validDay(year: number, month: number, day: number): boolean {
  if (year < 1990 || year > new Date().getUTCFullYear() + 10 || month < 1 || month > 12 || day < 1) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function isoDay(year: number, month: number, day: number): string | undefined {
  return validDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

function zoneOffset(zone: string | undefined): string | undefined {
  if (!zone) return undefined;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (numeric) return `${numeric[1]}${numeric[2]}:${numeric[3]}`;
  return ZONES[zone.toLowerCase()];
}

function withTime(day: string, hour: string | undefined, minute: string | undefined, second: string | undefined, zone: string | undefined): string {
  if (hour === undefined || minute === undefined) return day;
  const offset = zoneOffset(zone);
  return `${day}T${pad(Number(hour))}:${minute}:${second ?? '00'}${offset === '+00:00' ? 'Z' : (offset ?? '')}`;
}

/** ISO 8601: 2023-10-27, 2023-10-27T14:05:00+02:00, 2023-10-27 14:05:00Z, 20231027. */
function parseIso(value: string): string | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(value);
  if (!match) return undefined;
  const day = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return day ? withTime(day, match[4], match[5], match[6], match[7]) : undefined;
}

/** RFC 822/1123 as in RSS: "Fri, 27 Oct 2023 14:05:00 +0200", also without weekday or seconds. */
function parseRfc822(value: string): string | undefined {
  const match = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,5}|[+-]\d{4}))?)?/i.exec(value);
  if (!match) return undefined;
  const month = MONTHS[match[2]!.toLowerCase().slice(0, 3)];
  const rawYear = Number(match[3]);
  const year = rawYear < 100 ? 2000 + rawYear : rawYear;
  const day = month ? isoDay(year, month, Number(match[1])) : undefined;
  return day ? withTime(day, match[4], match[5], match[6], match[7]) : undefined;
}

/** "October 27, 2023", "Oct. 27 2023". */
function parseMonthFirst(value: string): string | undefined {
  const match = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(value);
  const month = match ? MONTHS[match[1]!.toLowerCase().slice(0, 3)] : undefined;
  return match && month ? isoDay(Number(match[3]), month, Number(match[2])) : undefined;
}

/** Day first with dots or slashes, as European pages write it: 27.10.2023, 27/10/2023. */
function parseDayFirst(value: string): string | undefined {
  const match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(value);
  return match ? isoDay(Number(match[3]), Number(match[2]), Number(match[1])) : undefined;
}

/** Year first with slashes or dots: 2023/10/27. */
function parseYearFirst(value: string): string | undefined {
  const match = /^(\d{4})[./](\d{1,2})[./](\d{1,2})/.exec(value);
  return match ? isoDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Seconds (or milliseconds) since 1970, as some feeds put in dc:date. */
function parseEpoch(value: string): string | undefined {
  if (!/^\d{9,13}$/.test(value)) return undefined;
  const milliseconds = value.length > 11 ? Number(value) : Number(value) * 1000;
  const date = new Date(milliseconds);
  return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
}

const MONTH_NUMBERS: Readonly<Record<string, number>> = monthNames.months;
const MONTH_WORD = '(\\p{L}{3,12})\\.?';

function monthNumber(word: string): number | undefined {
  return MONTH_NUMBERS[word.toLowerCase()];
}

/**
 * The first date written out in running text, in any of the languages of month-names.json:
 * "18. Mai 2014", "5 de marzo de 2019", "October 27, 2023", "27.10.2023", "2023-10-27".
 */
export function findTextDate(text: string): string | undefined {
  const dayMonthYear = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s*(?:de\\s+)?${MONTH_WORD}\\s*(?:de\\s+|,\\s*)?(\\d{4})(?!\\d)`, 'iu');
  const monthDayYear = new RegExp(`(?<![\\p{L}])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
  const numeric = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)|(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
  const candidates: Array<{ index: number; value: string | undefined }> = [];
  const first = dayMonthYear.exec(text);
  if (first) {
    const month = monthNumber(first[2]!);
    candidates.push({ index: first.index, value: month ? isoDay(Number(first[3]), month, Number(first[1])) : undefined });
  }
  const second = monthDayYear.exec(text);
  if (second) {
    const month = monthNumber(second[1]!);
    candidates.push({ index: second.index, value: month ? isoDay(Number(second[3]), month, Number(second[2])) : undefined });
  }
  const third = numeric.exec(text);
  if (third) {
    const value = third[1] ? isoDay(Number(third[3]), Number(third[2]), Number(third[1])) : third[4] ? isoDay(Number(third[4]), Number(third[5]), Number(third[6])) : isoDay(Number(third[9]), Number(third[8]), Number(third[7]));
    candidates.push({ index: third.index, value });
  }
  return candidates.filter((candidate) => candidate.value !== undefined).sort((a, b) => a.index - b.index)[0]?.value;
}

/** The date in an article URL: /2014/05/18/, /2019-10-22-, /20191022/. Year and month alone are not enough. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const slashed = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/.exec(path);
  if (slashed) return isoDay(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
  const dashed = /[/_-]((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?!\d)/.exec(path);
  if (dashed) return isoDay(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]));
  const monthFolder = /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//.exec(path);
  if (monthFolder) return isoDay(Number(monthFolder[1]), Number(monthFolder[2]), Number(monthFolder[3]));
  const compact = /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|[-_.])/.exec(path);
  return compact ? isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) : undefined;
}

/** Normalises a publication date to ISO 8601, or undefined when it is not a plausible date. */
export function normalizeDate(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (text.length === 0) return undefined;
  return parseEpoch(text) ?? parseIso(text) ?? parseRfc822(text) ?? parseMonthFirst(text) ?? parseYearFirst(text) ?? parseDayFirst(text);
}
