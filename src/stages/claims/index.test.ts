import { describe, expect, it } from 'vitest';
import { claimAt, claimsIn } from './claims-test-support.ts';

describe('claims stage', () => {
  it('dates a claim from the time expression of its own clause', () => {
    const text = 'Rescuers found 40 survivors on Monday and 12 more on Tuesday.';
    expect(claimAt(text, '40', { published: '2024-03-14' }).date).toBe('2024-03-11');
    expect(claimAt(text, '12', { published: '2024-03-14' }).date).toBe('2024-03-12');
  });

  it('leaves the date out when the clause names no time', () => {
    expect(claimAt('Police arrested 63 protesters.', '63').date).toBeUndefined();
  });

  it('records the rules that produced each claim', () => {
    expect(claimsIn('Police arrested 63 protesters.')[0]?.rule).toBe('digits/following/author');
  });

  it('never throws on text with stray symbols and numbers', () => {
    for (const text of ['$', '$$ 5', '- 3 -', '1/2/3/4', '((((5', 'a a a a', '€', 'between and', '5 -', 'US$', '0,000,000']) {
      expect(() => claimsIn(text)).not.toThrow();
    }
  });
});
