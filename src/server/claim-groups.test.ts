import { describe, expect, it } from 'vitest';
import type { Claim } from '../doc/schema/claim.ts';
import type { ClaimRow } from '../store/corpus-store.ts';
import { allowedInterval, compareClaimRows, countedHead, findDisagreement } from './claim-groups.ts';

function claimRow(id: string, claim: Partial<Claim> & Pick<Claim, 'qualifier'>, counted: string, text: string, article = 'a1', published = '2024-11-14'): ClaimRow {
  return {
    article: { id: article, published, source: article === 'a1' ? 'Wire One' : 'Wire Two' },
    claim: { id, start: 0, end: text.length, counted: { text: counted, start: 0, end: counted.length }, source: 'author', hedged: false, ...claim },
    text,
    sentenceText: `${text} ${counted}.`,
  };
}

describe('countedHead', () => {
  it('reduces a counted phrase to its head noun, singular', () => {
    expect(countedHead('hostages in Gaza')).toBe('hostage');
    expect(countedHead('Russian passport holders')).toBe('holder');
    expect(countedHead('prisoners remained')).toBe('prisoner');
    expect(countedHead('trucks of food crossed')).toBe('truck');
    expect(countedHead('people of the town')).toBe('people');
    expect(countedHead('casualties')).toBe('casualty');
  });
});

describe('allowedInterval', () => {
  it('reads bounds as the numbers a source allows', () => {
    expect(allowedInterval({ qualifier: 'upper', value: 300, high: 300 } as Claim)).toEqual([0, 300]);
    expect(allowedInterval({ qualifier: 'lower', value: 15, low: 15 } as Claim)).toEqual([15, Number.POSITIVE_INFINITY]);
    expect(allowedInterval({ qualifier: 'range', low: 10, high: 20 } as Claim)).toEqual([10, 20]);
    expect(allowedInterval({ qualifier: 'exact', value: 412 } as Claim)).toEqual([412, 412]);
  });
});

describe('compareClaimRows', () => {
  it('flags "fewer than 300" against "412" about the same prisoners in the same month', () => {
    const rows = [
      claimRow('c1', { qualifier: 'upper', value: 300, high: 300 }, 'prisoners', 'fewer than 300'),
      claimRow('c2', { qualifier: 'exact', value: 412 }, 'prisoners remained', '412', 'a2'),
    ];
    const comparison = compareClaimRows(rows, false);
    expect(comparison.groups).toHaveLength(1);
    expect(comparison.groups[0]).toMatchObject({ counted: 'prisoners', disagreement: true, reason: 'fewer than 300 vs 412' });
    expect(comparison.groups[0]!.claims.map((claim) => claim.article.source)).toEqual(['Wire One', 'Wire Two']);
  });

  it('does not flag figures that can all be true', () => {
    expect(findDisagreement([claimRow('c1', { qualifier: 'lower', value: 15, low: 15 }, 'hostages', 'at least 15'), claimRow('c2', { qualifier: 'exact', value: 20 }, 'hostages', '20')])).toBeUndefined();
  });

  it('keeps different months apart and leaves out claims that count nothing', () => {
    const rows = [
      claimRow('c1', { qualifier: 'exact', value: 5 }, 'trucks', '5'),
      claimRow('c2', { qualifier: 'exact', value: 9 }, 'trucks', '9', 'a2', '2024-12-02'),
      { ...claimRow('c3', { qualifier: 'exact', value: 3 }, 'x', '3'), claim: { ...claimRow('c3', { qualifier: 'exact', value: 3 }, 'x', '3').claim, counted: null } },
    ];
    const comparison = compareClaimRows(rows, false);
    expect(comparison.groups.map((group) => group.claims.length)).toEqual([1, 1]);
    expect(comparison.groups.every((group) => !group.disagreement)).toBe(true);
  });
});
