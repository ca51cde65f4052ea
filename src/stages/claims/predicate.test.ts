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

  it('skips "more" after an elliptical number ("30 more were badly damaged")', () => {
    expect(claimAt('At least 120 buildings collapsed and 30 more were badly damaged.', '30').predicate).toBe('badly damaged');
  });

  it('skips an aside between the counted phrase and its verb (", including two children,")', () => {
    expect(claimAt('Five people, including two children, were killed, the governor said.', 'Five').predicate).toBe('killed');
  });

  it('ends before "at dawn"', () => {
    expect(claimAt('At least eight armoured vehicles entered the town at dawn.', 'At least eight').predicate).toBe('entered the town');
  });

  it('is absent for the sample of a study ("The survey of 1,000 adults found …")', () => {
    expect(claimAt('The survey of 1,000 adults found that most trust the army.', '1,000').predicate).toBeUndefined();
  });
});
