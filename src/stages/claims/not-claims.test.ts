import { describe, expect, it } from 'vitest';
import { claimsIn } from './claims-test-support.ts';

function numbersClaimed(text: string): string[] {
  return claimsIn(text).map((claim) => text.slice(claim.start, claim.end));
}

describe('numbers that are not claims', () => {
  it('skips dates, years and clock times', () => {
    expect(numbersClaimed('The summit will be held on March 21 in Dorvik.')).toEqual([]);
    expect(numbersClaimed('The law was passed in 1998 and amended in 2016.')).toEqual([]);
    expect(numbersClaimed('The hearing begins at 10:30 a.m. on Monday.')).toEqual([]);
  });

  it('keeps a four-digit count that is followed by what it counts ("2000 people")', () => {
    expect(numbersClaimed('Police said 2000 people joined the march.')).toEqual(['2000']);
  });

  it('skips document, verse and flight references', () => {
    expect(numbersClaimed('The motion cites Resolution 2417 and Article 51 of the charter.')).toEqual([]);
    expect(numbersClaimed('She read from Psalm 23:4 at the memorial.')).toEqual([]);
    expect(numbersClaimed('Flight 406 landed safely in Lume.')).toEqual([]);
  });

  it('skips phone numbers and house numbers', () => {
    expect(numbersClaimed('For tickets, call +44 20 7946 0321 or 0800 555 0199.')).toEqual([]);
    expect(numbersClaimed('The company moved to 14 Harbour Road.')).toEqual([]);
  });

  it('skips ages in apposition, after "aged" and in "45-year-old"', () => {
    expect(numbersClaimed('Defence Minister Tomas Reyk, 58, arrived on Wednesday.')).toEqual([]);
    expect(numbersClaimed('The judge, aged 61, retired last year.')).toEqual([]);
    expect(numbersClaimed('A 45-year-old man was arrested.')).toEqual([]);
  });

  it('skips ordinals, decades, durations and the pronoun "one"', () => {
    expect(numbersClaimed('The 3rd Mechanised Brigade moved in the 1990s.')).toEqual([]);
    expect(numbersClaimed('The minister spoke for 40 minutes.')).toEqual([]);
    expect(numbersClaimed('One of the ministers later resigned.')).toEqual([]);
  });

  it('skips numbers that are part of a name or a compound modifier', () => {
    expect(numbersClaimed('The Big Three met in a three-party format with a 10-point plan.')).toEqual([]);
  });

  it('keeps the size in "a 2,000-strong force"', () => {
    expect(claimsIn('The 2,000-strong force will be led by General Haskell.')[0]).toMatchObject({ value: 2000, counted: { text: 'force' } });
  });
});
