import abbreviations from '../../lexicons/abbreviations.json' with { type: 'json' };

/** How an abbreviation behaves at a period: see src/lexicons/abbreviations.json. */
export type AbbreviationKind = 'title' | 'beforeNumber' | 'place' | 'other';

/** Each entry as written, plus its all-capitals form for capitalised entries of three letters or more. */
function spellings(entries: readonly string[]): string[] {
  return entries.flatMap((entry) => (/^\p{Lu}/u.test(entry) && entry.length >= 3 ? [entry, entry.toUpperCase()] : [entry]));
}

const KIND_BY_SPELLING = new Map<string, AbbreviationKind>([
  ...spellings(abbreviations.others).map((word): [string, AbbreviationKind] => [word, 'other']),
  ...spellings(abbreviations.places).map((word): [string, AbbreviationKind] => [word, 'place']),
  ...spellings(abbreviations.beforeNumbers).map((word): [string, AbbreviationKind] => [word, 'beforeNumber']),
  ...spellings(abbreviations.titles).map((word): [string, AbbreviationKind] => [word, 'title']),
]);

/** The kind of a listed abbreviation, written with or without its final period. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  return KIND_BY_SPELLING.get(word.endsWith('.') ? word.slice(0, -1) : word);
}

const SINGLE_CAPITAL = /^\p{Lu}\.?$/u;

/** "J." in "Martin J. Blake": one capital letter, with or without its period. */
export function isSingleInitial(word: string): boolean {
  return SINGLE_CAPITAL.test(word);
}
