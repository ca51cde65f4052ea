import { describe, expect, it } from 'vitest';
import { parseDigits, parseHyphenatedFraction, parseNumberWords, readDigitNumeral, roundFraction } from './numbers.ts';

describe('number parsing', () => {
  it('reads digits with thousands separators and decimals', () => {
    expect(parseDigits('9,000')).toBe(9000);
    expect(parseDigits('1,234.5')).toBe(1234.5);
    expect(parseDigits('17:14')).toBeNull();
  });

  it('reads numbers written in words, with "and" after hundreds', () => {
    expect(parseNumberWords(['nine', 'thousand'])).toBe(9000);
    expect(parseNumberWords(['two', 'hundred', 'and', 'fifty'])).toBe(250);
    expect(parseNumberWords(['forty-two'])).toBe(42);
    expect(parseNumberWords(['seven', 'hundred', 'thousand'])).toBe(700000);
  });

  it('reads a scale suffix written against the digits (2.5bn, 45m, 10k)', () => {
    expect(readDigitNumeral('2.5bn dollars', 0)).toMatchObject({ value: 2_500_000_000, scale: 1e9 });
    expect(readDigitNumeral('£45m', 1)).toMatchObject({ value: 45_000_000 });
    expect(readDigitNumeral('10km', 0)).toMatchObject({ value: 10, suffix: 'km', scale: 1 });
  });

  it('reads hyphenated fractions and keeps four decimals', () => {
    expect(roundFraction(parseHyphenatedFraction('two-thirds')!)).toBe(0.6667);
    expect(parseHyphenatedFraction('three-quarters')).toBe(0.75);
    expect(parseHyphenatedFraction('two-state')).toBeNull();
  });
});
