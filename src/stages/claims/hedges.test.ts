import { describe, expect, it } from 'vitest';
import { claimAt } from './claims-test-support.ts';

const SEED_LIKE = 'There may be fewer than 200 hostages in Gaza, as up to 50 have been killed by bombing.';

describe('hedges', () => {
  it('marks a number under a modal as hedged ("there may be fewer than 200")', () => {
    expect(claimAt(SEED_LIKE, 'fewer than 200').hedged).toBe(true);
  });

  it('keeps the hedge to its clause: the "as up to 50" clause is not hedged', () => {
    expect(claimAt(SEED_LIKE, 'up to 50').hedged).toBe(false);
  });

  it('marks reported distance and estimates as hedged', () => {
    expect(claimAt('Some 4,000 soldiers were reportedly sent to the front.', 'Some 4,000').hedged).toBe(true);
    expect(claimAt('It is estimated that 20,000 tonnes of fish died.', '20,000 tonnes').hedged).toBe(true);
    expect(claimAt('The blockade has stranded an estimated 3,000 sailors.', 'an estimated 3,000').hedged).toBe(true);
    expect(claimAt('As many as 70 people are feared dead.', 'As many as 70').hedged).toBe(true);
  });

  it('does not read the month "May" or the backshifted "would" as hedges', () => {
    expect(claimAt('In May 300 workers were laid off.', '300').hedged).toBe(false);
    expect(claimAt('The company said it would cut 1,200 jobs.', '1,200').hedged).toBe(false);
  });

  it('does not let a comment after the number hedge it (", a figure that could not be verified")', () => {
    expect(claimAt('The army said 32 militants were killed, a figure that could not be verified.', '32').hedged).toBe(false);
  });

  it('keeps a closing tag in the clause (", the Red Crescent estimated.")', () => {
    expect(claimAt('Roughly 15,000 people are still without shelter, the Red Crescent estimated.', 'Roughly 15,000').hedged).toBe(true);
  });
});
