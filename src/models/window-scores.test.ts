import { describe, expect, it } from 'vitest';
import { posWordFeatures } from '../stages/tags/pos-features.ts';
import { posModel, tagSentenceClasses } from '../stages/tags/pos-tagger.ts';
import { WindowScoreCache, windowFeatures } from './window-scores.ts';
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

  it('adds, from its packed per-word vectors, exactly the scores of looking every window feature up', () => {
    const model = posModel();
    const cache = new WindowScoreCache(model, posWordFeatures, [0, 1, 2, 3, 4]);
    const words = atomsOf('The Vardhami envoy , Ms. Olsk-Barre , arrived 12 days late in Pellaton .');
    const features = new Int32Array(64);
    words.forEach((_, position) => {
      const cached = new Int32Array(model.classes.length);
      cache.addWindow(words, position, cached);
      // Twice: the first call stores the words' vectors, the second reads them back.
      const again = new Int32Array(model.classes.length);
      cache.addWindow(words, position, again);
      const plain = new Int32Array(model.classes.length);
      model.addScores(features, windowFeatures(words, position, posWordFeatures, features), plain);
      expect([...cached]).toEqual([...plain]);
      expect([...again]).toEqual([...plain]);
      expect(plain.some((score) => score < 0)).toBe(true);
    });
  });
});
