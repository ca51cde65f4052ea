import { describe, expect, it } from 'vitest';
import nerModelFile from '../../models/ner.model.json' with { type: 'json' };
import { normaliseTokenText, wordAtoms } from '../../models/word-features.ts';
import { GAZETTEER_FINGERPRINT, matchGazetteer, matchGazetteerAtoms, matchGazetteerOf } from './gazetteer.ts';

function matched(words: string[], headline = false): Array<{ text: string; categories: string[] }> {
  return matchGazetteer(words, headline).map((match) => ({
    text: words.slice(match.start, match.end).join(' '),
    categories: match.entries.map((entry) => entry.category),
  }));
}

describe('gazetteer', () => {
  it('finds the same matches from word atoms (first words looked up by id, twice) as from the words', () => {
    const words = 'The Foreign Ministry of Ruritania said UN Security Council envoys and President Olsk met in Paris and New York .'.split(' ');
    const atoms = words.map((word) => wordAtoms(normaliseTokenText(word)));
    expect(matchGazetteerAtoms(atoms)).toEqual(matchGazetteer(words));
    expect(matchGazetteerAtoms(atoms)).toEqual(matchGazetteer(words));
    expect(matchGazetteer(words).length).toBeGreaterThan(3);
    const headline = words.map((word) => word.toUpperCase());
    expect(matchGazetteerAtoms(headline.map((word) => wordAtoms(word)), true)).toEqual(matchGazetteer(headline, true));
  });

  it('finds the same matches from word ids, for a sentence inside a longer run of ids, as from the words', () => {
    const words = 'The Foreign Ministry of Ruritania said UN Security Council envoys met in New York'.split(' ');
    const ids = Int32Array.from(['Earlier', ',', ...words, 'York', '.'], (word) => wordAtoms(normaliseTokenText(word)).id);
    expect(matchGazetteerOf(ids, 2, 2 + words.length)).toEqual(matchGazetteer(words));
  });

  it('matches the longest listed phrase', () => {
    expect(matched(['the', 'UN', 'Security', 'Council', 'met'])).toEqual([{ text: 'UN Security Council', categories: ['organisation'] }]);
  });

  it('knows a country by its short forms and gives its ISO code', () => {
    const [match] = matchGazetteer(['Turkey']);
    expect(match?.entries[0]).toMatchObject({ category: 'country', name: 'Turkiye', country: 'TUR' });
    expect(matchGazetteer(['U.S.'])[0]?.entries[0]).toMatchObject({ country: 'USA' });
  });

  it('matches case as written, except in headlines', () => {
    expect(matched(['turkey', 'dinner'])).toEqual([]);
    expect(matched(['TALKS', 'IN', 'MOSCOW'], true)).toEqual([{ text: 'MOSCOW', categories: ['capital'] }]);
  });

  it('lists a lowercase title with a capital too, for the start of a sentence', () => {
    expect(matched(['Spokeswoman', 'Olga', 'Petrova'])[0]).toEqual({ text: 'Spokeswoman', categories: ['title'] });
  });

  it('is the gazetteer the recogniser was trained with (after editing a lexicon, run npm run train:ner)', () => {
    expect(nerModelFile.training.gazetteer).toBe(GAZETTEER_FINGERPRINT);
  });
});
