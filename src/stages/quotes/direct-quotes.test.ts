import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('direct quotes', () => {
  it('attributes a quote in curly marks to the speaker named after it', () => {
    const { quotes } = readQuotes('“The harbour will reopen in June,” Mayor Ilse Varga said on Tuesday.');
    expect(quotes).toMatchObject([{ kind: 'direct', text: 'The harbour will reopen in June,', cue: 'said', speakerSpan: 'Mayor Ilse Varga' }]);
  });

  it('attributes a quote in straight marks introduced by a colon', () => {
    const { quotes } = readQuotes('Varga told the council: "We have the money for the new cranes."');
    expect(quotes).toMatchObject([{ kind: 'direct', text: 'We have the money for the new cranes.', cue: 'told', speakerSpan: 'Varga' }]);
  });

  it('attributes a quote in single marks', () => {
    const { quotes } = readQuotes('‘Nobody will lose a job at the docks,’ the harbour master, Piet Olmo, said.');
    expect(quotes[0]).toMatchObject({ text: 'Nobody will lose a job at the docks,', cue: 'said' });
    expect(quotes[0]!.speakerSpan).toContain('harbour master');
  });

  it('attributes a quote in guillemets', () => {
    const { quotes } = readQuotes('Olmo declared: «The strike is over and the ships can sail.»');
    expect(quotes).toMatchObject([{ kind: 'direct', text: 'The strike is over and the ships can sail.', cue: 'declared', speakerSpan: 'Olmo' }]);
  });

  it('gives both halves of a split quote the same speaker and cue', () => {
    const { quotes } = readQuotes('“Tarnow,” Varga said, “is able to handle twice the cargo it handles today.”');
    expect(quotes.map((quote) => [quote.text, quote.cue, quote.speakerSpan])).toEqual([
      ['Tarnow,', 'said', 'Varga'],
      ['is able to handle twice the cargo it handles today.', 'said', 'Varga'],
    ]);
  });

  it('attributes the inverted order: said the minister', () => {
    const { quotes } = readQuotes('“We expect no delays,” said the ports minister, Odile Brenner.');
    expect(quotes[0]).toMatchObject({ cue: 'said' });
    expect(quotes[0]!.speakerSpan).toContain('ports minister');
  });

  it('attributes a quote in two-apostrophe marks to the speaker after a long appositive', () => {
    const { quotes } = readQuotes("''The harbour will need another decade,'' Piet Olmo, a former adviser to the port board who now runs a shipping firm in Tarnow, said.");
    expect(quotes[0]).toMatchObject({ cue: 'said' });
    expect(quotes[0]!.speakerSpan).toContain('Piet Olmo');
  });

  it('attributes a quote to the speaker named after it with the cue first: “…,” said Olmo', () => {
    const { quotes } = readQuotes('“We will sail on Monday,” beamed Piet Olmo, who runs the ferry.');
    expect(quotes[0]).toMatchObject({ cue: 'beamed', speakerSpan: 'Piet Olmo' });
  });

  it('attributes a quote after a fronted cue: “Said Olmo, who runs the ferry, “…””', () => {
    const { quotes } = readQuotes('Said Piet Olmo, who has run the ferry for twenty years, “We were all so proud of the crews.”');
    expect(quotes[0]!.speakerSpan).toContain('Piet Olmo');
  });

  it('keeps a quote of several sentences whole', () => {
    const { quotes } = readQuotes('Varga said: “The cranes arrive in May. The crews are hired. Nothing is missing.” The council agreed.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('The cranes arrive in May. The crews are hired. Nothing is missing.');
  });

  it('runs a quote over paragraphs that open with a quotation mark and have no closing one', () => {
    const { quotes } = readQuotes('Varga said: “The cranes arrive in May.\n\n“The crews are hired and trained.”\n\nThe council agreed.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toContain('The crews are hired and trained.');
    expect(quotes[0]!.speakerSpan).toBe('Varga');
  });

  it('continues the speaker’s turn in a later quote of the same paragraph', () => {
    const { quotes } = readQuotes('“The cranes arrive in May,” Varga said. “The crews are hired and trained already.”');
    expect(quotes.map((quote) => quote.speakerSpan)).toEqual(['Varga', 'Varga']);
    expect(quotes[1]!.rule).toBe('quote-continues-turn');
  });

  it('continues the speaker’s turn in a quote paragraph that follows the speaker’s quote', () => {
    const { quotes } = readQuotes('“The cranes arrive in May,” Varga said.\n\n“The crews are hired and the berths are dredged.”\n\nThe council met on Friday.');
    expect(quotes.map((quote) => quote.speakerSpan)).toEqual(['Varga', 'Varga']);
  });

  it('takes the speaker from the sentence before when the quote opens the next sentence', () => {
    const { quotes } = readQuotes('At her briefing, Brenner dismissed the complaints. “Nobody at the ministry was warned about the storm.”');
    const quote = quotes.find((candidate) => candidate.kind === 'direct');
    expect(quote).toMatchObject({ speakerSpan: 'Brenner' });
  });

  it('attributes a quote introduced by “according to” and the document named', () => {
    const { quotes } = readQuotes('According to the ministry release, “the port of Tarnow reopens for all cargo on Monday.”');
    expect(quotes[0]).toMatchObject({ kind: 'direct', cue: 'According to', speakerSpan: 'the ministry' });
  });

  it('reads a quoted fragment right after the verb as mixed speech', () => {
    const { quotes } = readQuotes('In another letter, Olmo proposes “to boycott every shipper that breaks the strike.”');
    expect(quotes[0]).toMatchObject({ kind: 'mixed', cue: 'proposes', speakerSpan: 'Olmo', text: 'to boycott every shipper that breaks the strike.' });
  });

  it('does not let a cue later in the sentence claim a quoted fragment in the middle of it', () => {
    const { quotes } = readQuotes('Varga said the plan is “complex” and she feels the council will approve it.');
    expect(quotes.some((quote) => quote.text === 'complex')).toBe(false);
  });

  it('leaves the speaker null for a long quote nobody is named for', () => {
    const { quotes } = readQuotes('The council met on Friday.\n\n“Every ship that enters the harbour pays the same fee.”');
    expect(quotes).toMatchObject([{ speaker: null, cue: null }]);
  });

  it('does not let a stray closing mark swallow the rest of the article', () => {
    const text = 'Talks took place in Tarnow, and issues of cargo were also discussed.”\n\nThe ministry said nothing more on Friday about the talks.';
    const { quotes, doc } = readQuotes(text);
    expect(quotes.every((quote) => !quote.text.includes('issues of cargo'))).toBe(true);
    expect(doc.issues.map((issue) => issue.code)).toContain('STRAY_QUOTE_MARK');
  });

  it('flags an unbalanced opening mark and closes the quote at its paragraph end', () => {
    const { quotes, doc } = readQuotes('Varga said: “The cranes arrive in May and the crews are hired.\n\nThe council met on Friday to vote.');
    expect(quotes[0]!.text).toBe('The cranes arrive in May and the crews are hired.');
    expect(doc.issues.map((issue) => issue.code)).toContain('UNBALANCED_QUOTE');
  });
});
