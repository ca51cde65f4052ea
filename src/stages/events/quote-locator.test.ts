import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../doc/schema/quote.ts';
import { quoteAt, QuoteLocator } from './attribution.ts';

function quote(id: string, start: number, end: number): Quote {
  return { id, start, end, kind: 'direct', cue: null, speaker: null } as Quote;
}

describe('QuoteLocator', () => {
  it('finds the innermost quote holding an offset, as quoteAt does', () => {
    const quotes = [quote('q1', 10, 80), quote('q2', 20, 30), quote('q3', 90, 120), quote('q4', 25, 28)];
    const locator = new QuoteLocator(quotes);
    expect(locator.quoteAt(26)?.id).toBe('q4');
    expect(locator.quoteAt(22)?.id).toBe('q2');
    expect(locator.quoteAt(50)?.id).toBe('q1');
    expect(locator.quoteAt(85)).toBeUndefined();
    expect(locator.quoteAt(26, 'q4')?.id).toBe('q2');
  });

  it('agrees with quoteAt on any quotes, nested, overlapping or tied, and any offset', () => {
    const spans = fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 30 })), { maxLength: 12 });
    fc.assert(fc.property(spans, fc.nat(90), fc.nat(12), (pairs, offset, exceptIndex) => {
      const quotes = pairs.map(([start, length], index) => quote(`q${index + 1}`, start, start + length));
      const except = `q${exceptIndex + 1}`;
      const locator = new QuoteLocator(quotes);
      expect(locator.quoteAt(offset)).toBe(quoteAt(quotes, offset));
      expect(locator.quoteAt(offset, except)).toBe(quoteAt(quotes, offset, except));
    }), { numRuns: 500 });
  });
});
