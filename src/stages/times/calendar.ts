/** A calendar day without a time zone: the unit news dates are resolved in. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MILLISECONDS_PER_DAY = 86_400_000;

function toTime(day: Day): number {
  return Date.UTC(day.year, day.month - 1, day.day);
}

function fromTime(time: number): Day {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Reads the date part of "2023-10-27" or "2023-10-27T10:00"; undefined when it is not one. */
export function parseDay(text: string | undefined): Day | undefined {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysInMonth(day.year, day.month) ? day : undefined;
}

export function addDays(day: Day, days: number): Day {
  return fromTime(toTime(day) + days * MILLISECONDS_PER_DAY);
}

/** Adds calendar months, clamping the day to the target month ("31 January + 1 month" → 29 February). */
export function addMonths(day: Day, months: number): Day {
  const index = day.year * 12 + (day.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(toTime(day)).getUTCDay();
}

export function compareDays(a: Day, b: Day): number {
  return toTime(a) - toTime(b);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function formatDay(day: Day): string {
  return `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** An ISO 8601 interval of days, both ends included: "2023-10-16/2023-10-22". */
export function formatInterval(first: Day, last: Day): string {
  return `${formatDay(first)}/${formatDay(last)}`;
}

/** The ISO week holding a day: its year, number and Monday. */
export function isoWeekOf(day: Day): { year: number; week: number; monday: Day } {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  const thursday = addDays(monday, 3);
  const firstThursdayYear = thursday.year;
  const januaryFourth = { year: firstThursdayYear, month: 1, day: 4 };
  const firstMonday = addDays(januaryFourth, -((weekdayOf(januaryFourth) + 6) % 7));
  const week = Math.round((toTime(monday) - toTime(firstMonday)) / (7 * MILLISECONDS_PER_DAY)) + 1;
  return { year: firstThursdayYear, week, monday };
}

export function formatIsoWeek(day: Day): string {
  const { year, week } = isoWeekOf(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function lastDayOfMonth(year: number, month: number): Day {
  return { year, month, day: daysInMonth(year, month) };
}
