import { describe, expect, it } from 'vitest';
import type { Entity } from '../../doc/schema/entity.ts';
import { STAGES, extract } from '../../pipeline.ts';

function analyse(text: string): { text: string; entities: readonly Entity[] } {
  const upToCoreference = STAGES.slice(0, STAGES.findIndex((stage) => stage.name === 'coreference') + 1);
  return { text, entities: extract({ text, article: { id: 'coreference-test' } }, upToCoreference).entities };
}

/** The surfaces of every mention of the entity that has a mention with this surface. */
function chainOf(result: { text: string; entities: readonly Entity[] }, surface: string): string[] {
  const entity = result.entities.find((candidate) => candidate.mentions.some((mention) => result.text.slice(mention.start, mention.end) === surface));
  return entity ? entity.mentions.map((mention) => result.text.slice(mention.start, mention.end)) : [];
}

function entityOf(result: { text: string; entities: readonly Entity[] }, surface: string): Entity | undefined {
  return result.entities.find((candidate) => candidate.mentions.some((mention) => result.text.slice(mention.start, mention.end) === surface));
}

describe('coreference', () => {
  it('links an upper-case pronoun ("SHE") as it links a lowercase one', () => {
    const result = analyse('Finance Minister Petra Olsk spoke on Monday. SHE said the budget would pass.');
    expect(chainOf(result, 'Petra Olsk')).toContain('SHE');
  });

  it('joins a surname to the full name before it', () => {
    const result = analyse('Deputy Foreign Minister Ali Reza Kamali arrived on Monday. Kamali met officials.');
    expect(chainOf(result, 'Ali Reza Kamali')).toEqual(['Ali Reza Kamali', 'Kamali']);
  });

  it('joins a surname used before the full name, as a lede does', () => {
    const result = analyse('Darwish’s visit was brief. A senior Hamas official, Yusuf Darwish, left Cairo on Friday.');
    expect(chainOf(result, 'Yusuf Darwish')).toEqual(['Darwish', 'Yusuf Darwish']);
  });

  it('keeps apart two people who share a surname, each short mention going to the nearest full name', () => {
    const result = analyse('Anna Berg met Tomas Berg in Oslo. Later, Anna Berg spoke to reporters. Berg said the meeting went well.');
    expect(entityOf(result, 'Anna Berg')).not.toBe(entityOf(result, 'Tomas Berg'));
    expect(chainOf(result, 'Anna Berg')).toContain('Berg');
  });

  it('links she and he to the person of agreeing gender', () => {
    const result = analyse('Spokeswoman Olga Petrova met envoy Ivan Orlov. She said the talks were useful. He did not comment.');
    expect(chainOf(result, 'Olga Petrova')).toEqual(['Olga Petrova', 'She']);
    expect(chainOf(result, 'Ivan Orlov')).toEqual(['Ivan Orlov', 'He']);
  });

  it('points an opening possessive forward: "In her statement, spokeswoman Olga Petrova said"', () => {
    const result = analyse('The minister Ivan Orlov left early. In her statement, spokeswoman Olga Petrova said the talks would go on.');
    expect(chainOf(result, 'Olga Petrova')).toEqual(['her', 'Olga Petrova']);
  });

  it('links a title to the person who holds it: "the Turkish president"', () => {
    const result = analyse('Turkish President Kemal Aydin called his counterpart. The Turkish president said the call was useful.');
    expect(chainOf(result, 'Kemal Aydin')).toContain('The Turkish president');
  });

  it('links a description to the organisation it describes: "the ministry"', () => {
    const result = analyse('The Iranian Foreign Ministry summoned the envoy. The ministry gave no reason.');
    expect(chainOf(result, 'Foreign Ministry')).toEqual(['Foreign Ministry', 'The ministry']);
  });

  it('links its to the organisation just named', () => {
    const result = analyse('The IDF said its troops had left the town.');
    expect(chainOf(result, 'IDF')).toEqual(['IDF', 'its']);
  });

  it('moves a capital acting as a government to its country, and keeps a capital that is a place', () => {
    const result = analyse('Ankara and Cairo are determined to continue the talks, which were held in Ankara.');
    expect(chainOf(result, 'Ankara')[0]).toBe('Ankara');
    expect(entityOf(result, 'Cairo')).toMatchObject({ name: 'Egypt', type: 'GPE', actorCode: 'EGY' });
    const places = result.entities.filter((entity) => entity.name === 'Ankara');
    expect(places).toHaveLength(1);
    expect(places[0]!.actorCode).toBeUndefined();
  });

  it('gives a country an actor code only when it acts, never when it is only a place', () => {
    const acting = analyse('Egypt has proposed a ceasefire.');
    expect(entityOf(acting, 'Egypt')?.actorCode).toBe('EGY');
    const place = analyse('The delegation arrived in Egypt on Monday.');
    expect(entityOf(place, 'Egypt')?.actorCode).toBeUndefined();
  });

  it('joins a country-relative body named without its country to the one named with it', () => {
    const result = analyse('The Russian Foreign Ministry issued a statement. Later, three Foreign Ministry releases followed.');
    const ministries = result.entities.filter((entity) => entity.name === 'Foreign Ministry');
    expect(ministries).toHaveLength(1);
    expect(ministries[0]).toMatchObject({ country: 'RUS', actorCode: 'RUSGOV' });
  });

  it('codes people from their roles: country and sector', () => {
    const result = analyse('Hamas spokesman Karim Nasser said the offer was rejected.');
    expect(entityOf(result, 'Karim Nasser')).toMatchObject({ actorCode: 'PSEREB' });
  });
});
