import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('cues', () => {
  it('does not read a verb of the lexicon as a cue when it is a noun after an adjective: "the new plan"', () => {
    const { quotes } = readQuotes('Ada Reed said that she had not seen the new plan for the ferry.');
    expect(quotes).toMatchObject([{ cue: 'said', text: 'she had not seen the new plan for the ferry' }]);
  });
});

describe('show', () => {
  it('reads "show" after a singular noun as the programme, not a cue', () => {
    const { quotes } = readQuotes('Speaking on the radio show Harbour Hour last week, Quill said the ferry would run all winter.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said']);
  });

  it('keeps "polls show" as a cue', () => {
    const { quotes } = readQuotes('Recent polls show that Quill leads in the port district.');
    expect(quotes).toMatchObject([{ cue: 'show', text: 'Quill leads in the port district' }]);
  });
});
