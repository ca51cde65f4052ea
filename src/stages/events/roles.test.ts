import { describe, expect, it } from 'vitest';
import { COUNTRIES, eventsOf, triggerText, type TestEntity } from './test-doc.ts';

const PEOPLE: TestEntity[] = [
  { name: 'Kestria', type: 'GPE', country: 'KST' },
  COUNTRIES.valdoria, COUNTRIES.ostrava, COUNTRIES.valdorian, COUNTRIES.ostravan, COUNTRIES.marenport,
  { name: 'Lena Marsh', type: 'PERSON', country: 'VDR', sector: 'GOV', aliases: ['Marsh'] },
  { name: 'Tomas Brel', type: 'PERSON', country: 'OSR', sector: 'GOV', aliases: ['Brel'] },
  { name: 'Ida Korn', type: 'PERSON', country: 'OSR', sector: 'GOV' },
  { name: 'Red Hand Front', type: 'ORG', country: 'OSR', sector: 'REB' },
];

function eventAt(text: string, trigger: string) {
  const event = eventsOf(text, PEOPLE).find((candidate) => triggerText(text, candidate) === trigger);
  expect(event, `no event on "${trigger}"`).toBeDefined();
  return event!;
}

const names = (actors: readonly { name: string }[]) => actors.map((actor) => actor.name);

describe('actors and recipients', () => {
  it('take the subject as actor and the object as recipient', () => {
    const event = eventAt('Valdoria attacked the Ostrava Republic on Tuesday.', 'attacked');
    expect(names(event.actors)).toEqual(['Valdoria']);
    expect(names(event.recipients)).toEqual(['Ostrava Republic']);
  });

  it('make coordinated subjects one event with two actors, not two dyads', () => {
    const events = eventsOf('Valdoria and the Ostrava Republic met in Marenport.', PEOPLE);
    expect(events).toHaveLength(1);
    expect(names(events[0]!.actors)).toEqual(['Valdoria', 'Ostrava Republic']);
  });

  it('keep a place named after "in" as the location, never an actor', () => {
    const event = eventAt('Lena Marsh held talks with Tomas Brel in Marenport.', 'talks');
    expect(names(event.actors)).toEqual(['Lena Marsh']);
    expect(names(event.recipients)).toEqual(['Tomas Brel']);
    expect(event.location?.name).toBe('Marenport');
  });

  it('take the agent of a passive from its "by" phrase and the subject as recipient', () => {
    const event = eventAt('The prisoners were released by Valdoria on Monday.', 'released');
    expect(names(event.actors)).toEqual(['Valdoria']);
  });

  it('take the actor of a nominal event from its modifier or possessor', () => {
    expect(names(eventAt('Ostravan airstrikes hit the depot.', 'hit').actors)).toEqual(['Ostravan']);
    expect(names(eventAt('Marsh\'s meetings with Tomas Brel went well.', 'meetings').actors)).toEqual(['Lena Marsh']);
  });

  it('take both sides of "talks between X and Y" as actors', () => {
    expect(names(eventAt('The talks between Valdoria and the Ostrava Republic resumed.', 'talks').actors)).toEqual(['Valdoria', 'Ostrava Republic']);
  });

  it('list every coordinated recipient: "meetings with Marsh, Brel and Korn"', () => {
    const event = eventAt('The envoy held meetings with Lena Marsh, Tomas Brel, and Ida Korn.', 'meetings');
    expect(names(event.recipients)).toEqual(['Lena Marsh', 'Tomas Brel', 'Ida Korn']);
  });

  it('give an agent noun the country of its nationality adjective: "Valdorian officials" are VDR GOV', () => {
    const event = eventAt('Valdorian officials met Tomas Brel.', 'met');
    expect(event.actors[0]).toMatchObject({ name: 'Valdorian officials', country: 'VDR', sector: 'GOV', actorCode: 'VDRGOV', entity: null });
  });

  it('read an agent phrase and a name in apposition as one person', () => {
    const event = eventAt('Valdorian officials met an Ostravan envoy, Ida Korn.', 'met');
    expect(names(event.recipients)).toEqual(['Ida Korn']);
  });

  it('take the giver of "received weapons from" as the actor', () => {
    const event = eventAt('The Red Hand Front received weapons from Valdoria.', 'received');
    expect(event.cameo).toBe('072');
    expect(names(event.actors)).toEqual(['Valdoria']);
    expect(names(event.recipients)).toEqual(['Red Hand Front']);
  });

  it('make the host of a visit its recipient when only the place names it', () => {
    const event = eventAt('Lena Marsh visited the Ostrava Republic on Monday.', 'visited');
    expect(event.mode).toBe('visit');
    expect(names(event.recipients)).toEqual(['Ostrava Republic']);
  });

  it('take the subject of a gerund right before it, even inside a phrase: "on Valdoria lifting its siege"', () => {
    expect(names(eventAt('Peace depends on Valdoria lifting its siege.', 'lifting its siege').actors)).toEqual(['Valdoria']);
  });

  it('code "spoke with" between leaders as a phone consultation', () => {
    const event = eventAt('Lena Marsh spoke with Tomas Brel to discuss the crisis.', 'spoke with');
    expect(event).toMatchObject({ type: 'CONSULT', mode: 'phone' });
    expect(eventsOf('Lena Marsh spoke with Tomas Brel to discuss the crisis.', PEOPLE)).toHaveLength(1);
  });

  it('refine a generic use of force by the weapon named: warplanes make it aerial', () => {
    expect(eventAt('Valdorian warplanes attacked the depot.', 'attacked')).toMatchObject({ cameo: '195', mode: 'aerial' });
  });

  it('merge a verb and a nominal of the same event in one clause: "killed in the Ostravan airstrikes"', () => {
    const text = 'Four civilians have been killed in the Ostravan airstrikes.';
    const events = eventsOf(text, PEOPLE);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ cameo: '195', mode: 'aerial' });
    expect(names(events[0]!.actors)).toEqual(['Ostravan']);
  });

  it('skips a relative clause between the subject and its verb', () => {
    const event = eventAt('The dockers\' union, which represents 2,500 workers, called on the interior ministry to open an inquiry.', 'called on');
    expect(event).toMatchObject({ type: 'APPEAL' });
    expect(names(event.actors)).toEqual(['union']);
    expect(names(event.recipients)).toEqual(['interior ministry']);
  });

  it('codes a meeting in a place none of the parties is from as held at a third location', () => {
    const event = eventAt('Delegations from Valdoria and the Ostrava Republic met in Kestria on Tuesday.', 'met');
    expect(event).toMatchObject({ cameo: '044', mode: 'third-party' });
    expect(event.location?.name).toBe('Kestria');
  });

  it('keeps a protest that force is used against as an event of its own', () => {
    const text = 'Police broke up a strike at the port.';
    const events = eventsOf(text, PEOPLE);
    expect(events.map((event) => [triggerText(text, event), event.type])).toEqual([['broke up', 'ASSAULT'], ['strike', 'PROTEST']]);
  });
});
