import { describe, expect, it } from 'vitest';
import type { ClaimRow } from '../store/corpus-store.ts';
import { claimInterval, compareClaims, countedKey, intervalsAgree } from './compare-claims.ts';

function row(outlet: string, published: string, claim: Partial<ClaimRow['claim']> & Pick<ClaimRow['claim'], 'qualifier'>, counted: string): ClaimRow {
  return {
    article: { id: `${outlet}-${published}`, source: outlet, published },
    claim: { id: 'k1', start: 0, end: 3, source: 'author', hedged: false, counted: { text: counted, start: 4, end: 4 + counted.length }, ...claim },
    text: String(claim.value ?? ''),
    sentenceText: '',
  };
}

describe('countedKey', () => {
  it('takes the head noun before a place or time, singular', () => {
    expect(countedKey('hostages in the border camps')).toBe('hostage');
    expect(countedKey('Palestinian prisoners')).toBe('prisoner');
    expect(countedKey('Russian passport holders')).toBe('holder');
    expect(countedKey('hostages remain')).toBe('hostage');
    expect(countedKey('people killed since Monday')).toBe('people');
  });
});

describe('claimInterval', () => {
  it('reads "fewer than 200" as everything below 200 and "at least 15" as 15 and above', () => {
    expect(claimInterval({ qualifier: 'upper', value: 200, high: 200 })).toMatchObject({ high: 200, low: Number.NEGATIVE_INFINITY });
    expect(claimInterval({ qualifier: 'lower', value: 15, low: 15 })).toMatchObject({ low: 15, high: Number.POSITIVE_INFINITY });
    expect(claimInterval({ qualifier: 'range', low: 10, high: 20 })).toMatchObject({ low: 10, high: 20 });
  });
});

describe('intervalsAgree', () => {
  it('finds no common number for "fewer than 200" and "224"', () => {
    expect(intervalsAgree([claimInterval({ qualifier: 'upper', value: 200, high: 200 })!, claimInterval({ qualifier: 'exact', value: 224 })!])).toBe(false);
  });

  it('lets "at least 200" and "224" agree', () => {
    expect(intervalsAgree([claimInterval({ qualifier: 'lower', value: 200, low: 200 })!, claimInterval({ qualifier: 'exact', value: 224 })!])).toBe(true);
  });

  it('lets two exact counts within the tolerance agree (9,000 and 9,100)', () => {
    expect(intervalsAgree([claimInterval({ qualifier: 'exact', value: 9000 })!, claimInterval({ qualifier: 'exact', value: 9100 })!])).toBe(true);
    expect(intervalsAgree([claimInterval({ qualifier: 'exact', value: 9000 })!, claimInterval({ qualifier: 'exact', value: 12000 })!])).toBe(false);
  });
});

describe('compareClaims', () => {
  const rows = [
    row('Valdoria Wire', '2024-03-06', { qualifier: 'upper', value: 200, high: 200 }, 'hostages'),
    row('Ostrava Daily', '2024-03-07', { qualifier: 'exact', value: 224 }, 'hostages in the border camps'),
    row('Coast Weekly', '2024-05-20', { qualifier: 'exact', value: 310 }, 'hostages'),
    row('Valdoria Wire', '2024-03-06', { qualifier: 'lower', value: 40, low: 40 }, 'prisoners'),
  ];

  it('groups claims about the same counted thing in the same week and flags the disagreement', () => {
    const groups = compareClaims(rows);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'hostage', from: '2024-03-06', to: '2024-03-07', outlets: 2, disagreement: true });
    expect(groups[0]!.claims.map((claim) => claim.outlet)).toEqual(['Valdoria Wire', 'Ostrava Daily']);
  });

  it('keeps a later claim about the same thing in a period of its own', () => {
    const groups = compareClaims(rows, { includeSingleOutlet: true });
    expect(groups.filter((group) => group.key === 'hostage').map((group) => group.claims.length)).toEqual([2, 1]);
  });

  it('never compares a percentage with a count', () => {
    const percent = row('Ostrava Daily', '2024-03-07', { qualifier: 'exact', value: 40, unit: 'percent' }, 'hostages');
    expect(compareClaims([rows[0]!, percent])).toHaveLength(0);
  });
});
