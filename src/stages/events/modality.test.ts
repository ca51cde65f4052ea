import { describe, expect, it } from 'vitest';
import { COUNTRIES, eventsOf, triggerText } from './test-doc.ts';

const ENTITIES = [COUNTRIES.valdoria, COUNTRIES.ostrava, COUNTRIES.valdorian, COUNTRIES.ostravan, COUNTRIES.marenport];

function eventAt(text: string, trigger: string) {
  const event = eventsOf(text, ENTITIES).find((candidate) => triggerText(text, candidate) === trigger);
  expect(event, `no event on "${trigger}"`).toBeDefined();
  return event!;
}

describe('modality', () => {
  it('flags "did not meet" as negated', () => {
    expect(eventAt('Valdoria did not meet the Ostravan envoy.', 'meet')).toMatchObject({ negated: true, planned: false });
  });

  it('flags "will meet" as planned', () => {
    expect(eventAt('Valdoria will meet the Ostravan envoy next week.', 'meet')).toMatchObject({ planned: true, negated: false, hypothetical: false });
  });

  it('flags a nominal event "being prepared" as planned, with the agent of the preparing as actor', () => {
    const event = eventAt('A package of sanctions is being prepared by Valdoria against Ostravan banks.', 'sanctions');
    expect(event).toMatchObject({ type: 'SANCTION', planned: true });
    expect(event.actors.map((actor) => actor.name)).toEqual(['Valdoria']);
  });

  it('flags an event under "if" as hypothetical', () => {
    expect(eventAt('Talks could follow if Valdoria lifts the blockade.', 'lifts')).toMatchObject({ hypothetical: true });
  });

  it('flags an event under "could" as hypothetical', () => {
    expect(eventAt('Valdoria could attack the border posts.', 'attack')).toMatchObject({ hypothetical: true });
  });

  it('flags the events of a sentence made conditional by the next one ("This is conditional on ...")', () => {
    const text = 'Valdoria is willing to release the fishermen. This is conditional on the Ostrava Republic lifting its blockade.';
    expect(eventAt(text, 'willing')).toMatchObject({ type: 'AGREE', hypothetical: true });
    expect(eventAt(text, 'lifting')).toMatchObject({ hypothetical: true });
  });

  it('reads a negated future of one\'s own cooperation as a refusal, not a negated event', () => {
    expect(eventAt('Valdoria will not lift the blockade of Marenport.', 'lift')).toMatchObject({ type: 'REJECT', cameo: '1246', negated: false, planned: false });
  });

  it('marks what a meeting was about as not having happened: "discussed the release of hostages"', () => {
    const text = 'Valdoria discussed the release of hostages with the Ostrava Republic.';
    expect(eventAt(text, 'release')).toMatchObject({ hypothetical: true });
    expect(eventAt(text, 'discussed')).toMatchObject({ type: 'CONSULT', hypothetical: false });
  });

  it('flags what someone denies will happen as negated: "denied that Valdoria would impose sanctions"', () => {
    expect(eventAt('The spokesman denied that Valdoria would impose new sanctions on Ostravan banks.', 'impose new sanctions')).toMatchObject({ negated: true });
  });

  it('gives a nominal subject the modal of its verb: "Talks could resume"', () => {
    expect(eventAt('Talks could resume next month.', 'Talks')).toMatchObject({ hypothetical: true });
    expect(eventAt('The visit will go ahead in May.', 'visit')).toMatchObject({ planned: true });
  });
});
