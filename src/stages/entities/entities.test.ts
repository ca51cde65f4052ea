import { describe, expect, it } from 'vitest';
import type { Entity } from '../../doc/schema/entity.ts';
import { STAGES, extract } from '../../pipeline.ts';

/** Runs the pipeline up to and including the entities stage (no coreference). */
function entitiesOf(text: string): { text: string; entities: readonly Entity[] } {
  const upToEntities = STAGES.slice(0, STAGES.findIndex((stage) => stage.name === 'entities') + 1);
  const doc = extract({ text, article: { id: 'entities-test' } }, upToEntities);
  return { text, entities: doc.entities };
}

function find(result: { text: string; entities: readonly Entity[] }, surface: string): Entity | undefined {
  return result.entities.find((entity) => entity.mentions.some((mention) => result.text.slice(mention.start, mention.end) === surface));
}

describe('entities stage', () => {
  it('writes one entity for a name spelt once with a non-breaking space and once with a plain space', () => {
    const result = entitiesOf('Senator Talia\u00a0Brennick spoke in Vardham on Monday. Later, Talia Brennick left for Ostrel.');
    const spelt = result.entities.filter((entity) => entity.type === 'PERSON');
    expect(spelt).toHaveLength(1);
    expect(spelt[0]!.mentions).toHaveLength(2);
  });

  it('keeps a title out of the name it introduces and takes sector and country from it', () => {
    const result = entitiesOf('Turkish President Kemal Aydin arrived in Ankara on Monday.');
    const person = find(result, 'Kemal Aydin');
    expect(person).toMatchObject({ type: 'PERSON', name: 'Kemal Aydin', country: 'TUR', sector: 'GOV' });
    expect(person?.roles?.map((role) => result.text.slice(role.start, role.end))).toEqual(['Turkish President']);
    expect(find(result, 'Ankara')).toMatchObject({ type: 'GPE', country: 'TUR' });
  });

  it('reads the role clause before a name: "A member of the political bureau of Hamas, Yusuf Darwish,"', () => {
    const result = entitiesOf('A member of the political bureau of Hamas, Yusuf Darwish, arrived in Cairo.');
    expect(find(result, 'Yusuf Darwish')).toMatchObject({ type: 'PERSON', country: 'PSE', sector: 'REB' });
  });

  it('shares a plural title across a list of names', () => {
    const result = entitiesOf('He met deputy ministers Ivan Orlov, Pavel Semenov and Oleg Markin.');
    for (const name of ['Ivan Orlov', 'Pavel Semenov', 'Oleg Markin']) expect(find(result, name)?.sector, name).toBe('GOV');
  });

  it('reads an apposition after a name: "Lena Marsh, a senior Hamas official,"', () => {
    const result = entitiesOf('Lena Marsh, a senior Hamas official, denied the report.');
    expect(find(result, 'Lena Marsh')).toMatchObject({ country: 'PSE', sector: 'REB' });
  });

  it('gives a country-relative body the country of the demonym before it', () => {
    const result = entitiesOf('The Iranian Foreign Ministry said the talks would resume.');
    expect(find(result, 'Foreign Ministry')).toMatchObject({ type: 'ORG', country: 'IRN', sector: 'GOV' });
  });

  it('names a listed short form by its full name and keeps the short form as an alias', () => {
    const result = entitiesOf('The IDF said its troops had withdrawn.');
    expect(find(result, 'IDF')).toMatchObject({ type: 'ORG', name: 'Israel Defense Forces', country: 'ISR', sector: 'MIL', aliases: ['IDF'] });
  });

  it('types nationalities as NORP with their country, and seas as LOC', () => {
    const result = entitiesOf('Egyptian officials said the ship had left the Red Sea.');
    expect(find(result, 'Egyptian')).toMatchObject({ type: 'NORP', country: 'EGY' });
    expect(find(result, 'Red Sea')).toMatchObject({ type: 'LOC' });
  });

  it('finds listed places in an all-capitals dateline', () => {
    const result = entitiesOf('CAIRO\nThe talks resumed on Monday.');
    expect(find(result, 'CAIRO')).toMatchObject({ type: 'GPE', country: 'EGY' });
  });

  it('does not make an entity of a common noun that names a body: "Police said"', () => {
    const result = entitiesOf('Police said the road was closed.');
    expect(find(result, 'Police')).toBeUndefined();
  });

  it('gives every name mention offsets that slice to the name', () => {
    const result = entitiesOf('“We will go,” said Amira Haddad, the Jordanian envoy, in Amman.');
    for (const entity of result.entities) {
      for (const mention of entity.mentions) expect(result.text.slice(mention.start, mention.end).trim()).toBe(result.text.slice(mention.start, mention.end));
    }
    expect(find(result, 'Amira Haddad')).toMatchObject({ country: 'JOR', sector: 'GOV', gender: 'female' });
  });
});

describe('entity types from the words around a name', () => {
  it('cuts a name at an ordinary lowercase word and reads "town of Sarnai" as a place', () => {
    const result = entitiesOf('Shells struck a market in the Lume valley town of Sarnai on Sunday. Nobody fired on Sarnai, the army said.');
    const sarnai = result.entities.filter((entity) => entity.name === 'Sarnai');
    expect(sarnai).toHaveLength(1);
    expect(sarnai[0]).toMatchObject({ type: 'GPE' });
    expect(sarnai[0]!.mentions).toHaveLength(2);
  });

  it('reads "in the capital, Corvath" as a place', () => {
    expect(find(entitiesOf('Officials spoke to reporters in the capital, Corvath, on Monday.'), 'Corvath')).toMatchObject({ type: 'GPE' });
  });

  it('knows an invented country from its demonym in the same article', () => {
    const result = entitiesOf('Ostravan officials blamed the army. Ostrava would suspend the talks, the minister said.');
    expect(find(result, 'Ostrava')).toMatchObject({ type: 'GPE' });
  });

  it('reads a name ending in an organisation word as an organisation: "Tarvos Maritime", "Strait Advisory"', () => {
    expect(find(entitiesOf('One of the companies, Tarvos Maritime, rejected the accusation.'), 'Tarvos Maritime')).toMatchObject({ type: 'ORG', sector: 'BUS' });
    expect(find(entitiesOf('Karl Vennet, an analyst at Strait Advisory, disagreed.'), 'Strait Advisory')).toMatchObject({ type: 'ORG' });
  });

  it('reads a name ending in an administrative word as a place: "Orchard Province"', () => {
    expect(find(entitiesOf('Families in the drought-hit Orchard Province need food.'), 'Orchard Province')).toMatchObject({ type: 'GPE' });
  });

  it('joins an organisation name carried on by "for": "International Committee for Detained Persons"', () => {
    const result = entitiesOf('The exchange was overseen by the International Committee for Detained Persons, officials said.');
    expect(find(result, 'International Committee for Detained Persons')).toMatchObject({ type: 'ORG' });
  });
});
