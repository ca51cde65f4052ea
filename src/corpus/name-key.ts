import { nameKey } from '../doc/name-key.ts';

// The key itself lives in the core, where coreference looks names up by it too.
export { nameKey };

/** Spellings that transliterations of one sound produce (Marzouq/Marzouk, Khamenei/Hamenei, Yousef/Yusuf). */
const TRANSLITERATION_FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/q/g, 'k'],
  [/ck/g, 'k'],
  [/c(?=[aou])/g, 'k'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  [/(.)\1+/g, '$1'],
];

/**
 * The key names are looked up by in the corpus: nameKey with transliteration variants folded,
 * so that a user asking for "Marzouk" finds the entity the text spells "Marzouq".
 */
export function aliasKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((word) => word.length > 0)
    .map(foldWord)
    .join(' ');
}

/** One word of a name, folded so that transliteration variants meet ("marzouq" and "marzouk" -> "marzuk"). */
export function foldWord(word: string): string {
  return TRANSLITERATION_FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word);
}

/** Words of a counted phrase reduced to a crude singular, so that "hostages" finds "hostage". */
export function countedWordKeys(phrase: string): string[] {
  return nameKey(phrase)
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => (word.length > 3 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}
