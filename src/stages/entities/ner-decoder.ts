import type { PerceptronModel } from '../../models/perceptron.ts';
import type { HistoryScores } from '../../models/history-scores.ts';
import type { WindowScoreCache } from '../../models/window-scores.ts';
import type { FeatureScorer } from '../tags/pos-tagger.ts';
import { canFollow, NER_LABELS, partOf } from './ner-labels.ts';
import { WORD_TABLE, WordFlag } from '../../models/word-features.ts';
import { MAX_NER_FEATURES, nerContextFeatures, nerContextFeaturesOf, nerFeatures, type DocumentMemory, type NerSentence, type NerSentenceOf } from './ner-features.ts';

/** Learns from each decision while decoding (training only). */
export interface OnlineLearner {
  update(features: Int32Array, count: number, truth: number, guess: number): void;
}

/** A trained model with its cache of word-only scores: the fast path used in the pipeline. */
export interface CachedModel {
  readonly model: PerceptronModel;
  readonly cache: WindowScoreCache;
  readonly history: HistoryScores;
}

const featureBuffer = new Int32Array(MAX_NER_FEATURES);
const scores = new Float32Array(NER_LABELS.length);
const integerScores = new Int32Array(NER_LABELS.length);

const LABEL_COUNT = NER_LABELS.length;
/** ALLOWED[(previous + 1) * LABEL_COUNT + label]: whether label may follow previous (-1 at the start). */
const ALLOWED = Uint8Array.from({ length: (LABEL_COUNT + 1) * LABEL_COUNT }, (_, cell) => (canFollow(Math.floor(cell / LABEL_COUNT) - 1, cell % LABEL_COUNT) ? 1 : 0));
/** B and I must be closed by L inside the sentence. */
const CAN_END = Uint8Array.from({ length: LABEL_COUNT }, (_, label) => (partOf(label) === 'B' || partOf(label) === 'I' ? 0 : 1));

function bestAllowedLabel(scores: Float32Array, previous: number, lastInSentence: boolean): number {
  let best = -1;
  const row = (previous + 1) * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label += 1) {
    if (ALLOWED[row + label] === 0 || (lastInSentence && CAN_END[label] === 0)) continue;
    if (best < 0 || scores[label]! > scores[best]!) best = label;
  }
  return best;
}

/** The same over integer scores (the trained model's fast path): one array type per function keeps the loop monomorphic. */
function bestAllowedInteger(scores: Int32Array, previous: number, lastInSentence: boolean): number {
  let best = -1;
  const row = (previous + 1) * LABEL_COUNT;
  for (let label = 0; label < LABEL_COUNT; label += 1) {
    if (ALLOWED[row + label] === 0 || (lastInSentence && CAN_END[label] === 0)) continue;
    if (best < 0 || scores[label]! > scores[best]!) best = label;
  }
  return best;
}

/**
 * Greedy left-to-right labelling of one sentence (Ratinov and Roth found greedy decoding as good
 * as Viterbi for news NER, and it is several times faster). Only labels that can follow the
 * previous one are considered, so the output is always well-formed BILOU. With `gold` and a
 * learner, each decision is also a perceptron update. A CachedModel takes the fast path: the
 * word-only part of the scores comes from its per-word cache. With `into` long enough, the labels
 * are written at its start and returned as a view of it.
 */
export function decodeSentence(sentence: NerSentence, memory: DocumentMemory, scorer: FeatureScorer | CachedModel, gold?: Int32Array, learner?: OnlineLearner, into?: Int32Array): Int32Array {
  const length = sentence.words.length;
  // A buffer the caller reuses, when it reads the labels before the next sentence: a fresh typed
  // array per sentence costs an allocation outside the heap, a good part of decoding a sentence.
  const labels = into && into.length >= length ? into.subarray(0, length) : new Int32Array(length);
  const cached = 'cache' in scorer ? scorer : undefined;
  for (let position = 0; position < length; position += 1) {
    const previous = position > 0 ? labels[position - 1]! : -1;
    const secondPrevious = position > 1 ? labels[position - 2]! : -1;
    if (cached) {
      // Outside a name, a word that is not capitalised (outside headlines) starts none: news names are
      // capitalised. Labelling these O without scoring skips most tokens and left CoNLL++ dev F1 unchanged
      // (0.8974 -> 0.8980); lowercase words training never saw in a name are skipped in headlines too.
      const word = sentence.words[position]!;
      if ((previous < 0 || CAN_END[previous] === 1) && ((!word.isCapitalised && !sentence.headline) || cached.cache.shortcut(word) === 0)) {
        labels[position] = 0;
        continue;
      }
      integerScores.fill(0);
      cached.cache.addWindow(sentence.words, position, integerScores);
      const window = cached.cache.addUncachedFeatures(sentence.words, position, featureBuffer, 0);
      cached.history.add(previous, secondPrevious, integerScores);
      const count = nerContextFeatures(sentence, position, previous, secondPrevious, memory, featureBuffer, window, false);
      cached.model.addScores(featureBuffer, count, integerScores);
    } else {
      const count = nerFeatures(sentence, position, previous, secondPrevious, memory, featureBuffer);
      (scorer as FeatureScorer).score(featureBuffer, count, scores);
      const best = bestAllowedLabel(scores, previous, position === length - 1);
      if (gold && learner) learner.update(featureBuffer, count, gold[position]!, best);
      labels[position] = best;
      continue;
    }
    labels[position] = bestAllowedInteger(integerScores, previous, position === length - 1);
  }
  memory.observe(sentence, labels);
  return labels;
}

/** Where touchRecords' sums go, so that its reads are not optimised away. */
let touched = 0;

/**
 * decodeSentence's fast path for a sentence of a document read by word ids (see tokenWordIds):
 * the same labels, with the words read from the word table's flat arrays. The labels are written
 * at the start of `into` (at least as long as the sentence) and returned as a view of it.
 */
export function decodeSentenceOf(sentence: NerSentenceOf, ids: Int32Array, memory: DocumentMemory, cached: CachedModel, into: Int32Array): Int32Array {
  const { start, end, headline } = sentence;
  const length = end - start;
  const labels = into.subarray(0, length);
  const { flags } = WORD_TABLE;
  cached.cache.prepareForIds();
  // The records of the windows around capitalised words, where scoring happens, read ahead (see touchRecords).
  for (let position = start; position < end; position += 1) {
    if ((flags[ids[position]!]! & WordFlag.isCapitalised) !== 0 || headline) touched += cached.cache.touchRecords(ids, Math.max(start, position - 2), Math.min(end, position + 3));
  }
  for (let position = 0; position < length; position += 1) {
    const previous = position > 0 ? labels[position - 1]! : -1;
    const secondPrevious = position > 1 ? labels[position - 2]! : -1;
    const id = ids[start + position]!;
    // As in decodeSentence: outside a name, a word that is not capitalised (outside headlines) starts none.
    if ((previous < 0 || CAN_END[previous] === 1) && (((flags[id]! & WordFlag.isCapitalised) === 0 && !headline) || cached.cache.shortcutOf(id) === 0)) {
      labels[position] = 0;
      continue;
    }
    integerScores.fill(0);
    cached.cache.addWindowOf(ids, start, end, start + position, integerScores);
    cached.history.add(previous, secondPrevious, integerScores);
    const count = nerContextFeaturesOf(sentence, ids, start + position, previous, memory, featureBuffer, 0);
    cached.model.addScores(featureBuffer, count, integerScores);
    labels[position] = bestAllowedInteger(integerScores, previous, position === length - 1);
  }
  memory.observeOf(ids, sentence, labels);
  return labels;
}
