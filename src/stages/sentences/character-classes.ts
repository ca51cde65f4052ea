/**
 * Character classes for the tokeniser, looked up by code point. Regular expressions with Unicode
 * property escapes are exact but slow when run once per character; a lazily filled table over the
 * Basic Multilingual Plane keeps the scanner at tens of megabytes per second while giving the same
 * answers (astral code points, rare in news text, are classified on every call).
 */
export const CharacterClass = {
  Space: 1,
  /** A letter (\p{L}). */
  Letter: 2,
  /** A combining mark (\p{M}). */
  Mark: 3,
  /** An ASCII digit. */
  Digit: 4,
  /** Any other number character (\p{N}): superscripts, fractions, other scripts' digits. */
  OtherNumber: 5,
  /** "_" and the soft hyphen: they never break a word. */
  WordJoiner: 6,
  /** Zero-width space and joiners (U+200B–U+200D): inside a word's first run only. */
  ZeroWidth: 7,
  Other: 8,
} as const;

export type CharacterClass = (typeof CharacterClass)[keyof typeof CharacterClass];

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
// The whitespace of JavaScript's \s, so that tokens and trimmed spans agree on what a space is.
const SPACE = /\s/u;

function classifyCodePoint(codePoint: number): CharacterClass {
  if (codePoint >= 0x30 && codePoint <= 0x39) return CharacterClass.Digit;
  if (codePoint === 0x5f || codePoint === 0xad) return CharacterClass.WordJoiner;
  if (codePoint >= 0x200b && codePoint <= 0x200d) return CharacterClass.ZeroWidth;
  const character = String.fromCodePoint(codePoint);
  if (SPACE.test(character)) return CharacterClass.Space;
  if (LETTER.test(character)) return CharacterClass.Letter;
  if (MARK.test(character)) return CharacterClass.Mark;
  if (NUMBER.test(character)) return CharacterClass.OtherNumber;
  return CharacterClass.Other;
}

const BASIC_PLANE = new Uint8Array(0x10000);

export function classOfCodePoint(codePoint: number): CharacterClass {
  if (codePoint > 0xffff) return classifyCodePoint(codePoint);
  const known = BASIC_PLANE[codePoint]!;
  if (known !== 0) return known as CharacterClass;
  const computed = classifyCodePoint(codePoint);
  BASIC_PLANE[codePoint] = computed;
  return computed;
}

/** The code point at `index` (a lone surrogate counts as itself), or -1 past the end. */
export function codePointAt(text: string, index: number): number {
  return index < text.length ? text.codePointAt(index)! : -1;
}

export function codePointLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

export function classAt(text: string, index: number): CharacterClass | 0 {
  return index < text.length ? classOfCodePoint(text.codePointAt(index)!) : 0;
}

export function isLetterAt(text: string, index: number): boolean {
  return classAt(text, index) === CharacterClass.Letter;
}

export function isSpaceAt(text: string, index: number): boolean {
  return classAt(text, index) === CharacterClass.Space;
}

/** Characters a word's first run may hold: letters, marks, numbers, "_", soft hyphens and zero-width joiners. */
export function isWordStartClass(characterClass: CharacterClass | 0): boolean {
  return characterClass !== 0 && characterClass !== CharacterClass.Space && characterClass !== CharacterClass.Other;
}

/** Characters a word may hold after a hyphen, an apostrophe or a domain dot: as above, without zero-width joiners. */
export function isWordContinuationClass(characterClass: CharacterClass | 0): boolean {
  return isWordStartClass(characterClass) && characterClass !== CharacterClass.ZeroWidth;
}
