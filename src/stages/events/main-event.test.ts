import { describe, expect, it } from 'vitest';
import { mainEvent } from './main-event.ts';
import { COUNTRIES, eventsOf, triggerText } from './test-doc.ts';

const ENTITIES = [COUNTRIES.valdoria, COUNTRIES.ostrava];
const mainTrigger = (text: string) => {
  const event = mainEvent(eventsOf(text, ENTITIES));
  return event ? triggerText(text, event) : undefined;
};

describe('the main event of a sentence', () => {
  it('is what was said rather than the saying', () => {
    expect(mainTrigger('Valdoria said the Ostrava Republic attacked its border posts.')).toBe('attacked');
  });

  it('is the first event the author reports', () => {
    expect(mainTrigger('Valdoria attacked the Ostrava Republic and then withdrew.')).toBe('attacked');
  });

  it('passes over a scene-setting noun for the verb: "At a summit, Valdoria rejected the plan"', () => {
    expect(mainTrigger('At a summit with the Ostrava Republic, Valdoria rejected the plan.')).toBe('rejected');
  });

  it('falls back to a statement when nothing else happens, and to nothing when there is no event', () => {
    expect(mainTrigger('Valdoria said the weather was fine.')).toBe('said');
    expect(mainTrigger('The weather was fine.')).toBeUndefined();
  });
});
