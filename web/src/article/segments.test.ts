import { describe, expect, it } from 'vitest';
import { segmentText, type Mark } from './segments.ts';

const mark = (key: string, start: number, end: number): Mark => ({ key, start, end, classes: [key] });

describe('segmentText', () => {
  it('covers the whole text with consecutive segments', () => {
    const segments = segmentText(20, [mark('a', 3, 8), mark('b', 10, 12)]);
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([[0, 3], [3, 8], [8, 10], [10, 12], [12, 20]]);
    expect(segments.map((segment) => segment.marks.map((m) => m.key))).toEqual([[], ['a'], [], ['b'], []]);
  });

  it('shows an entity inside a quote on both layers at once', () => {
    const segments = segmentText(30, [mark('quote', 0, 30), mark('entity', 5, 9)]);
    expect(segments.find((segment) => segment.start === 5)?.marks.map((m) => m.key).sort()).toEqual(['entity', 'quote']);
    expect(segments.find((segment) => segment.start === 9)?.marks.map((m) => m.key)).toEqual(['quote']);
  });

  it('drops marks outside the text or empty rather than breaking the layout', () => {
    const segments = segmentText(10, [mark('past-end', 8, 12), mark('empty', 4, 4), mark('ok', 1, 2)]);
    expect(segments.flatMap((segment) => segment.marks.map((m) => m.key))).toEqual(['ok']);
    expect(segments.at(-1)?.end).toBe(10);
  });

  it('gives an empty text no segments', () => {
    expect(segmentText(0, [])).toEqual([]);
  });
});
