import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.ts';
import { tokenAtoms, tokenWordIds } from './token-atoms.ts';
import { normaliseTokenText, WORD_CACHE_LIMIT, WORD_TABLE, WordFlag, wordAtoms, wordCacheGeneration } from './word-features.ts';

const TEXT = 'Mayor Dalia Verkan’s office said “the Ostrel bridge” reopens on 12 May. THE COUNCIL AGREED.';

describe('token words', () => {
  it('gives every token the id of its normalised word, and the word table holds that word\'s atoms', () => {
    const doc = extract({ text: TEXT, article: { id: 'token-words' } });
    const ids = tokenWordIds(doc)!;
    const atoms = tokenAtoms(doc);
    expect(ids).toBeDefined();
    doc.tokens.forEach((token, index) => {
      const word = wordAtoms(normaliseTokenText(doc.analysisText.slice(token.start, token.end)));
      expect(atoms[index]).toBe(word);
      expect(ids[index]).toBe(word.id);
      expect(WORD_TABLE.text[word.id]).toBe(word.text);
      expect(WORD_TABLE.lower[word.id]).toBe(word.lower);
      expect(WORD_TABLE.shortShape[word.id]).toBe(word.shortShape);
      expect(WORD_TABLE.lowerId[word.id]).toBe(word.lowerId);
      expect((WORD_TABLE.flags[word.id]! & WordFlag.isCapitalised) !== 0).toBe(word.isCapitalised);
      expect((WORD_TABLE.flags[word.id]! & WordFlag.hasLetter) !== 0).toBe(word.hasLetter);
      expect((WORD_TABLE.flags[word.id]! & WordFlag.hasLowercase) !== 0).toBe(word.hasLowercase);
    });
  });

  it('gives one lowerId to the forms of a word that differ only in case', () => {
    expect(wordAtoms('Council').lowerId).toBe(wordAtoms('COUNCIL').lowerId);
    expect(wordAtoms('Council').lowerId).not.toBe(wordAtoms('Counsel').lowerId);
  });

  it('offers no ids for a document read before the word cache emptied (its ids are reused), and the same entities from its atoms', () => {
    const doc = extract({ text: TEXT, article: { id: 'token-words-old' } });
    for (let index = 0; index <= WORD_CACHE_LIMIT; index += 1) wordAtoms(`token-filler${index}`);
    expect(tokenWordIds(doc)).toBeUndefined();
    expect(tokenAtoms(doc).length).toBe(doc.tokens.length);
    expect(extract({ text: TEXT, article: { id: 'token-words-new' } }).entities).toEqual(doc.entities);
  });

  it('gives every token the atoms of its own word when the word cache empties while the document is read', () => {
    const generation = wordCacheGeneration();
    let filler = 0;
    while (wordCacheGeneration() === generation) wordAtoms(`mid-filler${filler++}`);
    // The cache now holds one word: fill it to two short of its limit, so that the document's new words empty it.
    for (let index = 0; index < WORD_CACHE_LIMIT - 3; index += 1) wordAtoms(`mid-filler${filler++}`);
    const text = 'Quoravel Ustenbrak Pellimor Vostarind Kelwharrow met in Ostrel .';
    const doc = extract({ text, article: { id: 'token-words-mid' } });
    expect(wordCacheGeneration()).toBe(generation + 2);
    expect(tokenAtoms(doc).map((atoms) => atoms.text)).toEqual(text.split(' '));
    expect(tokenWordIds(doc)).toBeUndefined();
    expect(doc.entities.map((entity) => entity.name)).toEqual(extract({ text, article: { id: 'token-words-after' } }).entities.map((entity) => entity.name));
  });
});
