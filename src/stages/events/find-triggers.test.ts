import { describe, expect, it } from 'vitest';
import { COUNTRIES, eventsOf, triggerText, type TestEntity } from './test-doc.ts';

const codesOf = (text: string, entities: readonly TestEntity[] = [COUNTRIES.valdoria, COUNTRIES.ostrava, COUNTRIES.valdorian, COUNTRIES.ostravan]) =>
  eventsOf(text, entities).map((event) => `${triggerText(text, event)}:${event.cameo}`);

describe('trigger patterns', () => {
  it('code a verb by the object it names: lifting sanctions eases them, lifting a curfew eases a restriction', () => {
    expect(codesOf('Valdoria lifted sanctions on the Ostrava Republic.')).toEqual(['lifted sanctions:085']);
    expect(codesOf('Valdoria lifted the curfew in Marenport.')).toEqual(['lifted:0813']);
  });

  it('prefer the object nearest the verb', () => {
    expect(codesOf('Valdoria suspended humanitarian aid to the Ostrava Republic in protest.')).toEqual(['suspended:1623']);
  });

  it('rule out a pattern when a word it excludes follows: releasing a report frees nobody', () => {
    expect(codesOf('Valdoria released a report on the harvest.')).toEqual([]);
    expect(codesOf('Valdoria released three prisoners on Monday.')).toEqual(['released:0841']);
  });

  it('read a nominal trigger after a determiner or a nationality adjective, and a verb after "to"', () => {
    expect(codesOf('The talks collapsed.')).toEqual(['talks:046']);
    expect(codesOf('Ostravan bombing killed four people.')).toEqual(['killed:195']);
    expect(codesOf('Valdoria wants to attack the Ostrava Republic.')).toContain('wants:1384');
  });

  it('let a verb of saying that governs a nominal event lightly give way to it: "announced a ceasefire"', () => {
    expect(codesOf('Valdoria announced a ceasefire on Friday.')).toEqual(['ceasefire:0871']);
  });

  it('let a verb pattern that names its object absorb the nominal trigger: "imposed sanctions" is one event, triggered by both words', () => {
    expect(codesOf('Valdoria imposed sanctions on the Ostrava Republic.')).toEqual(['imposed sanctions:163']);
    expect(codesOf('Valdoria imposed new sanctions on the Ostrava Republic.')).toEqual(['imposed new sanctions:163']);
  });

  it('never find a trigger inside a name or a hyphenated modifier', () => {
    expect(codesOf('The Strike Gallery opened a show.', [{ name: 'Strike Gallery', type: 'ORG' }])).toEqual([]);
    expect(codesOf('The Valdoria-backed government resigned.')).toEqual(['resigned:0831']);
  });

  it('read a passive verb\'s object before it: "sanctions were lifted"', () => {
    expect(codesOf('Sanctions against the Ostrava Republic were lifted in March.')).toEqual(['lifted:085']);
  });
});
