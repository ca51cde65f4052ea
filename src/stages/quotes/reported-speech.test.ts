import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../../test/support/quotes.ts';

describe('reported speech', () => {
  it('reports the clause after “has disclosed that” as the speaker’s indirect statement', () => {
    const { quotes } = readQuotes('Brenner spoke on Friday. She has also disclosed that since the storm began, 400 boats have left Tarnow; and that at least twelve crews are missing.');
    const quote = quotes.find((candidate) => candidate.cue === 'disclosed');
    expect(quote).toMatchObject({ kind: 'indirect', speakerSpan: 'She' });
    expect(quote!.text).toContain('400 boats');
    expect(quote!.text).toContain('at least twelve crews');
  });

  it('reports the object of a noun of stance with a light verb: “voiced support for”', () => {
    const { quotes } = readQuotes('At the harbour meeting, Velin voiced support for the new ferry levy.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'support', speakerSpan: 'Velin', text: 'the new ferry levy' }]);
  });

  it('reports the infinitive after a possessed noun of saying: “Orlan’s call to close the port”', () => {
    const { quotes } = readQuotes('Mayor Orlan’s call to close the old port to cargo ships was rejected by the council.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'call', text: 'to close the old port to cargo ships' }]);
    expect(quotes[0]!.speakerSpan).toContain('Orlan');
  });

  it('gives a noun of stance in apposition to the name it describes: “Graham, a longtime backer of …”', () => {
    const { quotes } = readQuotes('Ilse Graham, a longtime backer of the harbour levy, arrived in Dunmore on Friday.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'backer', text: 'the harbour levy' }]);
    expect(quotes[0]!.speakerSpan).toContain('Graham');
  });

  it('leaves a noun of stance inside another statement to that statement: “said … have close positions on …”', () => {
    const { quotes } = readQuotes('Velin said that both towns have close positions on the ferry routes.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'said', text: 'both towns have close positions on the ferry routes' }]);
  });

  it('reports a mixed statement that opens with a short quotation and ends with its attribution', () => {
    const { quotes } = readQuotes('“I held and hugged” the families before laying flowers at the harbour memorial, Velin said.');
    expect(quotes).toMatchObject([{ kind: 'mixed', cue: 'said', speakerSpan: 'Velin' }]);
    expect(quotes[0]!.text).toContain('harbour memorial');
  });

  it('reports the objects of verbs of stance and announcement from the lexicon: “offered”, “unveiled”, “branded”', () => {
    const { quotes } = readQuotes('Velin has offered her support to the dock workers. Orlan unveiled a plan to rebuild the pier. Tarsk branded the levy a tax on fishermen.');
    expect(quotes).toMatchObject([
      { kind: 'indirect', cue: 'offered', speakerSpan: 'Velin', text: 'her support to the dock workers' },
      { kind: 'indirect', cue: 'unveiled', speakerSpan: 'Orlan', text: 'a plan to rebuild the pier' },
      { kind: 'indirect', cue: 'branded', speakerSpan: 'Tarsk', text: 'the levy a tax on fishermen' },
    ]);
  });

  it('reads “saw … as” as a view and “struck down” as a phrasal verb of stance', () => {
    const { quotes } = readQuotes('Many voters saw the levy as a tax on fishermen. The judge struck down the harbour ordinance.');
    expect(quotes).toMatchObject([
      { kind: 'indirect', cue: 'saw', speakerSpan: 'Many voters', text: 'the levy as a tax on fishermen' },
      { kind: 'indirect', cue: 'struck down', speakerSpan: 'The judge', text: 'the harbour ordinance' },
    ]);
  });

  it('skips the person addressed: “told reporters that”', () => {
    const { quotes } = readQuotes('Olmo told reporters that the strike would end before the harvest.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'told', speakerSpan: 'Olmo', text: 'the strike would end before the harvest' }]);
  });

  it('reports the content before a closing attribution: “…, the statement said”', () => {
    const { quotes } = readQuotes('The berths will be dredged before the winter storms, the statement said.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'said', speakerSpan: 'the statement', text: 'The berths will be dredged before the winter storms' }]);
  });

  it('reports the content after “According to the release,” with the release’s owner as speaker', () => {
    const { quotes } = readQuotes('According to the Velmar release, the two ministers discussed the ferry routes.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'According to', text: 'the two ministers discussed the ferry routes' }]);
    expect(quotes[0]!.speakerSpan).toContain('Velmar');
  });

  it('reports an impersonal passive with no speaker: “it was emphasised that”', () => {
    const { quotes } = readQuotes('It was emphasised that Velmar and Tarnow have close positions on the ferry routes.');
    expect(quotes).toMatchObject([{ kind: 'indirect', cue: 'was emphasised', speaker: null, text: 'Velmar and Tarnow have close positions on the ferry routes' }]);
  });

  it('reports “it is known that” with no speaker', () => {
    const { quotes } = readQuotes('It is known that the union is willing to negotiate the release of the impounded trawlers.');
    expect(quotes[0]).toMatchObject({ kind: 'indirect', cue: 'is known', speaker: null });
  });

  it('gives an impersonal statement to the issuing body the sentence names', () => {
    const { quotes } = readQuotes('At the Velmar Ministry it has been announced that the ferry will run twice a day.');
    expect(quotes[0]).toMatchObject({ cue: 'has been announced', text: 'the ferry will run twice a day' });
    expect(quotes[0]!.speakerSpan).toContain('Velmar Ministry');
  });

  it('keeps a chain: “According to X, the ministry said …” is the ministry’s statement reported by X', () => {
    const { quotes } = readQuotes('According to the Tarnow Herald, the ministry said the ferry would resume on Monday.');
    expect(quotes).toMatchObject([{ cue: 'said', speakerSpan: 'the ministry', text: 'the ferry would resume on Monday' }]);
    expect(quotes[0]!.reportedBy).toMatch(/Tarnow Herald/);
  });

  it('keeps a chain through a reporting verb: “The Herald reported that officials said …”', () => {
    const { quotes } = readQuotes('The Herald reported that officials said the bridge would close for a month.');
    expect(quotes).toMatchObject([{ speakerSpan: 'officials', text: 'the bridge would close for a month' }]);
    expect(quotes[0]!.reportedBy).toMatch(/Herald/);
  });

  it('reads a quotation inside reported speech as mixed speech', () => {
    const { quotes } = readQuotes('Varga said the council’s ruling “will force every shipper to pay twice for the same berth.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'mixed', cue: 'said', speakerSpan: 'Varga' });
    expect(quotes[0]!.text).toContain('the council’s ruling');
  });

  it('splits a content at a new statement: “…, adding that …” is a second statement by the same speaker', () => {
    const { quotes } = readQuotes('Olmo said the strike would end soon, adding that the crews had been paid in full.');
    expect(quotes.map((quote) => [quote.cue, quote.text])).toEqual([
      ['said', 'the strike would end soon'],
      ['adding', 'the crews had been paid in full'],
    ]);
    expect(quotes[1]!.speakerSpan).toBe('Olmo');
  });

  it('gives a coordinated verb of saying the subject of its clause', () => {
    const { quotes } = readQuotes('Olmo posted a photograph of the pier and said the crews had been sent home.');
    expect(quotes.find((quote) => quote.text === 'the crews had been sent home')).toMatchObject({ speakerSpan: 'Olmo' });
  });

  it('reads a relative clause of saying as its antecedent’s statement, ending at its comma', () => {
    const { quotes } = readQuotes('Varga, who said she votes for the harbour party, said the cranes would arrive in May.');
    expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['Varga', 'she votes for the harbour party'],
      ['Varga', 'the cranes would arrive in May'],
    ]);
  });

  it('splits a statement around its attribution: “The port, Varga said, will reopen in June”', () => {
    const { quotes } = readQuotes('The old port on the river, Varga said, will reopen to cargo in June.');
    expect(quotes.map((quote) => quote.text)).toEqual(['The old port on the river', 'will reopen to cargo in June']);
  });

  it('reports a noun of saying with its clause: “Olmo’s assertion that …”', () => {
    const { quotes } = readQuotes('The union disputed Olmo’s assertion that the pier was safe.');
    expect(quotes.find((quote) => quote.cue === 'assertion')).toMatchObject({ speakerSpan: 'Olmo', text: 'the pier was safe' });
  });

  it('does not read nouns that look like verbs of saying as cues: “the talks”, “state media”', () => {
    const { quotes } = readQuotes('The talks with the union continued. State media in Velmar covered the meeting at length.');
    expect(quotes).toEqual([]);
  });

  it('does not report an infinitive of saying: “declined to say”', () => {
    const { quotes } = readQuotes('Olmo declined to say whether the crews would return.');
    expect(quotes.every((quote) => quote.cue !== 'say')).toBe(true);
  });
});
