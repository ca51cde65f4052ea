import { describe, expect, it } from 'vitest';
import { addMonths, formatIsoWeek, isoWeekOf, parseDay, weekdayOf } from './calendar.ts';

describe('calendar arithmetic', () => {
  it('reads a publication date and rejects impossible days', () => {
    expect(parseDay('2023-10-27')).toEqual({ year: 2023, month: 10, day: 27 });
    expect(parseDay('2023-02-30')).toBeUndefined();
    expect(parseDay('October 27')).toBeUndefined();
  });

  it('knows weekdays and ISO weeks, including weeks that start in the year before', () => {
    expect(weekdayOf({ year: 2023, month: 10, day: 27 })).toBe(5);
    expect(formatIsoWeek({ year: 2023, month: 10, day: 27 })).toBe('2023-W43');
    expect(isoWeekOf({ year: 2021, month: 1, day: 1 })).toMatchObject({ year: 2020, week: 53 });
  });

  it('clamps the day when adding months ("31 January + 1 month" is the end of February)', () => {
    expect(addMonths({ year: 2024, month: 1, day: 31 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 1, day: 15 }, -2)).toEqual({ year: 2023, month: 11, day: 15 });
  });
});
