import type { Doc } from '../../doc/doc.ts';
import nerModelFile from '../../models/ner.model.json' with { type: 'json' };
import { loadModel } from '../../models/perceptron.ts';
import { HistoryScores } from '../../models/history-scores.ts';
import { WindowScoreCache } from '../../models/window-scores.ts';
import { tokenAtoms, tokenWordIds } from '../../models/token-atoms.ts';
import { WORD_TABLE, WordFlag } from '../../models/word-features.ts';
import { sentenceTokenRanges } from '../tags/index.ts';
import { matchGazetteer, matchGazetteerAtoms, matchGazetteerOf, type GazetteerMatch } from './gazetteer.ts';
import { decodeSentence, decodeSentenceOf, type CachedModel } from './ner-decoder.ts';
import { DocumentMemory, lowercaseWordsOf, markLowercaseForms, nerHistoryFeatures, nerWordFeatures, type NerSentence, type NerSentenceOf } from './ner-features.ts';
import { spansFromLabels, type NerType } from './ner-labels.ts';
import { gazetteerFeatures, isHeadline, noPosTags, taggerView } from './ner-tagger.ts';

let trained: CachedModel | undefined;

/**
 * The trained recogniser with its per-word score cache, loaded on first use. Every window role is
 * cached, so that a document read by word ids (decodeSentenceOf) needs no WordAtoms for its neighbours.
 */
export function nerModel(): CachedModel {
  if (!trained) {
    const model = loadModel(nerModelFile);
    trained = { model, cache: new WindowScoreCache(model, nerWordFeatures, [0, 1, 2, 3, 4]), history: new HistoryScores(model, nerHistoryFeatures) };
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
  const ids = tokenWordIds(doc);
  return ids ? recogniseNamesOf(doc, ids) : recogniseNamesFromAtoms(doc);
}

/** isHeadline for the sentence ids[start, end) of word ids. */
function isHeadlineOf(ids: Int32Array, start: number, end: number): boolean {
  const { flags } = WORD_TABLE;
  let letters = 0;
  for (let position = start; position < end; position += 1) {
    const wordFlags = flags[ids[position]!]!;
    if ((wordFlags & WordFlag.hasLetter) === 0) continue;
    if ((wordFlags & WordFlag.hasLowercase) !== 0) return false;
    letters += 1;
  }
  return letters >= 1;
}

/** recogniseNames for a document whose word ids are all of the word cache's current generation: the same analyses, read from the word table. */
function recogniseNamesOf(doc: Doc, ids: Int32Array): SentenceAnalysis[] {
  const ranges = sentenceTokenRanges(doc);
  const gazetteer = new Int32Array(ids.length);
  const sentences: NerSentenceOf[] = new Array(ranges.length);
  const wordsOf: string[][] = new Array(ranges.length);
  const matchesOf: GazetteerMatch[][] = new Array(ranges.length);
  const { text } = WORD_TABLE;
  for (let sentence = 0; sentence < ranges.length; sentence += 1) {
    const { start, end } = ranges[sentence]!;
    const words: string[] = new Array(end - start);
    for (let position = start; position < end; position += 1) words[position - start] = text[ids[position]!]!;
    const headline = isHeadlineOf(ids, start, end);
    const matches = headline ? matchGazetteer(words, true) : matchGazetteerOf(ids, start, end);
    const sentenceGazetteer = gazetteer.subarray(start, end);
    gazetteerFeatures(matches, sentenceGazetteer);
    sentences[sentence] = { start, end, gazetteer: sentenceGazetteer, posTags: noPosTags(end - start), headline };
    wordsOf[sentence] = words;
    matchesOf[sentence] = matches;
  }
  const memory = DocumentMemory.ofIds(markLowercaseForms(ids, sentences));
  const recogniser = nerModel();
  // One buffer for every sentence's labels: they are read (spansFromLabels) before the next sentence.
  const labelBuffer = new Int32Array(ids.length);
  const analyses: SentenceAnalysis[] = new Array(ranges.length);
  for (let sentence = 0; sentence < ranges.length; sentence += 1) {
    const view = sentences[sentence]!;
    const offset = view.start;
    const labels = view.end > view.start ? decodeSentenceOf(view, ids, memory, recogniser, labelBuffer) : labelBuffer.subarray(0, 0);
    analyses[sentence] = {
      sentence,
      start: offset,
      end: view.end,
      words: wordsOf[sentence]!,
      headline: view.headline,
      names: hasName(labels) ? spansFromLabels(labels).map((name): RecognisedName => ({ start: name.start + offset, end: name.end + offset, type: name.type })) : [],
      matches: offset === 0 ? matchesOf[sentence]! : matchesOf[sentence]!.map((match): GazetteerMatch => ({ start: match.start + offset, end: match.end + offset, entries: match.entries })),
    };
  }
  return analyses;
}

/** recogniseNames from the tokens' WordAtoms: for a document read while the word cache started a new generation. */
function recogniseNamesFromAtoms(doc: Doc): SentenceAnalysis[] {
  const ranges = sentenceTokenRanges(doc);
  const atoms = tokenAtoms(doc);
  const gazetteer = new Int32Array(atoms.length);
  const views: NerSentence[] = new Array(ranges.length);
  const wordsOf: string[][] = new Array(ranges.length);
  const matchesOf: GazetteerMatch[][] = new Array(ranges.length);
  for (let sentence = 0; sentence < ranges.length; sentence += 1) {
    const { start, end } = ranges[sentence]!;
    const sentenceAtoms = atoms.slice(start, end);
    const words: string[] = new Array(sentenceAtoms.length);
    for (let position = 0; position < sentenceAtoms.length; position += 1) words[position] = sentenceAtoms[position]!.text;
    const headline = isHeadline(sentenceAtoms);
    const matches = matchGazetteerAtoms(sentenceAtoms, headline);
    // The recogniser is trained without part-of-speech features, so no tags are passed.
    views[sentence] = taggerView(sentenceAtoms, matches, headline, undefined, gazetteer.subarray(start, end));
    wordsOf[sentence] = words;
    matchesOf[sentence] = matches;
  }
  const memory = new DocumentMemory(lowercaseWordsOf(views));
  const recogniser = nerModel();
  // One buffer for every sentence's labels: they are read (spansFromLabels) before the next sentence.
  const labelBuffer = new Int32Array(atoms.length);
  const analyses: SentenceAnalysis[] = new Array(ranges.length);
  for (let sentence = 0; sentence < ranges.length; sentence += 1) {
    const view = views[sentence]!;
    const offset = ranges[sentence]!.start;
    const labels = view.words.length > 0 ? decodeSentence(view, memory, recogniser, undefined, undefined, labelBuffer) : labelBuffer.subarray(0, 0);
    analyses[sentence] = {
      sentence,
      start: offset,
      end: ranges[sentence]!.end,
      words: wordsOf[sentence]!,
      headline: view.headline,
      names: hasName(labels) ? spansFromLabels(labels).map((name): RecognisedName => ({ start: name.start + offset, end: name.end + offset, type: name.type })) : [],
      matches: offset === 0 ? matchesOf[sentence]! : matchesOf[sentence]!.map((match): GazetteerMatch => ({ start: match.start + offset, end: match.end + offset, entries: match.entries })),
    };
  }
  return analyses;
}

/** Whether any label is not O: a sentence without names needs no span search (and no arrays for it). */
function hasName(labels: Int32Array): boolean {
  for (let position = 0; position < labels.length; position += 1) if (labels[position] !== 0) return true;
  return false;
}
