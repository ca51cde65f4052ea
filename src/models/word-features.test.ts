import { describe, expect, it } from 'vitest';
import { normaliseTokenText, wordAtoms, wordShapes } from './word-features.ts';

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
