import { describe, expect, it } from 'vitest';
import type { Quote } from '../../doc/schema/quote.ts';
import { claimAt, sourceName } from './claims-test-support.ts';

function sourceOf(text: string, span: string, quotes: Quote[] = []): string {
  return sourceName(claimAt(text, span, { quotes }));
}

describe('whose claim a number is', () => {
  it('is the speaker of the quote or reported statement that holds it', () => {
    const text = 'Marsh said that 40 trucks crossed the border.';
    const quote: Quote = { id: 'q1', start: text.indexOf('40'), end: text.length - 1, kind: 'indirect', cue: { start: 6, end: 10 }, speaker: { entity: 'e1', name: 'Elena Marsh', start: 0, end: 5 } };
    expect(claimAt(text, '40', { quotes: [quote] }).source).toEqual({ entity: 'e1', name: 'Elena Marsh', quote: 'q1' });
  });

  it('is the subject of a reporting verb before the number ("the health ministry said")', () => {
    expect(sourceOf('The health ministry said 54 people had died in the outbreak.', '54')).toBe('health ministry');
    expect(sourceOf('The United Nations estimates that 800,000 people need food aid.', '800,000')).toBe('United Nations');
  });

  it('picks the name out of an apposition ("Ines Moreau, the agency’s director, said")', () => {
    expect(sourceOf('Ines Moreau, the agency’s director, said nearly 3,000 applications had been received.', 'nearly 3,000')).toBe('Ines Moreau');
    expect(sourceOf('A spokesman for the port, Jonas Keel, said 14 ships were waiting.', '14')).toBe('Jonas Keel');
  });

  it('is the tag after the clause (", the fire service said.", "said Dara Quill")', () => {
    expect(sourceOf('Two hundred people were treated, the fire service said.', 'Two hundred')).toBe('fire service');
    expect(sourceOf('“We have lost 43 colleagues,” said Dara Quill, head of the union.', '43')).toBe('Dara Quill');
  });

  it('is the body named by "according to"', () => {
    expect(sourceOf('According to the Red Crescent, 1,300 families have been displaced.', '1,300')).toBe('Red Crescent');
  });

  it('is the body behind figures ("data from the interior ministry show")', () => {
    expect(sourceOf('Data from the interior ministry show 3,400 asylum requests.', '3,400')).toBe('interior ministry');
  });

  it('follows "; and that" as the same report', () => {
    const text = 'The minister disclosed that 9,000 people have returned; and that at least 15 have been killed.';
    expect(sourceOf(text, 'at least 15')).toBe('minister');
  });

  it('takes "she" to be the person who opened an earlier sentence, when no coreference is known', () => {
    expect(sourceOf('Zakharova confirmed the talks. She has also disclosed that 9,000 people returned.', '9,000')).toBe('Zakharova');
  });

  it('is the author when the verb reports nothing ("rescuers found 40 survivors")', () => {
    expect(sourceOf('Rescuers found 40 survivors on Monday.', '40')).toBe('author');
    expect(sourceOf('The poll found that 38% of respondents distrust the courts.', '38%')).toBe('poll');
  });

  it('is the author for a number in the subject of a later report ("The charity, which runs 14 shelters, said")', () => {
    expect(sourceOf('The charity, which runs 14 shelters, said demand had risen by a quarter.', '14')).toBe('author');
    expect(sourceOf('The charity, which runs 14 shelters, said demand had risen by a quarter.', 'a quarter')).toBe('charity');
  });

  it('does not take a later clause with its own number as the tag ("…, while police counted about 18,000")', () => {
    expect(sourceOf('Organisers put the size of the crowd at 50,000, while police counted about 18,000.', '50,000')).toBe('Organisers');
    expect(sourceOf('Organisers put the size of the crowd at 50,000, while police counted about 18,000.', 'about 18,000')).toBe('police');
  });

  it('keeps an unresolved "he" as the source rather than the author', () => {
    expect(sourceOf('He said 300 soldiers had crossed the river.', '300')).toBe('He');
  });

  it('finds the tag after a later comma (", including two children, were killed, the governor said.")', () => {
    expect(sourceOf('Five people, including two children, were killed, the regional governor said.', 'Five')).toBe('regional governor');
  });

  it('takes a reporting word ending the sentence as the tag’s verb ("…, its director estimates.")', () => {
    expect(sourceOf('The strike has cost the port about 3 million dollars a day, its director estimates.', 'about 3 million dollars')).toBe('director');
  });

  it('reads "promised that" as a report but "pledged $2.5 billion" as an act', () => {
    expect(sourceOf('The minister promised that 500 new buses would be on the roads.', '500')).toBe('minister');
    expect(sourceOf('The government pledged $2.5 billion in aid.', '$2.5 billion')).toBe('author');
  });

  it('names a study, not its sample ("The survey of 1,000 adults found that 62% …")', () => {
    expect(sourceOf('The survey of 1,000 adults found that 62% trust the army.', '62%')).toBe('survey');
  });

  it('reads the body after "according to" to the end of the clause ("according to budget documents")', () => {
    expect(sourceOf('The government has spent $310 million on the dam, according to budget documents.', '$310 million')).toBe('budget documents');
  });

  it('takes a reported statement’s speaker when it names the sentence’s source more fully, with its entity', () => {
    const text = 'Zakharova said that 9,000 people had returned.';
    const quote: Quote = { id: 'q1', start: text.indexOf('9,000'), end: text.length - 1, kind: 'indirect', cue: { start: 10, end: 14 }, speaker: { entity: 'e1', name: 'Maria Zakharova', start: 0, end: 9 } };
    expect(claimAt(text, '9,000', { quotes: [quote] }).source).toEqual({ entity: 'e1', name: 'Maria Zakharova', quote: 'q1' });
  });

  it('keeps the sentence’s own source when a reported statement names a place inside it ("the ministry in Lume")', () => {
    const text = 'The defence ministry in Lume said 11 drones were shot down.';
    const quote: Quote = { id: 'q1', start: text.indexOf('11'), end: text.length - 1, kind: 'indirect', cue: { start: 29, end: 33 }, speaker: { entity: 'e1', name: 'Lume', start: 24, end: 28 } };
    expect(sourceName(claimAt(text, '11', { quotes: [quote] }))).toBe('defence ministry in Lume');
  });

  it('does not take a reported statement whose cue reports nothing ("The fund will support 80 projects")', () => {
    const text = 'The fund will support at most 80 projects.';
    const quote: Quote = { id: 'q1', start: text.indexOf('at most'), end: text.length - 1, kind: 'indirect', cue: { start: 14, end: 21 }, speaker: { entity: null, name: 'The fund', start: 0, end: 8 } };
    expect(claimAt(text, 'at most 80', { quotes: [quote] }).source).toBe('author');
  });
});
