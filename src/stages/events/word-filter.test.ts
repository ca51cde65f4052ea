import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter.ts';

describe('WordFilter', () => {
  it('never rejects a word it was built from', () => {
    const words = ['attack', 'met', 'talks', "'s", 'cease-fire', 'a', 'négociations'];
    const filter = new WordFilter(words);
    for (const word of words) expect(filter.mayHold(word)).toBe(true);
  });

  it('rejects most words it was not built from', () => {
    const filter = new WordFilter(['attack', 'met', 'talks']);
    const others = ['the', 'of', 'minister', 'Valdoria', 'harbour', 'and', 'quietly', 'seven'];
    expect(others.filter((word) => filter.mayHold(word)).length).toBeLessThanOrEqual(1);
  });

  it('reads the empty word without failing', () => {
    expect(new WordFilter(['met']).mayHold('')).toBe(false);
  });
});
