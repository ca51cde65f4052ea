import { describe, expect, it } from 'vitest';
import { compareClaims } from '../corpus/compare-claims.ts';
import type { Claim } from '../doc/schema/claim.ts';
import type { ClaimRow } from '../store/corpus-store.ts';
import { toClaimComparison } from './claim-comparison.ts';

function row(article: string, source: string, claim: Partial<Claim> & Pick<Claim, 'qualifier'>, text: string): ClaimRow {
  return {
    article: { id: article, source, published: '2024-11-14' },
    claim: { id: `${article}-c1`, start: 0, end: text.length, counted: { text: 'prisoners', start: 0, end: 9 }, source: 'author', hedged: false, ...claim },
    text,
    sentenceText: `Officials said ${text} prisoners were held.`,
  };
}

describe('toClaimComparison', () => {
  const rows = [row('a1', 'Valdoria Wire', { qualifier: 'upper', value: 300, high: 300 }, 'fewer than 300'), row('a2', 'Ostrava Daily', { qualifier: 'exact', value: 412 }, '412')];
  const comparison = toClaimComparison(compareClaims(rows), rows, false);

  it('names the two figures that cannot both be true', () => {
    expect(comparison.groups[0]).toMatchObject({ key: 'prisoner', disagreement: true, reason: 'fewer than 300 vs 412', outlets: 2 });
  });

  it('carries each claim\'s sentence and is plain JSON (no infinite bounds)', () => {
    expect(comparison.groups[0]!.claims.map((claim) => claim.sentenceText)).toEqual(['Officials said fewer than 300 prisoners were held.', 'Officials said 412 prisoners were held.']);
    expect(JSON.parse(JSON.stringify(comparison))).toEqual(comparison);
  });
});
