/** A highlighted stretch of the article: one item of one layer, by offsets into the text. */
export interface Mark {
  /** Unique token naming the item, e.g. "quote-3"; used to find its segments again. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** CSS classes the mark gives every segment it covers. */
  readonly classes: readonly string[];
}

/** A run of text covered by the same set of marks (possibly none). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/**
 * Cuts the text at every mark boundary so that overlapping layers (an entity inside a quote, a
 * number inside a claim inside a quote) can all show at once on flat runs of text. A sweep over
 * sorted boundaries: linear in the number of marks plus the sum of the active marks per segment.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks.filter((mark) => mark.start >= 0 && mark.end <= length && mark.end > mark.start);
  const boundaries = new Set<number>([0, length]);
  const startingAt = new Map<number, Mark[]>();
  for (const mark of valid) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
    startingAt.set(mark.start, [...(startingAt.get(mark.start) ?? []), mark]);
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    active = [...active.filter((mark) => mark.end > start), ...(startingAt.get(start) ?? [])];
    segments.push({ start, end, marks: active });
  }
  return segments;
}
