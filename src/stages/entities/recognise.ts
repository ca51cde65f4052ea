import type { Doc } from '../../doc/doc.ts';
import nerModelFile from '../../models/ner.model.json' with { type: 'json' };
import { loadModel } from '../../models/perceptron.ts';
import { HistoryScores } from '../../models/history-scores.ts';
import { WindowScoreCache } from '../../models/window-scores.ts';
import { tokenAtoms } from '../../models/token-atoms.ts';
import { sentenceTokenRanges } from '../tags/index.ts';
import { matchGazetteerAtoms, type GazetteerMatch } from './gazetteer.ts';
import { decodeSentence, type CachedModel } from './ner-decoder.ts';
import { DocumentMemory, lowercaseWordsOf, nerHistoryFeatures, nerWordFeatures, type NerSentence } from './ner-features.ts';
import { spansFromLabels, type NerType } from './ner-labels.ts';
import { isHeadline, taggerView } from './ner-tagger.ts';

let trained: CachedModel | undefined;

/** The trained recogniser with its per-word score cache, loaded on first use. */
export function nerModel(): CachedModel {
  if (!trained) {
    const model = loadModel(nerModelFile);
    trained = { model, cache: new WindowScoreCache(model, nerWordFeatures, [0, 1, 3]), history: new HistoryScores(model, nerHistoryFeatures) };
  }
  return trained;
}

/** A name the statistical recogniser found, in doc.tokens positions [start, end). */
export interface RecognisedName {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

/** One sentence as the entity rules see it: its tokens, the recogniser's names and the lexicon matches. */
export interface SentenceAnalysis {
  readonly sentence: number;
  /** doc.tokens positions [start, end) of the sentence. */
  readonly start: number;
  readonly end: number;
  /** The sentence's tokens, normalised (typographic quotes as ASCII). */
  readonly words: readonly string[];
  readonly headline: boolean;
  readonly names: readonly RecognisedName[];
  /** Gazetteer matches, in doc.tokens positions. */
  readonly matches: readonly GazetteerMatch[];
}

/**
 * Runs the recogniser over every sentence of the document in order, with one document memory,
 * and returns per sentence its names and gazetteer matches (positions in doc.tokens).
 */
export function recogniseNames(doc: Doc): SentenceAnalysis[] {
  const ranges = sentenceTokenRanges(doc);
  const atoms = tokenAtoms(doc);
  const gazetteer = new Int32Array(atoms.length);
  const prepared = ranges.map((range, sentence) => {
    const sentenceAtoms = atoms.slice(range.start, range.end);
    const words = sentenceAtoms.map((atom) => atom.text);
    const headline = isHeadline(sentenceAtoms);
    const matches = matchGazetteerAtoms(sentenceAtoms, headline);
    // The recogniser is trained without part-of-speech features, so no tags are passed.
    const view: NerSentence = taggerView(sentenceAtoms, matches, headline, undefined, gazetteer.subarray(range.start, range.end));
    return { sentence, range, words, headline, matches, taggerView: view };
  });
  const memory = new DocumentMemory(lowercaseWordsOf(prepared.map((item) => item.taggerView)));
  const recogniser = nerModel();
  // One buffer for every sentence's labels: they are read (spansFromLabels) before the next sentence.
  const labelBuffer = new Int32Array(atoms.length);
  return prepared.map(({ sentence, range, words, headline, matches, taggerView }) => {
    const labels = words.length > 0 ? decodeSentence(taggerView, memory, recogniser, undefined, undefined, labelBuffer) : new Int32Array(0);
    const offset = range.start;
    return {
      sentence,
      start: range.start,
      end: range.end,
      words,
      headline,
      names: spansFromLabels(labels).map((name): RecognisedName => ({ start: name.start + offset, end: name.end + offset, type: name.type })),
      matches: matches.map((match): GazetteerMatch => ({ start: match.start + offset, end: match.end + offset, entries: match.entries })),
    };
  });
}
