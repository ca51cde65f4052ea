import { describe, expect, it } from 'vitest';
import { aliasKey, countedWordKeys, nameKey } from './name-key.ts';

describe('nameKey', () => {
  it('removes accents, case and possessives so that spellings of one name meet', () => {
    expect(nameKey("Erdoğan's")).toBe('erdogan');
    expect(nameKey('ERDOGAN')).toBe('erdogan');
    expect(nameKey('Zakharova’s')).toBe('zakharova');
  });

  it('turns punctuation into single spaces', () => {
    expect(nameKey('Abu-Marzouq,  Mousa')).toBe('abu marzouq mousa');
  });
});

describe('countedWordKeys', () => {
  it('reduces plurals to a crude singular so that either form finds the other', () => {
    expect(countedWordKeys('Hostages')).toEqual(['hostage']);
    expect(countedWordKeys('casualties')).toEqual(['casualty']);
    expect(countedWordKeys('Palestinian prisoners')).toEqual(['palestinian', 'prisoner']);
    expect(countedWordKeys('press')).toEqual(['press']);
  });
});

describe('aliasKey', () => {
  it('folds transliteration variants of one name together', () => {
    expect(aliasKey('Abu Marzouq')).toBe(aliasKey('Abu Marzouk'));
    expect(aliasKey('Kyani')).toBe(aliasKey('Kiani'));
    expect(aliasKey('Khamenei')).toBe(aliasKey('Hamenei'));
    expect(aliasKey('Marsh')).not.toBe(aliasKey('March'));
  });
});
