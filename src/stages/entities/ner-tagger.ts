import { hashString } from '../../models/feature-hash.ts';
import { normaliseTokenText, wordAtoms } from '../../models/word-features.ts';
import { gazetteerTags, matchGazetteer, type GazetteerMatch } from './gazetteer.ts';
import type { NerSentence } from './ner-features.ts';

/** A line whose letters are all capitals (a headline, a dateline, a sports table): case says nothing there. */
export function isHeadline(words: readonly string[]): boolean {
  let letters = 0;
  for (const word of words) {
    if (!/\p{L}/u.test(word)) continue;
    if (word !== word.toUpperCase()) return false;
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
 * gazetteer matches. `words` are raw tokens; pass `normalised` when they already went through normaliseTokenText.
 */
export function sentenceForTagger(words: readonly string[], posTags?: readonly (string | undefined)[], matches?: readonly GazetteerMatch[], normalised = false): NerSentence {
  const forms = normalised ? words : words.map(normaliseTokenText);
  const headline = isHeadline(forms);
  const gazetteer = gazetteerTags(forms.length, matches ?? matchGazetteer(forms, headline));
  return {
    words: forms.map(wordAtoms),
    gazetteer: Int32Array.from(gazetteer, (tag) => (tag ? hashTag(tag) : 0)),
    posTags: Int32Array.from(words, (_, index) => (posTags?.[index] ? hashTag(posTags[index]!) : 0)),
    headline,
  };
}
