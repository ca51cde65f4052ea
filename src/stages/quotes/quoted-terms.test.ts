import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('quoted terms', () => {
  it('tags scare quotes as quoted terms, not quotes', () => {
    const { quotes, terms } = readQuotes('The catch is to be labelled “storm fish” because of the closures, and the “storm” label may stick.');
    expect(quotes).toEqual([]);
    expect(terms).toEqual(['storm fish', 'storm']);
  });

  it('tags a short quoted phrase in a sentence with no cue as a quoted term', () => {
    const { quotes, terms } = readQuotes('What the union means by “fair share” for the crews has not been disclosed publicly yet.');
    expect(quotes).toEqual([]);
    expect(terms).toEqual(['fair share']);
  });

  it('tags a Title Case phrase as a title', () => {
    const { doc, terms } = readQuotes('Her book “The Long Harbour Road” came out in Tarnow last spring.');
    expect(terms).toEqual(['The Long Harbour Road']);
    expect(doc.quotedTerms[0]!.kind).toBe('title');
  });

  it('tags a long quoted title with nobody named for it as a title, not an unattributed quotation', () => {
    const { doc, quotes, terms } = readQuotes('The museum shop sells “Dunmore Rising: How a Harbour Town Remade Its Future,” a history of the port.\n\n“The harbour will open again next spring, and the town is ready for it.”');
    expect(terms).toEqual(['Dunmore Rising: How a Harbour Town Remade Its Future,']);
    expect(doc.quotedTerms[0]!.kind).toBe('title');
    expect(quotes.map((quote) => quote.text)).toEqual(['The harbour will open again next spring, and the town is ready for it.']);
  });

  it('keeps a scare-quoted word inside reported speech as a term, and the statement indirect', () => {
    const { quotes, terms } = readQuotes('It is known that the union will free the “non-union” crews through the Velmar consulate.');
    expect(quotes[0]!.kind).toBe('indirect');
    expect(terms).toContain('non-union');
  });
});
