import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('cues', () => {
  it('does not read a verb of the lexicon as a cue when it is a noun after an adjective: "the new plan"', () => {
    const { quotes } = readQuotes('Ada Reed said that she had not seen the new plan for the ferry.');
    expect(quotes).toMatchObject([{ cue: 'said', text: 'she had not seen the new plan for the ferry' }]);
  });
});
