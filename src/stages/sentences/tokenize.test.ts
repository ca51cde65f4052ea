import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

function words(text: string): string[] {
  return tokenize(text).map((token) => text.slice(token.start, token.end));
}

describe('tokenize', () => {
  it('splits possessives and negations the way the Penn Treebank does', () => {
    expect(words('Marzouq’s aides don\'t talk.')).toEqual(['Marzouq', '’s', 'aides', 'do', 'n\'t', 'talk', '.']);
  });

  it('keeps numbers with separators, initialisms and hyphenated words whole', () => {
    expect(words('U.S. sent 9,000 troops, 1.2 million two-state 17:14')).toEqual([
      'U.S.', 'sent', '9,000', 'troops', ',', '1.2', 'million', 'two-state', '17:14',
    ]);
  });

  it('keeps the period of a title abbreviation and of an initial', () => {
    expect(words('Gen. Martin J. Blake left.')).toEqual(['Gen.', 'Martin', 'J.', 'Blake', 'left', '.']);
  });

  it('separates quotation marks from the words they enclose', () => {
    expect(words('“Russia,” Badran said, ‘road map’')).toEqual(['“', 'Russia', ',', '”', 'Badran', 'said', ',', '‘', 'road', 'map', '’']);
  });

  it('keeps web addresses and domains whole', () => {
    expect(words('See https://example.org/a?b=1. Rapaport.com news')).toEqual(['See', 'https://example.org/a?b=1', '.', 'Rapaport.com', 'news']);
  });

  it('returns offsets that slice back to each token', () => {
    const text = 'Zakharova said: “We will inform you…”\n\nNext.';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).trim()).toBe(text.slice(token.start, token.end));
      expect(token.end).toBeGreaterThan(token.start);
    }
  });
});
