import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('speaker resolution', () => {
  it('resolves a pronoun to the speaker of the turn before', () => {
    const { quotes } = readQuotes('Varga confirmed the closure on Monday. She said: “The berths will be dredged before the winter.”');
    expect(quotes.find((quote) => quote.kind === 'direct')).toMatchObject({ speakerSpan: 'She', speaker: 'Varga' });
  });

  it('resolves a surname to the entity of the full name', () => {
    const { quotes } = readQuotes('President Ana Rocha visited the docks on Monday. “The port is safe,” Rocha said.');
    expect(quotes[0]).toMatchObject({ speakerSpan: 'Rocha', entity: 'Ana Rocha' });
  });

  it('resolves a possessive document to its owner: “Bogdanov’s communiqué said” speaks for the owner', () => {
    const { quotes } = readQuotes('“The need for calm was confirmed,” Brenner’s communiqué said.');
    expect(quotes[0]).toMatchObject({ speakerSpan: 'Brenner', speaker: 'Brenner' });
  });

  it('resolves an organisation’s statement to the organisation', () => {
    const { quotes } = readQuotes('The Velmar Foreign Ministry statement said the ferry talks would resume in June.');
    expect(quotes[0]!.speakerSpan).toBe('The Velmar Foreign Ministry');
  });

  it('resolves a title to the person introduced with it: “the spokeswoman”', () => {
    const { quotes } = readQuotes('Ministry spokeswoman Maria Tessaro spoke on Monday. The ferry will run again in May, the spokeswoman said.');
    expect(quotes.find((quote) => quote.cue === 'said')).toMatchObject({ speakerSpan: 'the spokeswoman', entity: 'Maria Tessaro' });
  });

  it('keeps an unnamed source as its own words with no entity: “officials said”', () => {
    const { quotes } = readQuotes('Officials said the bridge would close for a month.');
    expect(quotes[0]).toMatchObject({ speaker: 'Officials', entity: null });
  });
});
