import { describe, expect, it } from 'vitest';
import nerModelFile from '../../models/ner.model.json' with { type: 'json' };
import { GAZETTEER_FINGERPRINT, matchGazetteer } from './gazetteer.ts';

function matched(words: string[], headline = false): Array<{ text: string; categories: string[] }> {
  return matchGazetteer(words, headline).map((match) => ({
    text: words.slice(match.start, match.end).join(' '),
    categories: match.entries.map((entry) => entry.category),
  }));
}

describe('gazetteer', () => {
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
