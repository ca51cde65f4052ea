import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-test-support.ts';

describe('what is said of the counted things', () => {
  it('drops auxiliaries: "have returned to Russia from Israel" → "returned to Russia from Israel"', () => {
    expect(claimAt('Nine thousand passport holders have returned to Russia from Israel.', 'Nine thousand').predicate).toBe('returned to Russia from Israel');
  });

  it('drops hedging verbs: "are thought to have drowned" → "drowned"', () => {
    expect(claimAt('Around 250 people are thought to have drowned.', 'Around 250').predicate).toBe('drowned');
  });

  it('ends at a clause of time or cause ("were killed when a bus plunged")', () => {
    expect(claimAt('At least 27 people were killed when a bus plunged into a ravine.', 'At least 27').predicate).toBe('killed');
  });

  it('ends before a time expression ("reached the island on Monday")', () => {
    expect(claimAt('More than 1,500 migrants reached the island on Monday.', 'More than 1,500').predicate).toBe('reached the island');
  });

  it('keeps an adjective or place after "be" ("are in critical condition")', () => {
    expect(claimAt('Twelve of the wounded are in critical condition.', 'Twelve').predicate).toBe('in critical condition');
  });

  it('is absent when the number is an object ("police arrested 63 protesters")', () => {
    expect(claimAt('Police arrested 63 protesters in the capital.', '63').predicate).toBeUndefined();
  });
});
