import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.ts';

function words(text: string): string[] {
  return tokenize(text).map((token) => text.slice(token.start, token.end));
}

function kinds(text: string): string[] {
  return tokenize(text).map((token) => `${text.slice(token.start, token.end)}:${token.kind}`);
}

describe('tokenize', () => {
  it('splits possessives and negations the way the Penn Treebank does', () => {
    expect(words('Marzouq’s aides don\'t talk.')).toEqual(['Marzouq', '’s', 'aides', 'do', 'n\'t', 'talk', '.']);
    expect(words('They can’t and won\'t; n\'t alone')).toEqual(['They', 'ca', 'n’t', 'and', 'wo', 'n\'t', ';', 'n\'t', 'alone']);
    expect(words('we\'re sure they\'ll go, I\'m told')).toEqual(['we', '\'re', 'sure', 'they', '\'ll', 'go', ',', 'I', '\'m', 'told']);
  });

  it('keeps numbers with separators, initialisms and hyphenated words whole', () => {
    expect(words('U.S. sent 9,000 troops, 1.2 million two-state 17:14')).toEqual([
      'U.S.', 'sent', '9,000', 'troops', ',', '1.2', 'million', 'two-state', '17:14',
    ]);
  });

  it('reads ordinals and decades as numbers, and digits glued to letters as words', () => {
    expect(kinds('the 2nd vote in the 1990s, 5kg')).toEqual(['the:word', '2nd:number', 'vote:word', 'in:word', 'the:word', '1990s:number', ',:punct', '5kg:word']);
  });

  it('reads a decimal written without its zero as one number', () => {
    expect(words('It cost $.75 and .5 more')).toEqual(['It', 'cost', '$', '.75', 'and', '.5', 'more']);
  });

  it('keeps the period of a title abbreviation and of an initial', () => {
    expect(words('Gen. Martin J. Blake left.')).toEqual(['Gen.', 'Martin', 'J.', 'Blake', 'left', '.']);
  });

  it('keeps degree abbreviations such as Ph.D. whole', () => {
    expect(words('She holds a Ph.D. and a B.Sc. from Lund.')).toEqual(['She', 'holds', 'a', 'Ph.D.', 'and', 'a', 'B.Sc.', 'from', 'Lund', '.']);
  });

  it('matches abbreviations in their written case, so ordinary words keep their full stop', () => {
    expect(words('The sun. Then Sun. 5 and Co. or co.')).toEqual(['The', 'sun', '.', 'Then', 'Sun.', '5', 'and', 'Co.', 'or', 'co.']);
  });

  it('keeps the period of "No." and "p." only before a number', () => {
    expect(words('See No. 12 on p. 4. The answer was no.')).toEqual(['See', 'No.', '12', 'on', 'p.', '4', '.', 'The', 'answer', 'was', 'no', '.']);
    expect(words('Room N°. 7')).toEqual(['Room', 'N°.', '7']);
  });

  it('separates quotation marks from the words they enclose', () => {
    expect(words('“Russia,” Badran said, ‘road map’')).toEqual(['“', 'Russia', ',', '”', 'Badran', 'said', ',', '‘', 'road', 'map', '’']);
  });

  it('keeps web addresses, domains and e-mail addresses whole, without trailing punctuation', () => {
    expect(words('See https://example.org/a?b=1. Rapaport.com news')).toEqual(['See', 'https://example.org/a?b=1', '.', 'Rapaport.com', 'news']);
    expect(kinds('Write to desk.news@example.co.uk.')).toEqual(['Write:word', 'to:word', 'desk.news@example.co.uk:url', '.:punct']);
  });

  it('keeps names with apostrophes, ampersands and hyphens whole', () => {
    expect(words('O\'Brien of AT&T and Smith-Jones')).toEqual(['O\'Brien', 'of', 'AT&T', 'and', 'Smith-Jones']);
  });

  it('reads runs of dots and dashes as one mark, and full-width stops as punctuation', () => {
    expect(kinds('Wait... no -- yes — fine．')).toEqual(['Wait:word', '...:punct', 'no:word', '--:punct', 'yes:word', '—:punct', 'fine:word', '．:punct']);
  });

  it('keeps astral characters whole', () => {
    const text = 'Deal 😀 done 𝐀𝐁';
    expect(words(text)).toEqual(['Deal', '😀', 'done', '𝐀𝐁']);
  });

  it('returns offsets that slice back to each token', () => {
    const text = 'Zakharova said: “We will inform you…”\n\nNext.';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end).trim()).toBe(text.slice(token.start, token.end));
      expect(token.end).toBeGreaterThan(token.start);
    }
  });
});
