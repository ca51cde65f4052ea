import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('subjects of reported speech', () => {
  it('skips a participle aside between the speaker and the verb: "clad in …", "wearing …"', () => {
    const { quotes } = readQuotes('Delegate Mary Susan, clad in a red cape with blinking lights, said the convention could fail in June.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'said', speakerSpan: 'Delegate Mary Susan', text: 'the convention could fail in June' }]);
  });

  it('skips an aside between dashes', () => {
    const { quotes } = readQuotes('Organisers in both valleys — Dunmore and Tarnow — said it is important to win early.');
    expect(quotes[0]).toMatchObject({ cue: 'said', text: 'it is important to win early' });
    expect(quotes[0]!.speakerSpan).toContain('valleys');
  });

  it('skips a bracketed party tag followed by a comma', () => {
    const { quotes } = readQuotes('Sen. Ada Reed (D-Vt.), said that she had not seen the ferry timetable.');
    expect(quotes[0]).toMatchObject({ cue: 'said', text: 'she had not seen the ferry timetable' });
    expect(quotes[0]!.speakerSpan).toContain('Ada Reed');
  });

  it('reads poll shares as speakers: "Two in three said", "nearly three in five said"', () => {
    const { quotes } = readQuotes('Two in three said they are less likely to vote for the mayor, and nearly three in five said they are much less likely.');
    expect(quotes.map((quote) => quote.speakerSpan)).toEqual(['Two in three', 'nearly three in five']);
  });

  it('reports an inverted attribution after a closing mark with the comma inside it', () => {
    const { quotes } = readQuotes('The old law was “too rigid and too slow,” said Tomas Brel, a professor of law at Dunmore College.');
    expect(quotes).toMatchObject([{ kind: 'mixed', cue: 'said', speaker: 'Tomas Brel', text: 'The old law was “too rigid and too slow,”' }]);
  });
});

describe('contents of verbs of stance', () => {
  it('takes a name alone as the content of a verb of stance: "supports Varga"', () => {
    const { quotes } = readQuotes('Mara Quill endorsed Varga.');
    expect(quotes).toMatchObject([{ cue: 'endorsed', speakerSpan: 'Mara Quill', text: 'Varga' }]);
  });

  it('leaves the writer’s dating off an object: "endorsed Anna Varga on Tuesday"', () => {
    const { quotes } = readQuotes('Mara Quill endorsed Anna Varga on Tuesday.');
    expect(quotes).toMatchObject([{ cue: 'endorsed', text: 'Anna Varga' }]);
  });

  it('keeps a time that belongs to the reported clause: "said the mill would reopen next year"', () => {
    const { quotes } = readQuotes('Quill said the mill would reopen next year.');
    expect(quotes).toMatchObject([{ cue: 'said', text: 'the mill would reopen next year' }]);
  });
});

describe('where a reported content ends', () => {
  it('keeps a verb of thinking inside the content: "says the vote is close and he feels he can win"', () => {
    const { quotes } = readQuotes('Tomas Brel says the vote is close and he feels he can win the port district.');
    expect(quotes).toMatchObject([{ cue: 'says', speakerSpan: 'Tomas Brel', text: 'the vote is close and he feels he can win the port district' }]);
  });

  it('still reports a second verb of saying on its own: "said … and Varga told …"', () => {
    const { quotes } = readQuotes('Brel said the vote was close, and Varga told reporters that she would concede.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said', 'told']);
  });
});

describe('inversions and long introductions', () => {
  it('reads the subject across a party tag and a relative aside, and the content after "in a statement that"', () => {
    const { quotes } = readQuotes('Rep. Zoe Larkin (D-Calif.), who introduced a bill this month aimed at improving the harbour, said in a statement that the port must stay open.');
    expect(quotes).toMatchObject([{ cue: 'said', text: 'the port must stay open' }]);
    expect(quotes[0]!.speakerSpan).toContain('Zoe Larkin');
  });

  it('finds "that" after a long adjunct of time and place', () => {
    const { quotes } = readQuotes('Quill said Thursday during a taping of a town hall in Dunmore, Ohio, that taxes would fall.');
    expect(quotes).toMatchObject([{ cue: 'said', speakerSpan: 'Quill', text: 'taxes would fall' }]);
  });

  it('does not read "said in a statement" or "said he would" as an inversion', () => {
    const text = 'Anna Varga, whose schooling at the Dunmore Academy of Arts was paid for by the town council because she won the regional piano contest twice in a row, said she would like to see more scholarships.';
    const { quotes } = readQuotes(text);
    expect(quotes.every((quote) => !quote.text.includes('schooling'))).toBe(true);
  });
});
