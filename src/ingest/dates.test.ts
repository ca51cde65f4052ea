import { describe, expect, it } from 'vitest';
import { normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
  it('keeps the publisher time zone of an RSS date, so the calendar day stays the local one', () => {
    expect(normalizeDate('Fri, 27 Oct 2023 00:30:00 +0300')).toBe('2023-10-27T00:30:00+03:00');
    expect(normalizeDate('27 Oct 2023 14:05 GMT')).toBe('2023-10-27T14:05:00Z');
  });

  it('normalises ISO dates and date-times', () => {
    expect(normalizeDate('2023-10-27')).toBe('2023-10-27');
    expect(normalizeDate('2023-10-27T14:05:09.123+02:00')).toBe('2023-10-27T14:05:09+02:00');
    expect(normalizeDate('2023-10-27 14:05:09')).toBe('2023-10-27T14:05:09');
  });

  it('reads European and month-first dates as pages print them', () => {
    expect(normalizeDate('27.10.2023')).toBe('2023-10-27');
    expect(normalizeDate('October 27, 2023')).toBe('2023-10-27');
    expect(normalizeDate('2023/10/27')).toBe('2023-10-27');
  });

  it('reads an epoch number in seconds', () => {
    expect(normalizeDate('1698402600')).toBe('2023-10-27T10:30:00Z');
  });

  it('refuses impossible or implausible dates', () => {
    expect(normalizeDate('2023-02-30')).toBeUndefined();
    expect(normalizeDate('1899-01-01')).toBeUndefined();
    expect(normalizeDate('soon')).toBeUndefined();
  });
});
