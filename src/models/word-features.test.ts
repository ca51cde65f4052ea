import { describe, expect, it } from 'vitest';
import { normaliseTokenText, wordAtoms, wordAtomsAt, wordShapes } from './word-features.ts';

describe('word features', () => {
  it('writes typographic quotes, dashes and apostrophes as the training text does', () => {
    expect(normaliseTokenText('“')).toBe('"');
    expect(normaliseTokenText('’s')).toBe("'s");
    expect(normaliseTokenText('—')).toBe('--');
    expect(normaliseTokenText('O’Neill')).toBe("O'Neill");
    expect(normaliseTokenText('Moscow')).toBe('Moscow');
  });

  it('describes a word by its shape, and its short shape without repeats', () => {
    expect(wordShapes('Kyani')).toEqual({ shape: 'Xxxxx', shortShape: 'Xx' });
    expect(wordShapes('G-7')).toEqual({ shape: 'X-d', shortShape: 'X-d' });
    expect(wordShapes('Türkiye').shortShape).toBe('Xx');
  });

  it('caches one set of atoms per distinct word', () => {
    expect(wordAtoms('Tehran')).toBe(wordAtoms('Tehran'));
    expect(wordAtoms('Tehran').isCapitalised).toBe(true);
    expect(wordAtoms('NATO').isAllCaps).toBe(true);
  });
});

describe('wordAtomsAt', () => {
  it('finds the same atoms for a word where it stands in a text as for the word sliced out and normalised', () => {
    const text = 'Vardham’s mayor said: “We won’t `back` down,” and Ostrel\'s council agreed it\'s over.';
    for (const match of text.matchAll(/\S+?(?=[\s,.:]|’s|'s|$)|’s|'s/gu)) {
      const start = match.index;
      const end = start + match[0].length;
      expect(wordAtomsAt(text, start, end), match[0]).toBe(wordAtoms(normaliseTokenText(text.slice(start, end))));
    }
  });

  it('tells apart words whose characters hash alike only by comparing them', () => {
    const text = 'ab ba abc cab';
    expect(wordAtomsAt(text, 0, 2).text).toBe('ab');
    expect(wordAtomsAt(text, 3, 5).text).toBe('ba');
    expect(wordAtomsAt(text, 6, 9).text).toBe('abc');
    expect(wordAtomsAt(text, 10, 13).text).toBe('cab');
  });
});
