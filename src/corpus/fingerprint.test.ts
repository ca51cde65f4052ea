import { describe, expect, it } from 'vitest';
import { MARROW_BAY_FOLLOW_UP, MARROW_BAY_REPRINT, MARROW_BAY_WIRE as WIRE } from '../../test/corpus/stories.ts';
import { contentHash, estimateSimilarity, fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('gives the same hash to texts that differ only in case, spacing and punctuation', () => {
    expect(contentHash('Talks resumed, officials said.')).toBe(contentHash('  talks RESUMED officials said '));
    expect(contentHash('Talks resumed.')).not.toBe(contentHash('Talks collapsed.'));
  });

  it('rates a republished wire story with a new opening phrase and a dropped clause as a near copy', () => {
    expect(estimateSimilarity(fingerprint(WIRE).signature, fingerprint(MARROW_BAY_REPRINT).signature)).toBeGreaterThan(0.8);
  });

  it('rates a different story on the same subject as far apart', () => {
    expect(estimateSimilarity(fingerprint(WIRE).signature, fingerprint(MARROW_BAY_FOLLOW_UP).signature)).toBeLessThan(0.2);
  });

  it('gives no signature to a text too short to compare by shingles', () => {
    expect(fingerprint('Talks resumed on Monday.').signature).toEqual([]);
    expect(fingerprint('Talks resumed on Monday.').bands).toEqual([]);
  });

  it('shares at least one band between near copies', () => {
    const copy = `${WIRE} The quay handles most of the bay's grain exports.`;
    const bands = new Set(fingerprint(WIRE).bands);
    expect(fingerprint(copy).bands.some((band) => bands.has(band))).toBe(true);
  });
});
