import { UsageError } from './usage-error.ts';

/** Validates --published: a calendar date (YYYY-MM-DD) or an ISO date-time. */
export function parsePublished(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`) : undefined;
  if (!match || !date || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(match[3])) {
    throw new UsageError(`--published "${value}" is not a date; write it as YYYY-MM-DD, e.g. --published 2023-10-27`);
  }
  return value;
}

export function parsePositiveInteger(name: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${name} "${value}" must be a positive whole number`);
    return number;
  };
}
