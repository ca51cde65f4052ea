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
    registerWord(atoms);
  }
  return atoms;
}

/**
 * What the taggers read of a word at every token, in flat arrays indexed by the word's id (valid
 * in the current generation of the cache): one WordAtoms object per word is a few hundred bytes
 * spread over the heap, and reading it for every token missed the processor's cache on most
 * articles, because the later stages evict it between one article and the next. Ids are given in
 * the order words are first seen, so the common words sit together at the start of these arrays.
 */
export interface WordTable {
  /** The word's atoms (ids 0 and 1: the sentence boundaries). */
  readonly atoms: WordAtoms[];
  /** WordAtoms.lower of each word. */
  readonly lower: Int32Array;
  /** WordAtoms.shortShape of each word. */
  readonly shortShape: Int32Array;
  /** WordAtoms.text of each word. */
  readonly text: string[];
  /** WordAtoms.lowerId of each word. */
  readonly lowerId: Int32Array;
  /** WordFlag bits of each word. */
  readonly flags: Uint8Array;
}

/** Bits of WordTable.flags: the WordAtoms booleans of the same names. */
export const WordFlag = {
  isCapitalised: 1,
  hasLetter: 2,
  hasLowercase: 4,
} as const;

/** One more than the largest id a word can have. */
export const WORD_ID_LIMIT = FIRST_WORD_ID + WORD_CACHE_LIMIT;

export const WORD_TABLE: WordTable = {
  atoms: new Array<WordAtoms>(WORD_ID_LIMIT),
  lower: new Int32Array(WORD_ID_LIMIT),
  shortShape: new Int32Array(WORD_ID_LIMIT),
  text: new Array<string>(WORD_ID_LIMIT).fill(''),
  lowerId: new Int32Array(WORD_ID_LIMIT),
  flags: new Uint8Array(WORD_ID_LIMIT),
};

function registerWord(atoms: WordAtoms): void {
  WORD_TABLE.atoms[atoms.id] = atoms;
  WORD_TABLE.lower[atoms.id] = atoms.lower;
  WORD_TABLE.shortShape[atoms.id] = atoms.shortShape;
  WORD_TABLE.text[atoms.id] = atoms.text;
  WORD_TABLE.lowerId[atoms.id] = atoms.lowerId;
  WORD_TABLE.flags[atoms.id] = (atoms.isCapitalised ? WordFlag.isCapitalised : 0) | (atoms.hasLetter ? WordFlag.hasLetter : 0) | (atoms.hasLowercase ? WordFlag.hasLowercase : 0);
}

/**
 * An index over the cached words keyed by the characters of a word where it stands in a text, so
 * that the id of a token's word is found without slicing it out (a new string, hashed afresh for
 * the Map): every token of every article comes through here. Open addressing over pairs of
 * [hash, word id]; hash 0 marks an empty slot. A hit is confirmed against the word's characters,
 * kept in one flat pool, so that no WordAtoms object or string is read to find a word.
 */
const SPAN_INDEX_SIZE = 1 << 17;
const spanSlots = new Int32Array(SPAN_INDEX_SIZE * 2);
/** Per word id, where its characters start in spanCharacters, and how many there are. */
const spanCharacterStart = new Int32Array(WORD_ID_LIMIT);
const spanCharacterLength = new Int32Array(WORD_ID_LIMIT);
let spanCharacters = new Uint16Array(1 << 19);
let spanCharactersUsed = 0;
let spanIndexGeneration = 0;

function clearSpanIndex(): void {
  spanSlots.fill(0);
  spanCharactersUsed = 0;
  spanIndexGeneration = generation;
}

function sameCharacters(text: string, start: number, length: number, id: number): boolean {
  if (spanCharacterLength[id] !== length) return false;
  const from = spanCharacterStart[id]!;
  for (let index = 0; index < length; index += 1) if (spanCharacters[from + index] !== text.charCodeAt(start + index)) return false;
  return true;
}

function keepCharacters(text: string, start: number, length: number, id: number): void {
  if (spanCharactersUsed + length > spanCharacters.length) {
    const grown = new Uint16Array(Math.max(spanCharacters.length * 2, spanCharactersUsed + length));
    grown.set(spanCharacters.subarray(0, spanCharactersUsed));
    spanCharacters = grown;
  }
  for (let index = 0; index < length; index += 1) spanCharacters[spanCharactersUsed + index] = text.charCodeAt(start + index);
  spanCharacterStart[id] = spanCharactersUsed;
  spanCharacterLength[id] = length;
  spanCharactersUsed += length;
}

/** The span index key of the plain word text[start, end), or 0 when normaliseTokenText may rewrite it (the slow path). */
function spanKey(text: string, start: number, end: number): number {
  const length = end - start;
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) {
    const code = text.charCodeAt(index);
    // The characters normaliseTokenText may rewrite: such words take the slow path.
    if (code > 126 || code === 96 || (code === 39 && length === 2)) return 0;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash === 0 ? 1 : hash;
}

/** wordIdAt with the word's span key (see spanKey) already computed. */
function wordIdWithKey(text: string, start: number, end: number, key: number): number {
  if (key === 0) return wordAtoms(normaliseTokenText(text.slice(start, end))).id;
  if (spanIndexGeneration !== generation) clearSpanIndex();
  const length = end - start;
  const mask = SPAN_INDEX_SIZE * 2 - 1;
  let slot = (key << 1) & mask;
  while (spanSlots[slot] !== 0) {
    if (spanSlots[slot] === key && sameCharacters(text, start, length, spanSlots[slot + 1]!)) return spanSlots[slot + 1]!;
    slot = (slot + 2) & mask;
  }
  const atoms = wordAtoms(text.slice(start, end));
  // Looking the word up may have emptied the cache: then the index starts over too.
  if (spanIndexGeneration !== generation) return atoms.id;
  spanSlots[slot] = key;
  spanSlots[slot + 1] = atoms.id;
  keepCharacters(text, start, length, atoms.id);
  return atoms.id;
}

/**
 * The id (see WordAtoms.id) of the word text[start, end), normalised as normaliseTokenText does:
 * the id of wordAtoms(normaliseTokenText(text.slice(start, end))), found without slicing for plain words.
 */
export function wordIdAt(text: string, start: number, end: number): number {
  return wordIdWithKey(text, start, end, spanKey(text, start, end));
}

let spanKeys = new Int32Array(1024);

/**
 * wordIdAt for every span of `spans`, written into `into`. The index slots and characters of all
 * the words are read first, in a pass whose reads do not wait on one another, so that the
 * processor overlaps their cache misses; the lookups then find them in cache.
 */
export function wordIdsOf(text: string, spans: ReadonlyArray<{ readonly start: number; readonly end: number }>, into: Int32Array): void {
  if (spanKeys.length < spans.length) spanKeys = new Int32Array(spans.length * 2);
  const keys = spanKeys;
  const mask = SPAN_INDEX_SIZE * 2 - 1;
  let touched = 0;
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    const key = spanKey(text, span.start, span.end);
    keys[index] = key;
    const slot = (key << 1) & mask;
    touched += spanCharacters[spanCharacterStart[spanSlots[slot + 1]!]!]!;
  }
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    into[index] = wordIdWithKey(text, span.start, span.end, keys[index]!);
  }
  touchedCharacters = touched;
}

/** Where wordIdsOf's first pass leaves its sum, so that its reads are not optimised away. */
let touchedCharacters = 0;

/**
 * The atoms of the word text[start, end), normalised as normaliseTokenText does: the same atoms
 * as wordAtoms(normaliseTokenText(text.slice(start, end))), found without slicing for plain words.
 */
export function wordAtomsAt(text: string, start: number, end: number): WordAtoms {
  return WORD_TABLE.atoms[wordIdAt(text, start, end)]!;
}

/** Atoms standing for the positions before the first and after the last word of a sentence. */
export const SENTENCE_START = computeAtoms('-START-', 0, -1, () => -1);
export const SENTENCE_END = computeAtoms('-END-', 1, -1, () => -1);
registerWord(SENTENCE_START);
registerWord(SENTENCE_END);
