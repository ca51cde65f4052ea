import { featureKey, featureKey2 } from '../../models/feature-hash.ts';
import { windowFeatures, windowWord } from '../../models/window-scores.ts';
import { SENTENCE_END, SENTENCE_START, WORD_TABLE, type WordAtoms } from '../../models/word-features.ts';

/** Feature templates of the part-of-speech tagger; the numbers are part of the trained model. */
const Template = {
  Bias: 0,
  Word: 1,
  Lower: 2,
  Suffix1: 3,
  Suffix2: 4,
  Suffix3: 5,
  Suffix4: 6,
  Prefix1: 7,
  Prefix2: 8,
  Prefix3: 9,
  Shape: 10,
  ShortShape: 11,
  PreviousTag: 12,
  PreviousTwoTags: 13,
  PreviousTagWord: 14,
  PreviousWord: 15,
  PreviousSuffix3: 16,
  SecondPreviousWord: 17,
  NextWord: 18,
  NextSuffix3: 19,
  SecondNextWord: 20,
  Flags: 21,
  WordNextWord: 22,
  PreviousWordWord: 23,
  FirstInSentence: 24,
} as const;

export const MAX_POS_FEATURES = 32;

/** Features a word contributes from one place in the window (see WINDOW_OFFSETS: itself, before, after). */
export function posWordFeatures(word: WordAtoms, role: number, out: Int32Array, from: number): number {
  let count = from;
  switch (role) {
    case 0:
      out[count++] = featureKey(Template.Bias, 0);
      out[count++] = featureKey(Template.Word, word.exact);
      out[count++] = featureKey(Template.Lower, word.lower);
      out[count++] = featureKey(Template.Suffix1, word.suffixes[0]);
      out[count++] = featureKey(Template.Suffix2, word.suffixes[1]);
      out[count++] = featureKey(Template.Suffix3, word.suffixes[2]);
      out[count++] = featureKey(Template.Suffix4, word.suffixes[3]);
      out[count++] = featureKey(Template.Prefix1, word.prefixes[0]);
      out[count++] = featureKey(Template.Prefix2, word.prefixes[1]);
      out[count++] = featureKey(Template.Prefix3, word.prefixes[2]);
      out[count++] = featureKey(Template.Shape, word.shape);
      out[count++] = featureKey(Template.ShortShape, word.shortShape);
      out[count++] = featureKey(Template.Flags, word.flags);
      break;
    case 1:
      out[count++] = featureKey(Template.PreviousWord, word.lower);
      out[count++] = featureKey(Template.PreviousSuffix3, word.suffixes[2]);
      break;
    case 2:
      out[count++] = featureKey(Template.SecondPreviousWord, word.lower);
      break;
    case 3:
      out[count++] = featureKey(Template.NextWord, word.lower);
      out[count++] = featureKey(Template.NextSuffix3, word.suffixes[2]);
      break;
    case 4:
      out[count++] = featureKey(Template.SecondNextWord, word.lower);
      break;
  }
  return count;
}

/** Features of the two previous tags alone (see HistoryScores), written into `out` from `from`; returns the new count. */
export function posHistoryFeatures(previousTag: number, secondPreviousTag: number, out: Int32Array, from: number): number {
  let count = from;
  out[count++] = featureKey(Template.PreviousTag, previousTag);
  out[count++] = featureKey2(Template.PreviousTwoTags, previousTag, secondPreviousTag);
  return count;
}

/**
 * Features that depend on more than one word or on the tags already chosen, written into `out`
 * from `from`; returns the new count. `previousTag`/`secondPreviousTag` are class numbers (-1 before the sentence).
 * Without `withHistory`, the features of the previous tags alone are left to the caller (HistoryScores).
 */
export function posContextFeatures(words: readonly WordAtoms[], position: number, previousTag: number, secondPreviousTag: number, out: Int32Array, from = 0, withHistory = true): number {
  const word = words[position]!;
  const previous = windowWord(words, position, 1);
  const next = windowWord(words, position, 3);
  let count = withHistory ? posHistoryFeatures(previousTag, secondPreviousTag, out, from) : from;
  out[count++] = featureKey2(Template.PreviousTagWord, previousTag, word.lower);
  out[count++] = featureKey2(Template.WordNextWord, word.lower, next.lower);
  out[count++] = featureKey2(Template.PreviousWordWord, previous.lower, word.lower);
  if (position === 0) out[count++] = featureKey(Template.FirstInSentence, word.shortShape);
  return count;
}

/**
 * posContextFeatures without the history features, for the sentence ids[start, end) of word ids
 * (see tokenWordIds), `position` counted in `ids`: the same features, read from the word table.
 */
export function posContextFeaturesOf(ids: Int32Array, start: number, end: number, position: number, previousTag: number, out: Int32Array, from: number): number {
  const { lower, shortShape } = WORD_TABLE;
  const id = ids[position]!;
  const word = lower[id]!;
  const previous = position > start ? lower[ids[position - 1]!]! : SENTENCE_START.lower;
  const next = position + 1 < end ? lower[ids[position + 1]!]! : SENTENCE_END.lower;
  let count = from;
  out[count++] = featureKey2(Template.PreviousTagWord, previousTag, word);
  out[count++] = featureKey2(Template.WordNextWord, word, next);
  out[count++] = featureKey2(Template.PreviousWordWord, previous, word);
  if (position === start) out[count++] = featureKey(Template.FirstInSentence, shortShape[id]!);
  return count;
}

/** Every feature of the word at `position` (training): the window's word features, then the context. */
export function posFeatures(words: readonly WordAtoms[], position: number, previousTag: number, secondPreviousTag: number, out: Int32Array): number {
  const count = windowFeatures(words, position, posWordFeatures, out);
  return posContextFeatures(words, position, previousTag, secondPreviousTag, out, count);
}
