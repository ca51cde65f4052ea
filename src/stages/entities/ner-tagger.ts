import { hashString } from '../../models/feature-hash.ts';
import { normaliseTokenText, wordAtoms, type WordAtoms } from '../../models/word-features.ts';
import { matchCategories, matchGazetteer, type GazetteerEntry, type GazetteerMatch } from './gazetteer.ts';
import type { NerSentence } from './ner-features.ts';

/** A line whose letters are all capitals (a headline, a dateline, a sports table): case says nothing there. */
export function isHeadline(words: readonly WordAtoms[]): boolean {
  let letters = 0;
  for (const word of words) {
    if (!word.hasLetter) continue;
    if (word.hasLowercase) return false;
    letters += 1;
  }
  return letters >= 1;
}

const posHashes = new Map<string, number>();

function hashTag(tag: string): number {
  let hash = posHashes.get(tag);
  if (hash === undefined) {
    hash = hashString(tag) || 1;
    posHashes.set(tag, hash);
  }
  return hash;
}

/**
 * The recogniser's gazetteer feature of a matched word is the categories of the match and the
 * word's place in it (Begin, Inside, Last, or Unit for a one-word match), e.g. "country+given-name-U",
 * hashed. Per list of entries (one per lexicon phrase), the four hashed tags are built once, not
 * once per matched word.
 */
const TAG_HASHES = new WeakMap<readonly GazetteerEntry[], Int32Array>();

function tagHashesOf(entries: readonly GazetteerEntry[]): Int32Array {
  let hashes = TAG_HASHES.get(entries);
  if (!hashes) {
    const categories = matchCategories(entries);
    hashes = Int32Array.from(['B', 'I', 'L', 'U'], (part) => hashTag(`${categories}-${part}`));
    TAG_HASHES.set(entries, hashes);
  }
  return hashes;
}

/** Writes the hashed gazetteer tag of every matched word into the zeroed `gazetteer` (the recogniser's gazetteer features). */
export function gazetteerFeatures(matches: readonly GazetteerMatch[], gazetteer: Int32Array): void {
  for (const match of matches) {
    const hashes = tagHashesOf(match.entries);
    if (match.end - match.start === 1) {
      gazetteer[match.start] = hashes[3]!;
      continue;
    }
    gazetteer[match.start] = hashes[0]!;
    for (let position = match.start + 1; position < match.end - 1; position += 1) gazetteer[position] = hashes[1]!;
    gazetteer[match.end - 1] = hashes[2]!;
  }
}

/**
 * The recogniser's view of a sentence: its words, their part-of-speech tags (if known) and
 * gazetteer matches. `words` are raw tokens.
 */
export function sentenceForTagger(words: readonly string[], posTags?: readonly (string | undefined)[]): NerSentence {
  const atoms = words.map((word) => wordAtoms(normaliseTokenText(word)));
  const headline = isHeadline(atoms);
  return taggerView(atoms, matchGazetteer(atoms.map((atom) => atom.text), headline), headline, posTags);
}

/** Zeros shared by every sentence seen without part-of-speech tags (the recogniser reads none). */
let noTags = new Int32Array(256);

/** Part-of-speech features for a sentence of `length` words seen without tags: zeros, shared. */
export function noPosTags(length: number): Int32Array {
  if (noTags.length < length) noTags = new Int32Array(length * 2);
  return noTags;
}

/**
 * The recogniser's view of a sentence from its word atoms and gazetteer matches. `gazetteerInto`,
 * if given, is a zeroed array of the sentence's length to hold the gazetteer tags (a view of one
 * array per document: a fresh typed array per sentence costs an allocation outside the heap).
 */
export function taggerView(atoms: readonly WordAtoms[], matches: readonly GazetteerMatch[], headline: boolean, posTags?: readonly (string | undefined)[], gazetteerInto?: Int32Array): NerSentence {
  const gazetteer = gazetteerInto ?? new Int32Array(atoms.length);
  gazetteerFeatures(matches, gazetteer);
  return {
    words: atoms,
    gazetteer,
    // Without tags, one shared array of zeros (at least as long as the sentence) reads the same as a fresh one.
    posTags: posTags ? Int32Array.from(atoms, (_, index) => (posTags[index] ? hashTag(posTags[index]!) : 0)) : noPosTags(atoms.length),
    headline,
  };
}
