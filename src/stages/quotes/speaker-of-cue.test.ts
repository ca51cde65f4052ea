import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('speaker of a quotation cue', () => {
  it('reads the subject across a bracketed party-and-state tag', () => {
    const { quotes } = readQuotes('Senator Mara Quill (D-Ore.) said “We will not back down from this fight.”');
    expect(quotes).toMatchObject([{ cue: 'said', speakerSpan: 'Senator Mara Quill' }]);
  });

  it('takes the subject of the verb an infinitive of saying hangs on: went on to say', () => {
    const { quotes } = readQuotes('Mara Quill spoke in Dunmore on Friday. She went on to say: “Nobody will stop us now, believe me.”');
    expect(quotes[0]).toMatchObject({ cue: 'say', speakerSpan: 'She' });
    expect(quotes[0]!.speaker).toBe('Mara Quill');
  });

  it('takes the subject of the verb a gerund of saying hangs on: began by saying', () => {
    const { quotes } = readQuotes('Mara Quill spoke in Dunmore on Friday. Quill began by saying “the roads come first, then the schools.”');
    expect(quotes[0]).toMatchObject({ cue: 'saying', speakerSpan: 'Quill' });
  });

  it('gives a quotation after a colon to the subject of the clause before it, whatever its verb', () => {
    const { quotes } = readQuotes('Mara Quill spoke in Dunmore on Friday. Quill boomed: “Let us win this in November.”');
    expect(quotes).toMatchObject([{ kind: 'direct', cue: 'boomed', speakerSpan: 'Quill', rule: 'quote-after-colon-clause' }]);
  });

  it('does not make a speaker of "here" before a colon', () => {
    const { quotes } = readQuotes('Here is the full list of her demands: “More roads, more schools, more parks.”');
    expect(quotes.every((quote) => quote.speaker === null)).toBe(true);
  });

  it('gives a participle of saying after an object to the clause subject: emailed supporters saying', () => {
    const { quotes } = readQuotes('Mara Quill lost the vote. Quill emailed supporters saying: “The struggle goes on.”');
    expect(quotes).toMatchObject([{ cue: 'saying', speakerSpan: 'Quill' }]);
  });

  it('gives a participle after "a statement" to whoever issued it', () => {
    const { quotes } = readQuotes('Mara Quill lost the vote. Quill issued a statement Tuesday saying “I accept the result of the vote.”');
    expect(quotes).toMatchObject([{ cue: 'saying', speakerSpan: 'Quill' }]);
  });

  it('gives a participle after a comma to the subject of the sentence, not its opening place name', () => {
    const { quotes } = readQuotes('At the Tuesday debate in Dunmore, Quill compared herself to Varga, saying “I never took a cent from the mill owners.”');
    expect(quotes).toMatchObject([{ cue: 'saying', speakerSpan: 'Quill' }]);
  });

  it('still skips an appositive between a name and its verb', () => {
    const { quotes } = readQuotes('Anna Varga, director of the Dunmore Mill Trust, said “We will reopen in March.”');
    expect(quotes).toMatchObject([{ cue: 'said', speakerSpan: 'Anna Varga' }]);
  });
});

describe('speaker of a continued turn', () => {
  it('continues a turn into the next paragraph when the previous one ends on the sentence that named the speaker', () => {
    const text = '“There is a real shift in this valley, a shift nobody saw coming,” Marsh said in an interview with the Dunmore Ledger last year.\n\n“So I think there is resistance among many people to seeing their town change.”';
    const { quotes } = readQuotes(text);
    expect(quotes.map((quote) => [quote.speakerSpan, quote.rule])).toEqual([['Marsh', 'quote-cue-after'], ['Marsh', 'quote-continues-turn']]);
  });

  it('gives a verb after "but now" the subject of an earlier verb that hangs on "used to"', () => {
    const { quotes } = readQuotes('Councillor Abel Marsh used to back Quill, but now said Varga had “the chance and the duty to bring the town together.”');
    expect(quotes).toMatchObject([{ kind: 'mixed', cue: 'said', speakerSpan: 'Councillor Abel Marsh' }]);
  });
});

describe('quotations introduced by a name or a turn of phrase', () => {
  it('gives a quotation after "- Name:" to that name', () => {
    const { quotes } = readQuotes('Turnout matters more than polls - Jeffrey Olmo: “Our analysis of party affiliation shows a new map.”');
    expect(quotes).toMatchObject([{ kind: 'direct', cue: ':', speakerSpan: 'Jeffrey Olmo', rule: 'quote-after-colon-name' }]);
  });

  it('reads "As Varga put it:" and "as Brel put it," as cues', () => {
    const { quotes } = readQuotes('As Professor Anna Varga put it: “The town does a better job than most.” Or, as Tomas Brel put it, “The gate is open now.”');
    expect(quotes.map((quote) => [quote.cue, quote.speaker])).toEqual([['put it', 'Anna Varga'], ['put it', 'Tomas Brel']]);
  });

  it('does not report a clause after "put it" without a quotation', () => {
    const { quotes } = readQuotes('Tomas Brel said the harbour was safe. She put it on the table.');
    expect(quotes.map((quote) => quote.cue)).toEqual(['said']);
  });

  it('ties a quote after an introductory phrase to the cue after it', () => {
    const { quotes } = readQuotes('As for the new harbour tax, “I kind of write it off,” said Mr. Pike, who sold a ferry firm.');
    expect(quotes).toMatchObject([{ kind: 'direct', cue: 'said', rule: 'quote-cue-after' }]);
  });

  it('skips an age between a name and its verb', () => {
    const { quotes } = readQuotes('“People are angry about this,” Anton Kell, 66, said on Friday.');
    expect(quotes).toMatchObject([{ cue: 'said', speakerSpan: 'Anton Kell' }]);
  });
});
