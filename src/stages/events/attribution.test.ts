import { describe, expect, it } from 'vitest';
import type { Quote } from '../../doc/schema/quote.ts';
import { COUNTRIES, eventsOf, triggerText, type TestEntity } from './test-doc.ts';

const ENTITIES: TestEntity[] = [COUNTRIES.valdoria, COUNTRIES.ostrava, { name: 'Nora Vell', type: 'PERSON', country: 'VDR', sector: 'GOV', aliases: ['Vell'] }];

function quoteOf(text: string, content: string, cue: string, speaker: string): Quote {
  const start = text.indexOf(content);
  const cueStart = text.indexOf(cue);
  return {
    id: 'q1', start, end: start + content.length, kind: 'direct', cue: { start: cueStart, end: cueStart + cue.length },
    speaker: { entity: 'e3', name: 'Nora Vell', start: text.indexOf(speaker), end: text.indexOf(speaker) + speaker.length },
  };
}

describe('attribution', () => {
  const text = 'Nora Vell said: “The Ostrava Republic attacked our border posts.”';
  const quotes = () => [quoteOf(text, 'The Ostrava Republic attacked our border posts.', 'said', 'Nora Vell')];

  it('attributes an event inside a quote to its speaker, as reported', () => {
    const attack = eventsOf(text, ENTITIES, { quotes }).find((event) => event.type === 'ASSAULT');
    expect(attack).toMatchObject({ reported: true, attributedTo: { entity: 'e3', name: 'Nora Vell', quote: 'q1' }, quote: 'q1' });
  });

  it('makes the quotation a STATEMENT by its speaker, in the author\'s voice, linked to the quote', () => {
    const statement = eventsOf(text, ENTITIES, { quotes }).find((event) => event.type === 'STATEMENT');
    expect(statement).toMatchObject({ cameo: '010', reported: false, attributedTo: 'author', quote: 'q1' });
    expect(triggerText(text, statement!)).toBe('said');
    expect(statement!.actors.map((actor) => actor.name)).toEqual(['Nora Vell']);
  });

  it('attributes the complement of a verb of saying to its speaker when no quote was found', () => {
    const plain = 'Nora Vell said the Ostrava Republic attacked border posts.';
    const attack = eventsOf(plain, ENTITIES).find((event) => event.type === 'ASSAULT');
    expect(attack).toMatchObject({ reported: true, attributedTo: { name: 'Nora Vell' } });
  });

  it('attributes a clause to a trailing source: "..., Vell said"', () => {
    const plain = 'The Ostrava Republic attacked border posts, Vell said.';
    const attack = eventsOf(plain, ENTITIES).find((event) => event.type === 'ASSAULT');
    expect(attack).toMatchObject({ reported: true, attributedTo: { name: 'Nora Vell' } });
  });

  it('leaves an event the author reports in the author\'s voice', () => {
    const attack = eventsOf('The Ostrava Republic attacked border posts.', ENTITIES).find((event) => event.type === 'ASSAULT');
    expect(attack).toMatchObject({ reported: false, attributedTo: 'author' });
  });

  it('creates a STATEMENT for a quote whose cue no lexicon pattern knows, carrying its speaker', () => {
    const odd = 'Nora Vell quipped: “Nothing will change.”';
    const quote: Quote = { ...quoteOf(odd, 'Nothing will change.', 'quipped', 'Nora Vell') };
    const statements = eventsOf(odd, ENTITIES, { quotes: () => [quote] }).filter((event) => event.type === 'STATEMENT');
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ rule: 'quote-cue', quote: 'q1' });
  });
});
