import { describe, expect, it } from 'vitest';
import { COUNTRIES, eventsOf, triggerText } from './test-doc.ts';

const ENTITIES = [COUNTRIES.valdoria, COUNTRIES.ostrava, COUNTRIES.marenport, { name: 'Free Coast Movement', type: 'ORG', country: 'OSR', sector: 'REB' } as const, { name: 'Kestria', type: 'GPE', country: 'KST' } as const];

describe('event clusters and dates', () => {
  const text = [
    'Valdoria confirmed the start of the talks with the Free Coast Movement on Thursday.',
    'Valdoria held a meeting with a delegation of the Free Coast Movement in Marenport on Thursday.',
    'The Valdorian statement on the talks with the Free Coast Movement was brief.',
    'Valdoria also held talks with Kestria.',
  ].join(' ');
  const consults = () => eventsOf(text, ENTITIES, { published: '2024-03-09' }).filter((event) => event.type === 'CONSULT');

  it('groups three mentions of the same talks into one cluster', () => {
    const events = consults();
    const withMovement = events.filter((event) => [...event.actors, ...event.recipients].some((actor) => actor.name === 'Free Coast Movement'));
    expect(withMovement).toHaveLength(3);
    expect(new Set(withMovement.map((event) => event.cluster)).size).toBe(1);
  });

  it('keeps talks with another party in a cluster of their own', () => {
    const events = consults();
    const kestria = events.find((event) => event.recipients.some((actor) => actor.name === 'Kestria'))!;
    expect(events.filter((event) => event.cluster === kestria.cluster)).toHaveLength(1);
  });

  it('dates an event from a time expression in its sentence, else from the publication date, saying which', () => {
    const events = consults();
    expect(events[0]!.date).toMatchObject({ value: '2024-03-07', source: 'text' });
    const kestria = events.find((event) => event.recipients.some((actor) => actor.name === 'Kestria'))!;
    expect(kestria.date).toEqual({ value: '2024-03-09', source: 'article' });
  });

  it('lends every mention of a cluster the date and place another mention gives', () => {
    const third = consults().filter((event) => triggerText(text, event) === 'talks')[1]!;
    expect(third.date?.value).toBe('2024-03-07');
    expect(third.location?.name).toBe('Marenport');
  });

  it('leaves the date out when there is neither a time expression nor a publication date', () => {
    expect(eventsOf('Valdoria attacked Kestria.', ENTITIES)[0]!.date).toBeUndefined();
  });
});
