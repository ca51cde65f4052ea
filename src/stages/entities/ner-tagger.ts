import { hashString } from '../../models/feature-hash.ts';
import { normaliseTokenText, wordAtoms, type WordAtoms } from '../../models/word-features.ts';
import { gazetteerTags, matchGazetteer, type GazetteerMatch } from './gazetteer.ts';
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
 * The recogniser's view of a sentence: its words, their part-of-speech tags (if known) and
 * gazetteer matches. `words` are raw tokens.
 */
export function sentenceForTagger(words: readonly string[], posTags?: readonly (string | undefined)[]): NerSentence {
  const atoms = words.map((word) => wordAtoms(normaliseTokenText(word)));
  const headline = isHeadline(atoms);
  return taggerView(atoms, matchGazetteer(atoms.map((atom) => atom.text), headline), headline, posTags);
}

/** The recogniser's view of a sentence from its word atoms and gazetteer matches. */
export function taggerView(atoms: readonly WordAtoms[], matches: readonly GazetteerMatch[], headline: boolean, posTags?: readonly (string | undefined)[]): NerSentence {
  const gazetteer = new Int32Array(atoms.length);
  if (matches.length > 0) gazetteerTags(atoms.length, matches).forEach((tag, index) => {
    if (tag) gazetteer[index] = hashTag(tag);
  });
  return {
    words: atoms,
    gazetteer,
    posTags: posTags ? Int32Array.from(atoms, (_, index) => (posTags[index] ? hashTag(posTags[index]!) : 0)) : new Int32Array(atoms.length),
    headline,
  };
}
