import { describe, expect, it } from 'vitest';
import { tagSentenceClasses } from '../stages/tags/pos-tagger.ts';
import { normaliseTokenText, WORD_CACHE_LIMIT, wordAtoms, wordCacheGeneration } from './word-features.ts';

const atomsOf = (text: string) => text.split(' ').map((word) => wordAtoms(normaliseTokenText(word)));

describe('window score cache', () => {
  it('tags the same after the word cache empties and reuses ids, for words of the old and the new generation', () => {
    const sentence = 'Officials in Vardham said the minister would resign , according to state media .';
    const before = atomsOf(sentence);
    const expected = tagSentenceClasses(before);
    const generation = wordCacheGeneration();
    // Enough new words to empty the cache: ids start over, and other words take the old ones.
    for (let index = 0; index <= WORD_CACHE_LIMIT; index += 1) wordAtoms(`filler${index}`);
    expect(wordCacheGeneration()).toBeGreaterThan(generation);
    tagSentenceClasses(atomsOf('Filler words now hold the old ids of those words .'));
    expect(tagSentenceClasses(before)).toEqual(expected);
    expect(tagSentenceClasses(atomsOf(sentence))).toEqual(expected);
  });
});
