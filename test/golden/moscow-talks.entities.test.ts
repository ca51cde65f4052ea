import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/doc/schema/entity.ts';
import { hasSeedArticle } from '../support/shared-data.ts';
import { analyseSeedArticle } from './moscow-talks.test.ts';

describe.skipIf(!hasSeedArticle)('seed article: moscow-talks-2023-10-27 (entities and coreference)', () => {
  const doc = hasSeedArticle ? analyseSeedArticle() : undefined;
  const surface = (mention: { start: number; end: number }) => doc!.text.slice(mention.start, mention.end);
  /** The entity one of whose mentions reads exactly `text`. */
  const entityWithMention = (text: string, type?: Entity['type']): Entity | undefined =>
    doc!.entities.find((entity) => (!type || entity.type === type) && entity.mentions.some((mention) => surface(mention) === text));

  it.each(['Zakharova', 'Husam Badran', 'Abu Marzouq', 'Ali Bagheri Kyani', 'Mikhail Bogdanov', 'Sergei Ryabkov', 'Mikhail Galuzin', 'Putin', 'Erdogan', 'Martin Rapaport'])(
    'finds the person %s',
    (name) => expect(entityWithMention(name, 'PERSON')?.name).toBe(name),
  );

  it.each(['Hamas', 'Sputnik', 'IDF', 'Foreign Ministry', 'Kremlin', 'UN Security Council', 'Alrosa', 'Rapaport'])(
    'finds the organisation %s',
    (name) => expect(entityWithMention(name, 'ORG')).toBeDefined(),
  );

  it.each(['Moscow', 'Gaza Strip', 'Israel', 'Russia', 'Iran', 'Tehran', 'Turkiye', 'Palestine', 'New York', 'Tel Aviv', 'Ukraine'])(
    'finds the place %s as a GPE',
    (name) => expect(entityWithMention(name, 'GPE')).toBeDefined(),
  );

  it('finds the Middle East as a LOC', () => {
    expect(entityWithMention('Middle East', 'LOC')).toBeDefined();
  });

  it('finds Kuwait and Egypt through their demonyms', () => {
    expect(entityWithMention('Kuwaiti')).toMatchObject({ type: 'NORP', country: 'KWT' });
    expect(entityWithMention('Egyptian')).toMatchObject({ type: 'NORP', country: 'EGY' });
  });

  it('links She to Zakharova', () => {
    const zakharova = entityWithMention('Zakharova', 'PERSON')!;
    const pronouns = zakharova.mentions.filter((mention) => mention.kind === 'pronoun').map(surface);
    expect(pronouns).toContain('She');
    expect(pronouns).toContain('her');
  });

  it('links Kyani to Ali Bagheri Kyani and Marzouq to Abu Marzouq', () => {
    expect(entityWithMention('Kyani', 'PERSON')?.name).toBe('Ali Bagheri Kyani');
    expect(entityWithMention('Marzouq', 'PERSON')?.name).toBe('Abu Marzouq');
    expect(entityWithMention('Badran', 'PERSON')?.name).toBe('Husam Badran');
    expect(entityWithMention('Bogdanov', 'PERSON')?.name).toBe('Mikhail Bogdanov');
  });

  it('attaches titles without making them part of names, with their sector and country', () => {
    expect(entityWithMention('Erdogan', 'PERSON')).toMatchObject({ country: 'TUR', sector: 'GOV', actorCode: 'TURGOV' });
    expect(entityWithMention('Ali Bagheri Kyani', 'PERSON')).toMatchObject({ country: 'IRN', sector: 'GOV', actorCode: 'IRNGOV' });
    expect(entityWithMention('Mikhail Galuzin', 'PERSON')).toMatchObject({ sector: 'GOV' });
    expect(entityWithMention('Putin', 'PERSON')).toMatchObject({ sector: 'GOV' });
    expect(entityWithMention('Abu Marzouq', 'PERSON')).toMatchObject({ actorCode: 'PSEREB' });
  });

  it('codes officials the article names without a title from the known-officials lexicon, saying which office it used', () => {
    expect(entityWithMention('Zakharova', 'PERSON')).toMatchObject({ actorCode: 'RUSGOV', knownOffice: { role: 'Foreign Ministry spokeswoman' } });
    expect(entityWithMention('Husam Badran', 'PERSON')).toMatchObject({ actorCode: 'PSEREB' });
    for (const deputy of ['Mikhail Bogdanov', 'Sergei Ryabkov', 'Mikhail Galuzin']) expect(entityWithMention(deputy, 'PERSON')).toMatchObject({ actorCode: 'RUSGOV' });
    expect(entityWithMention('Putin', 'PERSON')).toMatchObject({ actorCode: 'RUSGOV' });
    // The article's own titles win: Erdogan is coded from "Turkish President", with no lexicon office.
    expect(entityWithMention('Erdogan', 'PERSON')?.knownOffice).toBeUndefined();
  });

  it('codes organisations as actors', () => {
    expect(entityWithMention('IDF')?.actorCode).toBe('ISRMIL');
    expect(entityWithMention('Hamas')?.actorCode).toBe('PSEREB');
    expect(entityWithMention('Foreign Ministry')?.actorCode).toBe('RUSGOV');
    expect(entityWithMention('Sputnik')?.actorCode).toBe('RUSMED');
  });

  it('reads "Moscow and Tehran are determined" as the two governments, and "in Moscow" as the city', () => {
    const tehran = entityWithMention('Tehran')!;
    expect(tehran).toMatchObject({ name: 'Iran', type: 'GPE', actorCode: 'IRN' });
    const russia = entityWithMention('Russia', 'GPE')!;
    expect(russia.mentions.map(surface)).toContain('Moscow');
    const city = doc!.entities.find((entity) => entity.name === 'Moscow')!;
    expect(city.actorCode).toBeUndefined();
    expect(city.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('links the IDF’s "its siege" to the IDF', () => {
    const idf = entityWithMention('IDF')!;
    expect(idf.mentions.filter((mention) => mention.kind === 'pronoun').map(surface)).toContain('its');
  });
});
