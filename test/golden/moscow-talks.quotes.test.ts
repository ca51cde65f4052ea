import { describe, expect, it } from 'vitest';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import { hasSeedArticle } from '../support/shared-data.ts';
import { analyseSeedArticle } from './moscow-talks.test.ts';

/** Expectations of the quotes layer on the seed article (read from ../shared at run time, never copied). */
describe.skipIf(!hasSeedArticle)('seed article: who said what', () => {
  const doc: DocumentOutput = hasSeedArticle ? analyseSeedArticle() : (undefined as never);
  const textOf = (span: { start: number; end: number }) => doc.text.slice(span.start, span.end);
  const quoteStarting = (words: string) => doc.quotes.find((quote) => textOf(quote).startsWith(words));
  const speakerOf = (words: string) => quoteStarting(words)?.speaker?.name;

  it('gives Zakharova the quote she confirms after “She said:”', () => {
    expect(speakerOf('I can also say and confirm')).toMatch(/Zakharova/);
  });

  it('gives Zakharova both quotes of her briefing, the second in its own paragraph', () => {
    expect(speakerOf('We do not consider')).toMatch(/Zakharova/);
    expect(speakerOf('Of course, no air defence systems')).toMatch(/Zakharova/);
  });

  it('gives Badran both halves of the split quote, with one cue', () => {
    const first = quoteStarting('Russia,');
    const second = quoteStarting('is able to play');
    expect(first?.speaker?.name).toMatch(/Badran/);
    expect(second?.speaker?.name).toMatch(/Badran/);
    expect(first?.cue).toEqual(second?.cue);
  });

  it('gives Bogdanov both quotes of his communiqué', () => {
    expect(speakerOf('The need for the cessation of hostilities')).toMatch(/Bogdanov/);
    expect(speakerOf('It was stated that Moscow and Tehran')).toMatch(/Bogdanov/);
  });

  it('reads “She has also disclosed that …” as Zakharova’s indirect statement holding the 9,000 and at least fifteen', () => {
    const disclosed = doc.quotes.find((quote) => quote.cue && textOf(quote.cue) === 'disclosed');
    expect(disclosed).toMatchObject({ kind: 'indirect' });
    expect(disclosed!.speaker?.name).toMatch(/Zakharova/);
    expect(textOf(disclosed!)).toContain('nine thousand');
    expect(textOf(disclosed!)).toContain('at least fifteen');
  });

  it('makes no quote of the scare quotes and tags them as quoted terms', () => {
    for (const term of ['blood diamonds', 'greater role', 'non-military', 'military hostages']) {
      expect(doc.quotes.some((quote) => textOf(quote) === term), term).toBe(false);
      expect(doc.quotedTerms.some((quotedTerm) => textOf(quotedTerm) === term), term).toBe(true);
    }
  });

  it('does not let the unbalanced closing mark after “…were also discussed.” swallow the rest of the article', () => {
    const afterStrayMark = doc.text.indexOf('At the same time on Thursday');
    const strayMark = doc.text.lastIndexOf('were also discussed.”', afterStrayMark);
    expect(strayMark).toBeGreaterThan(0);
    expect(doc.quotes.some((quote) => quote.start < afterStrayMark && quote.end > afterStrayMark)).toBe(false);
    expect(doc.quotes.some((quote) => quote.start <= strayMark && quote.end > strayMark + 20)).toBe(false);
    expect(doc.issues.some((issue) => issue.code === 'STRAY_QUOTE_MARK')).toBe(true);
  });

  it('keeps Rapaport’s scripture quote nested in his quote, with its own speaker', () => {
    const nested = quoteStarting('I will utterly blot out');
    expect(nested?.parent).toBeDefined();
    expect(nested?.speaker?.name).toMatch(/G-d/);
    expect(nested?.reportedBy?.name).toMatch(/Rapaport/);
  });

  it('reads the Kremlin’s and the Foreign Ministry’s releases as their statements', () => {
    expect(speakerOf('the presidents reviewed')).toMatch(/Kremlin/);
    expect(speakerOf('Russia has discussed release of hostages')).toMatch(/Sputnik/);
  });
});
