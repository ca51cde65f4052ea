import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('colon statements', () => {
  it('reads a headline “Name: statement” as the name’s statement', () => {
    const { quotes } = readQuotes('Varga: Tarnow Port Will Reopen Before The Winter\n\nThe mayor spoke on Monday.');
    expect(quotes[0]).toMatchObject({ cue: ':', speakerSpan: 'Varga', text: 'Tarnow Port Will Reopen Before The Winter' });
  });

  it('does not read a page label as a speaker: “Update: …”', () => {
    const { quotes } = readQuotes('Update: The ferry schedule was changed on Friday afternoon.');
    expect(quotes).toEqual([]);
  });
});
