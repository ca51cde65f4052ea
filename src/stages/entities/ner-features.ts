import { featureKey, featureKey2 } from '../../models/feature-hash.ts';
import { windowFeatures, windowWord } from '../../models/window-scores.ts';
import { SENTENCE_END, SENTENCE_START, WORD_ID_LIMIT, WORD_TABLE, WordFlag, wordCacheGeneration, type WordAtoms } from '../../models/word-features.ts';
import { NER_LABELS, typeOf } from './ner-labels.ts';

/** Feature templates of the entity recogniser; the numbers are part of the trained model. */
const enum Template {
  Bias = 0,
  Word = 1,
  Lower = 2,
  Shape = 3,
  ShortShape = 4,
  Prefix1 = 5,
  Prefix2 = 6,
  Prefix3 = 7,
  Prefix4 = 8,
  Suffix1 = 9,
  Suffix2 = 10,
  Suffix3 = 11,
  Suffix4 = 12,
  Flags = 13,
  PreviousWord = 14,
  SecondPreviousWord = 15,
  NextWord = 16,
  SecondNextWord = 17,
  ShapeWindow = 18,
  PreviousWordWord = 19,
  WordNextWord = 20,
  PreviousLabel = 21,
  PreviousTwoLabels = 22,
  PreviousLabelWord = 23,
  PreviousLabelShape = 24,
  FirstInSentence = 25,
  HeadlineShape = 26,
  Gazetteer = 27,
  PreviousGazetteer = 28,
  NextGazetteer = 29,
  Memory = 30,
  MemoryShape = 31,
  LowercaseElsewhere = 32,
  PreviousShape = 33,
  NextShape = 34,
  PreviousWordExact = 35,
  NextWordExact = 36,
  Pos = 37,
  PreviousPosPos = 38,
  NextPos = 39,
  PreviousSuffix3 = 40,
  NextPrefix3 = 41,
  GazetteerShape = 42,
}

export const MAX_NER_FEATURES = 64;

/** One sentence as the recogniser sees it. */
export interface NerSentence {
  readonly words: readonly WordAtoms[];
  /** Per token, a hashed gazetteer tag (e.g. "GPE-B"), or 0. */
  readonly gazetteer: Int32Array;
  /** Per token, a hashed part-of-speech tag, or 0 when none is known. */
  readonly posTags: Int32Array;
  /** A headline or all-capitals line, where case says nothing. */
  readonly headline: boolean;
}

/**
 * One sentence as the recogniser sees it in a document read by word ids (see tokenWordIds): the
 * sentence is ids[start, end) of the document's ids; gazetteer and posTags are indexed from `start`.
 */
export interface NerSentenceOf {
  readonly start: number;
  readonly end: number;
  readonly gazetteer: Int32Array;
  readonly posTags: Int32Array;
  readonly headline: boolean;
}

/** Per label, the slot of DocumentMemory's counts it adds to: its type's number (PER, ORG, LOC, MISC), 4 for O. */
const MEMORY_KIND = Int32Array.from(NER_LABELS, (_, label) => {
  const type = typeOf(label);
  return type === undefined ? 4 : ['PER', 'ORG', 'LOC', 'MISC'].indexOf(type);
});

/**
 * What the recogniser remembers while reading one document: news names a person in full once
 * and then by surname, so a word's earlier labels are strong evidence (Ratinov and Roth 2009,
 * "prediction history"). Lowercase uses tell a capitalised sentence-initial common word from a name.
 */
export class DocumentMemory {
  private readonly labelCounts = new Map<string, Int32Array>();
  readonly lowercaseWords: ReadonlySet<string>;
  /** The same counts keyed by lowerId, for a document read by word ids. */
  private readonly labelCountsByLowerId = new Map<number, Int32Array>();
  /** For a document read by word ids: the stamp its lowercase forms carry in lowercaseStamps (see markLowercaseForms). */
  private readonly lowercaseStamp: number;

  constructor(lowercaseWords: ReadonlySet<string>, lowercaseStamp = -1) {
    this.lowercaseWords = lowercaseWords;
    this.lowercaseStamp = lowercaseStamp;
  }

  /** The memory of a document read by word ids, whose lowercase forms markLowercaseForms stamped. */
  static ofIds(lowercaseStamp: number): DocumentMemory {
    return new DocumentMemory(NO_WORDS, lowercaseStamp);
  }

  /** Whether the document also writes this form in lowercase (lowercaseWords, by lowerId). */
  hasLowercaseForm(lowerId: number): boolean {
    return lowercaseStamps[lowerId] === this.lowercaseStamp;
  }

  /** recall, by the word's lowerId. */
  recallOf(lowerId: number): number {
    const counts = this.labelCountsByLowerId.get(lowerId);
    if (!counts) return -1;
    let best = 0;
    for (let kind = 1; kind < counts.length; kind += 1) if (counts[kind]! > counts[best]!) best = kind;
    return best;
  }

  /** observe, for a sentence read by word ids. */
  observeOf(ids: Int32Array, sentence: NerSentenceOf, labels: Int32Array): void {
    if (sentence.headline) return;
    const { flags, lowerId } = WORD_TABLE;
    for (let position = sentence.start; position < sentence.end; position += 1) {
      const id = ids[position]!;
      if ((flags[id]! & WordFlag.isCapitalised) === 0) continue;
      const key = lowerId[id]!;
      let counts = this.labelCountsByLowerId.get(key);
      if (!counts) {
        counts = new Int32Array(5);
        this.labelCountsByLowerId.set(key, counts);
      }
      counts[MEMORY_KIND[labels[position - sentence.start]!]!]! += 1;
    }
  }

  /** The most frequent earlier type of this word (0 for none, 1 + type number otherwise, 5 for O). */
  recall(word: WordAtoms): number {
    const counts = this.labelCounts.get(word.lowerText);
    if (!counts) return -1;
    let best = 0;
    for (let kind = 1; kind < counts.length; kind += 1) if (counts[kind]! > counts[best]!) best = kind;
    return best;
  }

  /** Records the labels given to a sentence's capitalised words. */
  observe(sentence: NerSentence, labels: ArrayLike<number>): void {
    if (sentence.headline) return;
    const { words } = sentence;
    for (let position = 0; position < words.length; position += 1) {
      const word = words[position]!;
      if (!word.isCapitalised) continue;
      let counts = this.labelCounts.get(word.lowerText);
      if (!counts) {
        counts = new Int32Array(5);
        this.labelCounts.set(word.lowerText, counts);
      }
      counts[MEMORY_KIND[labels[position]!]!]! += 1;
    }
  }
}

/**
 * Lowercased forms of the words a document writes in lowercase, kept only for words the recogniser
 * asks about (those it also sees capitalised or in a headline, like "The" and "the"). Those forms
 * are marked first, so that the many lowercase words cost a read of a flat array by their lowerId
 * rather than a string-keyed set lookup; words from several generations of the word cache (a
 * training set built up front) are compared by their text instead.
 */
export function lowercaseWordsOf(sentences: readonly NerSentence[]): Set<string> {
  const generation = wordCacheGeneration();
  const stamp = nextLowercaseStamp();
  for (const sentence of sentences) {
    const { words, headline } = sentence;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      if (word.generation !== generation) return lowercaseWordsByText(sentences);
      if (word.hasLetter && (word.isCapitalised || headline)) capitalisedStamps[word.lowerId] = stamp;
    }
  }
  const found = new Set<string>();
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      if (word.hasLetter && !word.isCapitalised && capitalisedStamps[word.lowerId] === stamp) found.add(word.lowerText);
    }
  }
  return found;
}

/** Per lowerId, the stamp of the last document that used the form capitalised (see lowercaseWordsOf). */
const capitalisedStamps = new Int32Array(WORD_ID_LIMIT);
/** Per lowerId, the stamp of the last document read by ids that also writes the form in lowercase (see markLowercaseForms). */
const lowercaseStamps = new Int32Array(WORD_ID_LIMIT);
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * lowercaseWordsOf for a document read by word ids: stamps the lowerIds of the forms the document
 * writes both capitalised (or in a headline) and in lowercase, and returns the stamp (see DocumentMemory.ofIds).
 */
export function markLowercaseForms(ids: Int32Array, sentences: readonly NerSentenceOf[]): number {
  const stamp = nextLowercaseStamp();
  const { flags, lowerId } = WORD_TABLE;
  for (const sentence of sentences) {
    const { headline } = sentence;
    for (let position = sentence.start; position < sentence.end; position += 1) {
      const wordFlags = flags[ids[position]!]!;
      if ((wordFlags & WordFlag.hasLetter) !== 0 && (headline || (wordFlags & WordFlag.isCapitalised) !== 0)) capitalisedStamps[lowerId[ids[position]!]!] = stamp;
    }
  }
  for (const sentence of sentences) {
    for (let position = sentence.start; position < sentence.end; position += 1) {
      const wordFlags = flags[ids[position]!]!;
      const form = lowerId[ids[position]!]!;
      if ((wordFlags & WordFlag.hasLetter) !== 0 && (wordFlags & WordFlag.isCapitalised) === 0 && capitalisedStamps[form] === stamp) lowercaseStamps[form] = stamp;
    }
  }
  return stamp;
}
let lowercaseStamp = 0;

function nextLowercaseStamp(): number {
  if (lowercaseStamp === 0x7fffffff) {
    capitalisedStamps.fill(0);
    lowercaseStamps.fill(0);
    lowercaseStamp = 0;
  }
  lowercaseStamp += 1;
  return lowercaseStamp;
}

function lowercaseWordsByText(sentences: readonly NerSentence[]): Set<string> {
  const capitalised = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence.words) if (word.hasLetter && (word.isCapitalised || sentence.headline)) capitalised.add(word.lowerText);
  }
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (const word of sentence.words) if (word.hasLetter && !word.isCapitalised && capitalised.has(word.lowerText)) words.add(word.lowerText);
  }
  return words;
}

const LABEL_COUNT = NER_LABELS.length;

/** Features a word contributes from one place in the window (see WINDOW_OFFSETS: itself, before, after). */
export function nerWordFeatures(word: WordAtoms, role: number, out: Int32Array, from: number): number {
  let count = from;
  switch (role) {
    case 0:
      out[count++] = featureKey(Template.Bias, 0);
      out[count++] = featureKey(Template.Word, word.exact);
      out[count++] = featureKey(Template.Lower, word.lower);
      out[count++] = featureKey(Template.Shape, word.shape);
      out[count++] = featureKey(Template.Prefix1, word.prefixes[0]);
      out[count++] = featureKey(Template.Prefix2, word.prefixes[1]);
      out[count++] = featureKey(Template.Prefix3, word.prefixes[2]);
      out[count++] = featureKey(Template.Prefix4, word.prefixes[3]);
      out[count++] = featureKey(Template.Suffix1, word.suffixes[0]);
      out[count++] = featureKey(Template.Suffix2, word.suffixes[1]);
      out[count++] = featureKey(Template.Suffix3, word.suffixes[2]);
      out[count++] = featureKey(Template.Suffix4, word.suffixes[3]);
      out[count++] = featureKey(Template.Flags, word.flags);
      break;
    case 1:
      out[count++] = featureKey(Template.PreviousWord, word.lower);
      out[count++] = featureKey(Template.PreviousWordExact, word.exact);
      out[count++] = featureKey(Template.PreviousShape, word.shortShape);
      out[count++] = featureKey(Template.PreviousSuffix3, word.suffixes[2]);
      break;
    case 2:
      out[count++] = featureKey(Template.SecondPreviousWord, word.lower);
      break;
    case 3:
      out[count++] = featureKey(Template.NextWord, word.lower);
      out[count++] = featureKey(Template.NextWordExact, word.exact);
      out[count++] = featureKey(Template.NextShape, word.shortShape);
      out[count++] = featureKey(Template.NextPrefix3, word.prefixes[2]);
      break;
    case 4:
      out[count++] = featureKey(Template.SecondNextWord, word.lower);
      break;
  }
  return count;
}

/**
 * Features that depend on more than one word, on the sentence, the document memory, the lexicons
 * or the labels already chosen, written into `out` from `from`; returns the new count.
 * `previousLabel`/`secondPreviousLabel` are label numbers (-1 before the sentence). Without
 * `withHistory`, the features of the previous labels alone are left to the caller (HistoryScores).
 */
/** Features of the two previous labels alone (see HistoryScores), written into `out` from `from`; returns the new count. */
export function nerHistoryFeatures(previousLabel: number, secondPreviousLabel: number, out: Int32Array, from: number): number {
  let count = from;
  out[count++] = featureKey(Template.PreviousLabel, previousLabel);
  out[count++] = featureKey2(Template.PreviousTwoLabels, previousLabel, secondPreviousLabel);
  return count;
}

export function nerContextFeatures(sentence: NerSentence, position: number, previousLabel: number, secondPreviousLabel: number, memory: DocumentMemory, out: Int32Array, from = 0, withHistory = true): number {
  const { words, gazetteer, posTags } = sentence;
  const word = words[position]!;
  const previous = windowWord(words, position, 1);
  const next = windowWord(words, position, 3);
  const headline = sentence.headline ? 1 : 0;
  let count = from;
  out[count++] = featureKey2(Template.ShortShape, word.shortShape, headline);
  out[count++] = featureKey(Template.ShapeWindow, previous.shortShape ^ Math.imul(word.shortShape, 31) ^ Math.imul(next.shortShape, 961));
  out[count++] = featureKey2(Template.PreviousWordWord, previous.lower, word.lower);
  out[count++] = featureKey2(Template.WordNextWord, word.lower, next.lower);
  if (withHistory) count = nerHistoryFeatures(previousLabel, secondPreviousLabel, out, count);
  out[count++] = featureKey2(Template.PreviousLabelWord, previousLabel, word.lower);
  out[count++] = featureKey2(Template.PreviousLabelShape, previousLabel, word.shortShape);
  if (position === 0) out[count++] = featureKey(Template.FirstInSentence, word.shortShape);
  if (headline) out[count++] = featureKey(Template.HeadlineShape, word.shortShape);
  const gazetteerTag = gazetteer[position]!;
  if (gazetteerTag !== 0) {
    out[count++] = featureKey(Template.Gazetteer, gazetteerTag);
    out[count++] = featureKey2(Template.GazetteerShape, gazetteerTag, word.shortShape);
  }
  if (position > 0 && gazetteer[position - 1] !== 0) out[count++] = featureKey(Template.PreviousGazetteer, gazetteer[position - 1]!);
  if (position + 1 < words.length && gazetteer[position + 1] !== 0) out[count++] = featureKey(Template.NextGazetteer, gazetteer[position + 1]!);
  if (word.hasLetter && (word.isCapitalised || sentence.headline)) {
    const remembered = memory.recall(word);
    if (remembered >= 0) {
      out[count++] = featureKey(Template.Memory, remembered);
      out[count++] = featureKey2(Template.MemoryShape, remembered, word.shortShape);
    }
    if (memory.lowercaseWords.has(word.lowerText)) out[count++] = featureKey(Template.LowercaseElsewhere, position === 0 ? 1 : 0);
  }
  const pos = posTags[position]!;
  if (pos !== 0) {
    out[count++] = featureKey(Template.Pos, pos);
    out[count++] = featureKey2(Template.PreviousPosPos, posTags[position - 1] ?? 0, pos);
    out[count++] = featureKey(Template.NextPos, posTags[position + 1] ?? 0);
  }
  return count;
}

/**
 * nerContextFeatures without the history features, for a sentence read by word ids: `position`
 * counted in `ids`. The same features, read from the word table's flat arrays.
 */
export function nerContextFeaturesOf(sentence: NerSentenceOf, ids: Int32Array, position: number, previousLabel: number, memory: DocumentMemory, out: Int32Array, from: number): number {
  const { lower, shortShape, flags, lowerId } = WORD_TABLE;
  const { start, end, gazetteer, posTags } = sentence;
  const id = ids[position]!;
  const previousId = position > start ? ids[position - 1]! : SENTENCE_START.id;
  const nextId = position + 1 < end ? ids[position + 1]! : SENTENCE_END.id;
  const local = position - start;
  const headline = sentence.headline ? 1 : 0;
  const wordShape = shortShape[id]!;
  const wordLower = lower[id]!;
  let count = from;
  out[count++] = featureKey2(Template.ShortShape, wordShape, headline);
  out[count++] = featureKey(Template.ShapeWindow, shortShape[previousId]! ^ Math.imul(wordShape, 31) ^ Math.imul(shortShape[nextId]!, 961));
  out[count++] = featureKey2(Template.PreviousWordWord, lower[previousId]!, wordLower);
  out[count++] = featureKey2(Template.WordNextWord, wordLower, lower[nextId]!);
  out[count++] = featureKey2(Template.PreviousLabelWord, previousLabel, wordLower);
  out[count++] = featureKey2(Template.PreviousLabelShape, previousLabel, wordShape);
  if (local === 0) out[count++] = featureKey(Template.FirstInSentence, wordShape);
  if (headline) out[count++] = featureKey(Template.HeadlineShape, wordShape);
  const gazetteerTag = gazetteer[local]!;
  if (gazetteerTag !== 0) {
    out[count++] = featureKey(Template.Gazetteer, gazetteerTag);
    out[count++] = featureKey2(Template.GazetteerShape, gazetteerTag, wordShape);
  }
  if (local > 0 && gazetteer[local - 1] !== 0) out[count++] = featureKey(Template.PreviousGazetteer, gazetteer[local - 1]!);
  if (position + 1 < end && gazetteer[local + 1] !== 0) out[count++] = featureKey(Template.NextGazetteer, gazetteer[local + 1]!);
  const wordFlags = flags[id]!;
  if ((wordFlags & WordFlag.hasLetter) !== 0 && ((wordFlags & WordFlag.isCapitalised) !== 0 || sentence.headline)) {
    const remembered = memory.recallOf(lowerId[id]!);
    if (remembered >= 0) {
      out[count++] = featureKey(Template.Memory, remembered);
      out[count++] = featureKey2(Template.MemoryShape, remembered, wordShape);
    }
    if (memory.hasLowercaseForm(lowerId[id]!)) out[count++] = featureKey(Template.LowercaseElsewhere, local === 0 ? 1 : 0);
  }
  const pos = posTags[local]!;
  if (pos !== 0) {
    out[count++] = featureKey(Template.Pos, pos);
    out[count++] = featureKey2(Template.PreviousPosPos, posTags[local - 1] ?? 0, pos);
    out[count++] = featureKey(Template.NextPos, posTags[local + 1] ?? 0);
  }
  return count;
}

/** Every feature of the word at `position` (training): the window's word features, then the context. */
export function nerFeatures(sentence: NerSentence, position: number, previousLabel: number, secondPreviousLabel: number, memory: DocumentMemory, out: Int32Array): number {
  const count = windowFeatures(sentence.words, position, nerWordFeatures, out);
  return nerContextFeatures(sentence, position, previousLabel, secondPreviousLabel, memory, out, count);
}

export { LABEL_COUNT };
