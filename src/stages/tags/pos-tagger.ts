import posModelFile from '../../models/pos.model.json' with { type: 'json' };
import { loadModel, type PerceptronModel } from '../../models/perceptron.ts';
import { HistoryScores } from '../../models/history-scores.ts';
import { WindowScoreCache } from '../../models/window-scores.ts';
import { normaliseTokenText, wordAtoms, type WordAtoms } from '../../models/word-features.ts';
import { MAX_POS_FEATURES, posContextFeatures, posContextFeaturesOf, posHistoryFeatures, posWordFeatures } from './pos-features.ts';

/** Anything that scores features into one cell per class: the trained model, or a model in training. */
export interface FeatureScorer {
  score(features: Int32Array, count: number, scores: Float32Array): void;
}

/** The loaded model with its caches, and one score buffer reused for every token. */
interface LoadedTagger {
  readonly model: PerceptronModel;
  readonly cache: WindowScoreCache;
  readonly history: HistoryScores;
  readonly scores: Int32Array;
}

let tagger: LoadedTagger | undefined;

export function posModel(): PerceptronModel {
  return loadedTagger().model;
}

function loadedTagger(): LoadedTagger {
  if (!tagger) {
    const model = loadModel(posModelFile);
    tagger = { model, cache: new WindowScoreCache(model, posWordFeatures, [0, 1, 2, 3, 4]), history: new HistoryScores(model, posHistoryFeatures), scores: new Int32Array(model.classes.length) };
  }
  return tagger;
}

function argmax(scores: Int32Array): number {
  let best = 0;
  for (let label = 1; label < scores.length; label += 1) if (scores[label]! > scores[best]!) best = label;
  return best;
}

const featureBuffer = new Int32Array(MAX_POS_FEATURES);

/**
 * Greedy left-to-right tagging of one sentence with the trained model; returns class numbers.
 * With `into`, the classes are written there from `from` (one array for a whole document: a
 * fresh typed array per sentence costs an allocation outside the heap, more than tagging a
 * short sentence) and `into` is returned.
 */
export function tagSentenceClasses(words: readonly WordAtoms[], into?: Int32Array, from = 0): Int32Array {
  const { model, cache, history, scores } = loadedTagger();
  const tags = into ?? new Int32Array(words.length);
  for (let position = 0; position < words.length; position += 1) {
    const certain = cache.shortcut(words[position]!);
    if (certain >= 0) {
      tags[from + position] = certain;
      continue;
    }
    scores.fill(0);
    cache.addWindow(words, position, scores);
    const window = cache.addUncachedFeatures(words, position, featureBuffer, 0);
    const previousTag = position > 0 ? tags[from + position - 1]! : -1;
    const secondPreviousTag = position > 1 ? tags[from + position - 2]! : -1;
    history.add(previousTag, secondPreviousTag, scores);
    const count = posContextFeatures(words, position, previousTag, secondPreviousTag, featureBuffer, window, false);
    model.addScores(featureBuffer, count, scores);
    tags[from + position] = argmax(scores);
  }
  return tags;
}

/** Where touchRecords' sum goes, so that its reads are not optimised away. */
let touched = 0;

/**
 * tagSentenceClasses for the sentence ids[start, end) of word ids in the word cache's current
 * generation (see tokenWordIds), writing the classes into tags[start, end): the same classes,
 * with the words read from the word table's flat arrays rather than from their WordAtoms.
 */
export function tagSentenceOf(ids: Int32Array, start: number, end: number, tags: Int32Array): void {
  const { model, cache, history, scores } = loadedTagger();
  cache.prepareForIds();
  touched += cache.touchRecords(ids, start, end);
  for (let position = start; position < end; position += 1) {
    const certain = cache.shortcutOf(ids[position]!);
    if (certain >= 0) {
      tags[position] = certain;
      continue;
    }
    scores.fill(0);
    cache.addWindowOf(ids, start, end, position, scores);
    const previousTag = position > start ? tags[position - 1]! : -1;
    const secondPreviousTag = position > start + 1 ? tags[position - 2]! : -1;
    history.add(previousTag, secondPreviousTag, scores);
    const count = posContextFeaturesOf(ids, start, end, position, previousTag, featureBuffer, 0);
    model.addScores(featureBuffer, count, scores);
    tags[position] = argmax(scores);
  }
}

/** Penn Treebank tags for the words of one sentence. */
export function tagSentence(words: readonly string[]): string[] {
  const { model } = loadedTagger();
  const atoms = words.map((word) => wordAtoms(normaliseTokenText(word)));
  return Array.from(tagSentenceClasses(atoms), (label) => model.classes[label]!);
}
