import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('nested quotes', () => {
  it('attributes a quote inside a quote at both levels: its own speaker, and the outer quote as parent', () => {
    const { quotes } = readQuotes('Olmo also cites the old charter. “In the words of the founders (Charter 4:2): ‘Every harbour shall stay open to every boat.’ Let those words guide us.”');
    const inner = quotes.find((quote) => quote.text.startsWith('Every harbour'));
    const outer = quotes.find((quote) => quote.text.startsWith('In the words'));
    expect(outer).toMatchObject({ speakerSpan: 'Olmo' });
    expect(inner).toMatchObject({ parent: outer!.id, speakerSpan: 'the founders', reportedBy: 'Olmo' });
  });

  it('gives an impersonal statement inside a quoted communiqué to the communiqué’s issuer', () => {
    const { quotes } = readQuotes('“The talks were useful,” Brenner’s communiqué said. “It was stated that Velmar and Tarnow will keep the ferry running.”');
    const impersonal = quotes.find((quote) => quote.cue === 'was stated');
    expect(impersonal).toMatchObject({ kind: 'indirect', speaker: 'Brenner', text: 'Velmar and Tarnow will keep the ferry running' });
    expect(impersonal!.parent).toBeDefined();
  });

  it('reads a short quoted phrase inside a quote as a quoted term, not a quote', () => {
    const { quotes, terms } = readQuotes('“There is a clear ‘road map’ for the harbour and we will follow it,” Varga said.');
    expect(quotes).toHaveLength(1);
    expect(terms).toContain('road map');
  });
});
