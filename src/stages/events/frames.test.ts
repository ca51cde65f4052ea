import { describe, expect, it } from 'vitest';
import { frameCode } from './frames.ts';
import { COUNTRIES, eventsOf, triggerText } from './test-doc.ts';

const ENTITIES = [COUNTRIES.valdoria, COUNTRIES.ostrava, COUNTRIES.valdorian, COUNTRIES.ostravan];

function only(text: string) {
  const events = eventsOf(text, ENTITIES).filter((event) => event.cameo !== '010');
  expect(events, JSON.stringify(events.map((event) => [triggerText(text, event), event.cameo]))).toHaveLength(1);
  const event = events[0]!;
  return { trigger: triggerText(text, event), cameo: event.cameo, type: event.type, actors: event.actors.map((actor) => actor.name), recipients: event.recipients.map((actor) => actor.name), negated: event.negated, planned: event.planned, hypothetical: event.hypothetical };
}

describe('frame maps', () => {
  it('code a complement through the longest matching prefix', () => {
    expect(frameCode('intent', '0841', false)).toBe('0353');
    expect(frameCode('intent', '046', false)).toBe('036');
    expect(frameCode('appeal', '073', false)).toBe('0233');
    expect(frameCode('reject', '04', false)).toBe('125');
  });

  it('code force under an intent as a threat, and under an appeal as a demand', () => {
    expect(frameCode('intent', '195', false)).toBe('1384');
    expect(frameCode('appeal', '163', false)).toBe('100');
  });
});

describe('frames', () => {
  it('make "agreed to lift sanctions" one intent to ease sanctions (AGREE), not an easing', () => {
    expect(only('Valdoria agreed to lift sanctions on the Ostrava Republic.')).toMatchObject({ trigger: 'agreed', cameo: '0354', type: 'AGREE', actors: ['Valdoria'], recipients: ['Ostrava Republic'] });
  });

  it('make "urged X to release" an appeal addressed to X', () => {
    expect(only('Valdoria urged the Ostrava Republic to release the prisoners.')).toMatchObject({ trigger: 'urged', cameo: '0253', type: 'APPEAL', actors: ['Valdoria'], recipients: ['Ostrava Republic'] });
  });

  it('make "refused to meet" a refusal to meet (REJECT)', () => {
    expect(only('Valdoria refused to meet the Ostravan delegation.')).toMatchObject({ trigger: 'refused', cameo: '125', type: 'REJECT' });
  });

  it('make "threatened to shell" a threat of force', () => {
    expect(only('Valdoria threatened to shell the border posts of the Ostrava Republic.')).toMatchObject({ trigger: 'threatened', type: 'THREATEN', cameo: '1384' });
  });

  it('read "is willing to negotiate" as an intent to negotiate', () => {
    expect(only('Valdoria is willing to negotiate with the Ostrava Republic.')).toMatchObject({ trigger: 'willing', cameo: '036', type: 'AGREE' });
  });

  it('read a speaker\'s own future action as an intent: "said it will release"', () => {
    expect(only('Valdoria said on Monday it will release the detained fishermen.')).toMatchObject({ trigger: 'release', cameo: '0353', type: 'AGREE', actors: ['Valdoria'] });
  });

  it('read "said ... will not lift" as a refusal', () => {
    expect(only('Valdoria said it will not lift the ban on Ostravan grain.')).toMatchObject({ type: 'REJECT', cameo: '1241' });
  });

  it('keep the saying a statement and recode the announced act where the text names it', () => {
    const text = 'Marsh told the envoy that Valdoria would suspend the talks.';
    const events = eventsOf(text, ENTITIES);
    expect(events.map((event) => [triggerText(text, event), event.type])).toEqual([['told', 'STATEMENT'], ['suspend the talks', 'THREATEN']]);
    expect(events[1]!.actors.map((actor) => actor.name)).toEqual(['Valdoria']);
  });

  it('read "said X must end attacks" as a demand addressed to X', () => {
    expect(only('Valdoria said the Ostrava Republic must end attacks on its villages.')).toMatchObject({ type: 'REQUEST', cameo: '1056', recipients: ['Ostrava Republic'] });
  });

  it('read "claimed that they had attacked" as a claim of responsibility', () => {
    expect(only('The rebels claimed that they had attacked the convoy.')).toMatchObject({ cameo: '015', type: 'STATEMENT' });
  });

  it('code "declined to comment" as declining to comment, not as a refusal', () => {
    expect(only('The Valdorian ministry declined to comment on the report.')).toMatchObject({ cameo: '011' });
  });

  it('code "is considering sending troops" as considering a policy', () => {
    expect(only('Valdoria is considering sending troops to the border.')).toMatchObject({ cameo: '014', type: 'STATEMENT' });
  });

  it('keep what someone hopes for apart, as hypothetical', () => {
    const text = 'Valdoria hoped for more talks with the Ostrava Republic.';
    const events = eventsOf(text, ENTITIES);
    expect(events.find((event) => event.cameo === '013')).toBeDefined();
    expect(events.find((event) => event.type === 'CONSULT')?.hypothetical).toBe(true);
  });
});
