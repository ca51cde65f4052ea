import { describe, expect, it } from 'vitest';
import { normaliseTokenText, wordAtoms } from '../../models/word-features.ts';
import { extract } from '../../pipeline.ts';
import { posFeatures, MAX_POS_FEATURES } from './pos-features.ts';
import { posModel, tagSentence, tagSentenceClasses, tagSentenceOf } from './pos-tagger.ts';

describe('part-of-speech tagger', () => {
  it('tags a news sentence with Penn Treebank tags', () => {
    const words = ['The', 'envoy', 'arrived', 'in', 'Ruritania', 'on', 'Thursday', '.'];
    const tags = tagSentence(words);
    expect(tags[0]).toBe('DT');
    expect(tags[1]).toBe('NN');
    expect(tags[2]).toBe('VBD');
    expect(tags[3]).toBe('IN');
    expect(tags[4]).toBe('NNP');
    expect(tags[7]).toBe('.');
  });

  it('gives the same tags through the word-score cache as through the plain features', () => {
    const model = posModel();
    const words = 'Officials in the capital said the minister would resign , according to state media .'.split(' ').map((word) => wordAtoms(normaliseTokenText(word)));
    const fast = tagSentenceClasses(words);
    const buffer = new Int32Array(MAX_POS_FEATURES);
    const scores = new Float32Array(model.classes.length);
    words.forEach((word, position) => {
      // Words the tag dictionary decides are not scored on the fast path.
      if (model.shortcuts.has(word.text)) return;
      const count = posFeatures(words, position, fast[position - 1] ?? -1, fast[position - 2] ?? -1, buffer);
      model.score(buffer, count, scores);
      const best = scores.indexOf(Math.max(...scores));
      expect(best, word.text).toBe(fast[position]);
    });
  });

  it('sets a tag on every token of an article', () => {
    const doc = extract({ text: 'The delegation left. It will return in May.', article: { id: 'tags' } });
    expect(doc.tokens.every((token) => typeof token.tag === 'string')).toBe(true);
  });
});

describe('part-of-speech tagger over word ids', () => {
  it('gives the same classes reading word ids from the word table as reading WordAtoms', () => {
    const sentences = ['Officials in the capital said the minister would resign , according to state media .', 'Rains hit Pellaton .'];
    const words = sentences.flatMap((sentence) => sentence.split(' ')).map((word) => wordAtoms(normaliseTokenText(word)));
    const ids = Int32Array.from(words, (word) => word.id);
    const tags = new Int32Array(ids.length);
    const split = sentences[0]!.split(' ').length;
    tagSentenceOf(ids, 0, split, tags);
    tagSentenceOf(ids, split, ids.length, tags);
    expect([...tags.subarray(0, split)]).toEqual([...tagSentenceClasses(words.slice(0, split))]);
    expect([...tags.subarray(split)]).toEqual([...tagSentenceClasses(words.slice(split))]);
  });
});
