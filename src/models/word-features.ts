import { hashString } from './feature-hash.ts';

/**
 * The parts of a word both taggers look at, hashed once per distinct word and cached: news text
 * repeats its words, so most tokens cost one Map lookup here.
 */
export interface WordAtoms {
  /** The (normalised) word itself. */
  readonly text: string;
  readonly exact: number;
  readonly lower: number;
  readonly shape: number;
  readonly shortShape: number;
  readonly prefixes: readonly [number, number, number, number];
  readonly suffixes: readonly [number, number, number, number];
  /** Hash of the capitalisation/digit/punctuation flags. */
  readonly flags: number;
  readonly isCapitalised: boolean;
  readonly isAllCaps: boolean;
  readonly hasLetter: boolean;
  /** Some letter is lowercase (the word changes when upper-cased). */
  readonly hasLowercase: boolean;
  /** The lowercased, digit-folded form, for document-level memory. */
  readonly lowerText: string;
  /**
   * A small dense number for this word, unique among the words of its `generation` of the cache,
   * so that per-model caches (see WindowScoreCache) are flat typed arrays indexed by it.
   */
  readonly id: number;
  /** The word cache's generation this id belongs to (-1: the sentence boundaries, valid in every generation). */
  readonly generation: number;
  /**
   * A small dense number for `lowerText`, shared by every word of the generation with that
   * lowercase form ("The" and "the"), so that document-level memories of lowercase forms are flat
   * arrays indexed by it rather than string-keyed sets (-1 for the sentence boundaries).
   */
  readonly lowerId: number;
}

// Typographic quotes and dashes are written as the Penn Treebank (and CoNLL) writes them, so
// that curly-quoted modern news looks like the training text.
const TOKEN_FORMS: Readonly<Record<string, string>> = {
  '“': '"', '”': '"', '„': '"', '‟': '"', '«': '"', '»': '"', '``': '"', "''": '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'",
  '—': '--', '–': '-', '…': '...',
  '’s': "'s", '’S': "'S", 'n’t': "n't", '’re': "'re", '’ve': "'ve", '’ll': "'ll", '’d': "'d", '’m': "'m",
};

export function normaliseTokenText(text: string): string {
  // Fast path: plain ASCII words (most tokens) have nothing to normalise.
  let plain = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code > 126 || code === 96 || (code === 39 && text.length === 2)) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  const form = TOKEN_FORMS[text];
  if (form !== undefined) return form;
  return text.includes('’') ? text.replaceAll('’', "'") : text;
}

function characterClass(code: number, character: string): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code < 128) return character;
  const lower = character.toLowerCase();
  const upper = character.toUpperCase();
  if (lower !== upper) return character === upper ? 'X' : 'x';
  return /\p{N}/u.test(character) ? 'd' : /\p{L}/u.test(character) ? 'x' : character;
}

/** "McDonald's" -> "XxXxxxxx'x" (capped), and the short shape with repeats collapsed -> "XxXx'x". */
export function wordShapes(word: string): { shape: string; shortShape: string } {
  let shape = '';
  let shortShape = '';
  let previous = '';
  for (let index = 0; index < word.length; index += 1) {
    const kind = characterClass(word.charCodeAt(index), word[index]!);
    if (shape.length < 16) shape += kind;
    if (kind !== previous) shortShape += kind;
    previous = kind;
  }
  return { shape, shortShape };
}

function foldDigits(word: string): string {
  return /\d/.test(word) ? word.replace(/\d/g, '0') : word;
}

function computeAtoms(word: string, id: number, generation: number, lowerIdOf: (lowerText: string) => number): WordAtoms {
  const lowerText = foldDigits(word.toLowerCase());
  const { shape, shortShape } = wordShapes(word);
  const hasLetter = /\p{L}/u.test(word);
  const isCapitalised = hasLetter && /^\p{Lu}/u.test(word);
  const isAllCaps = hasLetter && word === word.toUpperCase() && word !== word.toLowerCase();
  const flags = [
    isCapitalised ? 'C' : '',
    isAllCaps ? 'A' : '',
    /\d/.test(word) ? 'D' : '',
    word.includes('-') ? 'H' : '',
    word.includes('.') ? 'P' : '',
    hasLetter ? 'L' : '',
    word.length === 1 ? '1' : word.length <= 3 ? '3' : '',
  ].join('');
  const prefix = (length: number) => hashString(lowerText.slice(0, length));
  const suffix = (length: number) => hashString(lowerText.slice(-length));
  return {
    text: word,
    exact: hashString(foldDigits(word)),
    lower: hashString(lowerText),
    shape: hashString(shape),
    shortShape: hashString(shortShape),
    prefixes: [prefix(1), prefix(2), prefix(3), prefix(4)],
    suffixes: [suffix(1), suffix(2), suffix(3), suffix(4)],
    flags: hashString(flags),
    isCapitalised,
    isAllCaps,
    hasLetter,
    hasLowercase: word !== word.toUpperCase(),
    lowerText,
    id,
    generation,
    lowerId: lowerIdOf(lowerText),
  };
}

// Each cached word also has score vectors (a few hundred integers per model), so the cache stays modest.
export const WORD_CACHE_LIMIT = 50_000;
/** Ids 0 and 1 are the sentence boundaries; words get ids from here. */
const FIRST_WORD_ID = 2;
const cache = new Map<string, WordAtoms>();
let generation = 0;
/** The lowerId of each lowercase form in this generation; there are never more forms than words, so ids stay below WORD_ID_LIMIT. */
const lowerIds = new Map<string, number>();

function lowerIdOf(lowerText: string): number {
  let lowerId = lowerIds.get(lowerText);
  if (lowerId === undefined) {
    lowerId = lowerIds.size;
    lowerIds.set(lowerText, lowerId);
  }
  return lowerId;
}

/** The current generation of the word cache: it changes whenever the cache is emptied and ids start over. */
export function wordCacheGeneration(): number {
  return generation;
}

/** The atoms of a (normalised) word, cached. */
export function wordAtoms(word: string): WordAtoms {
  let atoms = cache.get(word);
  if (atoms === undefined) {
    if (cache.size >= WORD_CACHE_LIMIT) {
      cache.clear();
      lowerIds.clear();
      generation += 1;
    }
    atoms = computeAtoms(word, FIRST_WORD_ID + cache.size, generation, lowerIdOf);
    cache.set(word, atoms);
  }
  return atoms;
}

/**
 * An index over the cached atoms keyed by the characters of a word where it stands in a text, so
 * that the atoms of a token are found without slicing it out (a new string, hashed afresh for the
 * Map): every token of every article comes through here. Open addressing; 0 marks an empty slot.
 */
const SPAN_INDEX_SIZE = 1 << 17;
const spanHashes = new Int32Array(SPAN_INDEX_SIZE);
const spanAtoms: Array<WordAtoms | undefined> = new Array<WordAtoms | undefined>(SPAN_INDEX_SIZE).fill(undefined);
let spanIndexGeneration = 0;

function clearSpanIndex(): void {
  spanHashes.fill(0);
  spanAtoms.fill(undefined);
  spanIndexGeneration = generation;
}

/**
 * The atoms of the word text[start, end), normalised as normaliseTokenText does: the same atoms
 * as wordAtoms(normaliseTokenText(text.slice(start, end))), found without slicing for plain words.
 */
export function wordAtomsAt(text: string, start: number, end: number): WordAtoms {
  const length = end - start;
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // The characters normaliseTokenText may rewrite: such words take the slow path.
    if (code > 126 || code === 96 || (code === 39 && length === 2)) return wordAtoms(normaliseTokenText(text.slice(start, end)));
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  if (spanIndexGeneration !== generation) clearSpanIndex();
  const key = hash === 0 ? 1 : hash;
  const mask = SPAN_INDEX_SIZE - 1;
  let slot = key & mask;
  while (spanHashes[slot] !== 0) {
    if (spanHashes[slot] === key) {
      const atoms = spanAtoms[slot]!;
      if (atoms.text.length === length && text.startsWith(atoms.text, start)) return atoms;
    }
    slot = (slot + 1) & mask;
  }
  const atoms = wordAtoms(text.slice(start, end));
  // Looking the word up may have emptied the cache: then the index starts over too.
  if (spanIndexGeneration !== generation) return atoms;
  spanHashes[slot] = key;
  spanAtoms[slot] = atoms;
  return atoms;
}

/** Atoms standing for the positions before the first and after the last word of a sentence. */
export const SENTENCE_START = computeAtoms('-START-', 0, -1, () => -1);
export const SENTENCE_END = computeAtoms('-END-', 1, -1, () => -1);
/** One more than the largest id a word can have. */
export const WORD_ID_LIMIT = FIRST_WORD_ID + WORD_CACHE_LIMIT;
