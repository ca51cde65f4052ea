import { createDoc } from '../../src/doc/doc.ts';
import type { EntityType } from '../../src/doc/schema/entity.ts';
import { findSpanIndexAt } from '../../src/doc/span.ts';
import { nerModel } from '../../src/stages/entities/recognise.ts';
import { entitiesStage } from '../../src/stages/entities/index.ts';
import { decodeSentence } from '../../src/stages/entities/ner-decoder.ts';
import { DocumentMemory, lowercaseWordsOf } from '../../src/stages/entities/ner-features.ts';
import { spansFromLabels } from '../../src/stages/entities/ner-labels.ts';
import { sentenceForTagger } from '../../src/stages/entities/ner-tagger.ts';
import { normalizeStage } from '../../src/stages/normalize/normalize.ts';
import { sentencesStage } from '../../src/stages/sentences/index.ts';
import { tagSentence } from '../../src/stages/tags/pos-tagger.ts';
import { tagsStage } from '../../src/stages/tags/index.ts';
import { readConll, spansFromTags } from '../conll.ts';
import { dataPath, hasData } from '../data-root.ts';
import { readWorldwide } from '../worldwide.ts';
import { scoreSpans, type SpanScores } from '../span-scores.ts';
import type { EvalRow, EvalTask } from '../task.ts';

interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** A gold-annotated document as words in sentences with typed token spans. */
export interface TokenDocument {
  readonly sentences: ReadonlyArray<{ readonly words: readonly string[]; readonly spans: readonly TypedSpan[] }>;
}

/** How our types are scored against CoNLL's four: places are LOC, nationalities, groups and the rest are MISC. */
export const CONLL_TYPE: Readonly<Record<EntityType, string>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', NORP: 'MISC', OTHER: 'MISC' };

/** The recogniser alone, on the gold tokens (the standard CoNLL measurement), with our POS tags. */
export function scoreTagger(documents: readonly TokenDocument[]): SpanScores {
  const gold: TypedSpan[] = [];
  const predicted: TypedSpan[] = [];
  let offset = 0;
  const model = nerModel();
  for (const document of documents) {
    const views = document.sentences.map((sentence) => sentenceForTagger(sentence.words, tagSentence(sentence.words)));
    const memory = new DocumentMemory(lowercaseWordsOf(views));
    document.sentences.forEach((sentence, index) => {
      const labels = decodeSentence(views[index]!, memory, model);
      for (const span of sentence.spans) gold.push({ ...span, start: span.start + offset, end: span.end + offset });
      for (const span of spansFromLabels(labels)) predicted.push({ start: span.start + offset, end: span.end + offset, type: span.type });
      offset += sentence.words.length + 1;
    });
  }
  return scoreSpans(gold, predicted);
}

/**
 * The whole entity stage (our tokeniser, sentence splitter, POS tagger, recogniser, lexicons and
 * title rules) on the text rebuilt from the gold tokens, one sentence per line; name mentions are
 * mapped back to gold tokens by character offsets. A mention whose edges fall inside a gold token
 * counts as wrong.
 */
export function scorePipeline(documents: readonly TokenDocument[], keepType: (type: string) => boolean = () => true): SpanScores {
  const gold: TypedSpan[] = [];
  const predicted: TypedSpan[] = [];
  let tokenOffset = 0;
  for (const document of documents) {
    const tokenSpans: Array<{ start: number; end: number }> = [];
    let text = '';
    for (const sentence of document.sentences) {
      const sentenceStart = tokenOffset + tokenSpans.length;
      for (const span of sentence.spans) if (keepType(span.type)) gold.push({ ...span, start: sentenceStart + span.start, end: sentenceStart + span.end });
      sentence.words.forEach((word, index) => {
        if (index > 0) text += ' ';
        tokenSpans.push({ start: text.length, end: text.length + word.length });
        text += word;
      });
      // A blank line: the splitter joins hard-wrapped lines, and a gold sentence must stay one paragraph.
      text += '\n\n';
    }
    let doc = createDoc(text, { id: 'conll' });
    for (const stage of [normalizeStage, sentencesStage, tagsStage, entitiesStage]) doc = stage.run(doc);
    for (const entity of doc.entities) {
      for (const mention of entity.mentions) {
        if (mention.kind !== 'name') continue;
        const type = CONLL_TYPE[entity.type];
        if (!keepType(type)) continue;
        const first = findSpanIndexAt(tokenSpans, mention.start);
        const last = findSpanIndexAt(tokenSpans, mention.end - 1);
        const aligned = first >= 0 && last >= 0 && tokenSpans[first]!.start === mention.start && tokenSpans[last]!.end === mention.end;
        predicted.push(aligned ? { start: tokenOffset + first, end: tokenOffset + last + 1, type } : { start: -1, end: -1, type });
      }
    }
    tokenOffset += tokenSpans.length;
  }
  return scoreSpans(gold, predicted);
}

function conllDocuments(file: string): TokenDocument[] {
  return readConll(file).map((document) => ({
    sentences: document.sentences.map((sentence) => ({ words: sentence.words, spans: spansFromTags(sentence.entityTags) })),
  }));
}

function worldwideDocuments(): TokenDocument[] {
  return readWorldwide('eval').map((document) => ({
    sentences: document.sentences.map((sentence) => ({ words: sentence.words, spans: spansFromTags(sentence.tags) })),
  }));
}

function rowsFor(dataset: string, scores: SpanScores, types: readonly string[]): EvalRow[] {
  const rows: EvalRow[] = [
    { task: 'ner', dataset, metric: 'F1 (entity, exact)', score: scores.overall.f1, support: scores.overall.gold },
    { task: 'ner', dataset, metric: 'precision', score: scores.overall.precision, support: scores.overall.predicted },
    { task: 'ner', dataset, metric: 'recall', score: scores.overall.recall, support: scores.overall.gold },
  ];
  for (const type of types) {
    const score = scores.byType[type];
    if (score) rows.push({ task: 'ner', dataset, metric: `F1 ${type}`, score: score.f1, support: score.gold });
  }
  return rows;
}

export const task: EvalTask = {
  name: 'ner',
  requires: 'ner/conllpp/dev.txt',
  describe: 'Entity recognition: CoNLL++ dev entity-level exact-match F1 (recogniser alone, and the whole entity stage), and Worldwide Newswire dev (out of domain).',
  run: async (): Promise<EvalRow[]> => {
    const dev = conllDocuments(dataPath('ner', 'conllpp', 'dev.txt'));
    const types = ['PER', 'ORG', 'LOC', 'MISC'];
    const rows = [
      ...rowsFor('ner/conllpp/dev (recogniser, gold tokens)', scoreTagger(dev), types),
      ...rowsFor('ner/conllpp/dev (entity stage, our tokens)', scorePipeline(dev), types),
    ];
    if (hasData('ner', 'worldwide-newswire-en', 'split.tsv')) {
      const worldwide = worldwideDocuments();
      rows.push(...rowsFor('ner/worldwide-newswire-en dev, eval half (entity stage, PER/ORG/LOC)', scorePipeline(worldwide, (type) => type !== 'MISC'), ['PER', 'ORG', 'LOC']));
    }
    return rows;
  },
};
