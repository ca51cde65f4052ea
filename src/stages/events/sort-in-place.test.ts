import { describe, expect, it } from 'vitest';
import { sortInPlace } from './sort-in-place.ts';

describe('sortInPlace', () => {
  it('orders a list as Array.prototype.sort does, keeping equal items in their order', () => {
    const items = [{ start: 4, tag: 'a' }, { start: 1, tag: 'b' }, { start: 4, tag: 'c' }, { start: 0, tag: 'd' }, { start: 1, tag: 'e' }];
    const expected = [...items].sort((a, b) => a.start - b.start);
    expect(sortInPlace([...items], (a, b) => a.start - b.start)).toEqual(expected);
  });

  it('sorts the list it is given and returns it', () => {
    const items = [3, 1, 2];
    expect(sortInPlace(items, (a, b) => a - b)).toBe(items);
    expect(items).toEqual([1, 2, 3]);
  });
});
