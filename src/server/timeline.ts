import type { EventRow } from '../store/corpus-store.ts';
import type { Timeline } from './responses.ts';

/** The calendar day (or month, for month-precise dates) an event belongs to on the timeline. */
export function timelineDate(row: EventRow): string | null {
  const value = row.event.date?.value ?? row.article.published;
  if (!value) return null;
  // Intervals ("2023-10-01/2023-10-07") sit at their start.
  return value.split('/')[0]!.slice(0, 10);
}

/** Events grouped by day in calendar order; within a day, in the order the articles report them. */
export function buildTimeline(rows: readonly EventRow[], truncated: boolean): Timeline {
  const days = new Map<string, EventRow[]>();
  let undated = 0;
  for (const row of rows) {
    const date = timelineDate(row);
    if (date === null) {
      undated += 1;
      continue;
    }
    const day = days.get(date);
    if (day) day.push(row);
    else days.set(date, [row]);
  }
  return {
    days: [...days.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([date, events]) => ({ date, events })),
    undated,
    eventsRead: rows.length,
    truncated,
  };
}
