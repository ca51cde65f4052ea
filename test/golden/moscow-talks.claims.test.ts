import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/doc/schema/claim.ts';
import { hasSeedArticle } from '../support/shared-data.ts';
import { analyseSeedArticle } from './moscow-talks.test.ts';

/**
 * The seed article's numeric claims. Policy on other numbers: "three separate Foreign Ministry
 * releases" is a count of documents stated by the author, so it is a claim by the author; "Exodus
 * 17:14" is a verse reference and "a three-party format" a compound modifier, so neither is.
 */
describe.skipIf(!hasSeedArticle)('seed article: numeric claims', () => {
  const doc = hasSeedArticle ? analyseSeedArticle() : undefined;
  const claimAt = (phrase: string): Claim | undefined => doc!.claims.find((claim) => doc!.text.slice(claim.start, claim.end) === phrase);
  const sourceName = (claim: Claim | undefined): string | undefined => (claim?.source === 'author' ? 'author' : claim?.source.name);

  it('nine thousand: Zakharova, Russian passport holders who returned to Russia from Israel', () => {
    const claim = claimAt('nine thousand');
    expect(claim).toMatchObject({ value: 9000, qualifier: 'exact', hedged: false, counted: { text: 'Russian passport holders' }, predicate: 'returned to Russia from Israel' });
    expect(sourceName(claim)).toMatch(/Zakharova/);
  });

  it('at least fifteen: Zakharova, passport holders among the Hamas hostages killed in the IDF airstrikes', () => {
    const claim = claimAt('at least fifteen');
    expect(claim).toMatchObject({ value: 15, low: 15, qualifier: 'lower', hedged: false, counted: { text: 'Russian passport holders among the Hamas hostages' }, predicate: 'killed in the IDF airstrikes' });
    expect(sourceName(claim)).toMatch(/Zakharova/);
  });

  it('more than 6,000: the author, Palestinian prisoners (resolved from "of the latter")', () => {
    expect(claimAt('more than 6,000')).toMatchObject({ low: 6000, qualifier: 'lower', source: 'author', hedged: false, counted: { text: 'Palestinian prisoners in Israeli jails' } });
  });

  it('fewer than 200: the author, hedged by "may", hostages in Gaza', () => {
    expect(claimAt('fewer than 200')).toMatchObject({ high: 200, qualifier: 'upper', source: 'author', hedged: true, counted: { text: 'hostages in Gaza' } });
  });

  it('up to 50: the author, not hedged, killed by Israeli bombing (the hostages, by ellipsis)', () => {
    expect(claimAt('up to 50')).toMatchObject({ high: 50, qualifier: 'upper', source: 'author', hedged: false, counted: { text: 'hostages in Gaza' }, predicate: 'killed by Israeli bombing' });
  });

  it('counts the three Foreign Ministry releases as the author’s claim, and nothing from "Exodus 17:14" or "three-party"', () => {
    expect(claimAt('three')).toMatchObject({ value: 3, source: 'author', counted: { text: 'separate Foreign Ministry releases' } });
    const texts = doc!.claims.map((claim) => doc!.text.slice(claim.start, claim.end));
    expect(texts.some((text) => /17|14|party/.test(text))).toBe(false);
    expect(doc!.claims).toHaveLength(6);
  });

  it('resolves "on Thursday" and "October 26" to 2023-10-26', () => {
    const valueOf = (phrase: string) => doc!.times.find((time) => doc!.text.slice(time.start, time.end).endsWith(phrase))?.value;
    expect(valueOf('Thursday')).toBe('2023-10-26');
    expect(valueOf('October 26')).toBe('2023-10-26');
  });
});
