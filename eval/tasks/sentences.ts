import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createDoc } from '../../src/doc/doc.ts';
import { normalizeStage } from '../../src/stages/normalize/normalize.ts';
import { segment } from '../../src/stages/sentences/index.ts';
import { parseConll } from '../conll.ts';
import { dataPath, hasData } from '../data-root.ts';
import { detokenise } from '../detokenize.ts';
import type { EvalRow, EvalTask } from '../task.ts';

const GoldenRulesSchema = z.array(z.object({ input: z.string(), expected: z.array(z.string()) }));

export function splitIntoSentenceTexts(text: string): string[] {
  const doc = segment(normalizeStage.run(createDoc(text, { id: 'rule' })));
  return doc.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
}

/** A sentence as compared: runs of whitespace read as one space, so a line break kept inside an offset span matches. */
function comparable(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').trim();
}

/**
 * Share of cases whose sentences come out exactly as expected. Our sentences are offset spans, so a
 * hard line break inside one stays in it; whitespace is compared as one space (the PDF and "errant
 * newline" rules expect the sentence with its line break turned into a space).
 */
export function scoreGoldenRules(file: string): { passed: number; total: number; failures: string[] } {
  const cases = GoldenRulesSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const failures: string[] = [];
  for (const rule of cases) {
    const actual = splitIntoSentenceTexts(rule.input).map(comparable);
    const expected = rule.expected.map(comparable);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(rule.input);
  }
  return { passed: cases.length - failures.length, total: cases.length, failures };
}

export interface BoundaryScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  readonly errors: string[];
}

/**
 * Sentence ends in real news: CoNLL++ documents (Reuters, 1996) detokenised back into running
 * text. Sentences that end in punctuation are joined with a space, the others (headlines,
 * datelines, table rows) with a line break, as they stood in the wire copy; only the ends inside
 * running text are scored, so the line breaks give nothing away.
 */
export function scoreConllSentenceEnds(file: string): BoundaryScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const errors: string[] = [];
  for (const document of parseConll(readFileSync(file, 'utf8'))) {
    let text = '';
    const goldEnds = new Set<number>();
    const lineEnds = new Set<number>();
    const quoteOpen = { value: false };
    document.sentences.forEach((sentence, index) => {
      const { text: sentenceText } = detokenise(sentence.words, quoteOpen);
      if (index > 0) {
        const previousEndsInPunctuation = /[.!?]["')]*$/.test(text);
        (previousEndsInPunctuation ? goldEnds : lineEnds).add(text.length);
        text += previousEndsInPunctuation ? ' ' : '\n';
      }
      text += sentenceText;
    });
    const predicted = new Set(splitIntoSentenceSpans(text).map((sentence) => sentence.end).filter((end) => end < text.length && !lineEnds.has(end)));
    for (const end of predicted) {
      if (goldEnds.has(end)) truePositives += 1;
      else {
        falsePositives += 1;
        errors.push(`split: ${JSON.stringify(text.slice(Math.max(0, end - 50), end))} | ${JSON.stringify(text.slice(end, end + 30))}`);
      }
    }
    for (const end of goldEnds) {
      if (predicted.has(end)) continue;
      falseNegatives += 1;
      errors.push(`missed: ${JSON.stringify(text.slice(Math.max(0, end - 50), end))} | ${JSON.stringify(text.slice(end, end + 30))}`);
    }
  }
  return { truePositives, falsePositives, falseNegatives, errors };
}

function splitIntoSentenceSpans(text: string): Array<{ start: number; end: number }> {
  return segment(normalizeStage.run(createDoc(text, { id: 'conll' }))).sentences.map((sentence) => ({ start: sentence.start, end: sentence.end }));
}

export const task: EvalTask = {
  name: 'sentences',
  requires: 'sbd/golden-rules-en.json',
  describe: 'Sentence splitting: share of Golden Rules passed exactly (whitespace compared as one space); sentence ends in detokenised CoNLL++ news.',
  run: async (): Promise<EvalRow[]> => {
    const rows: EvalRow[] = [];
    for (const [dataset, file] of [
      ['sbd/golden-rules-en (48)', 'golden-rules-en.json'],
      ['sbd/golden-rules-en-all52', 'golden-rules-en-all52.json'],
      ['sbd/pragmatic-segmenter-en-extra', 'pragmatic-segmenter-en-extra.json'],
    ] as const) {
      const result = scoreGoldenRules(dataPath('sbd', file));
      rows.push({ task: 'sentences', dataset, metric: 'rules passed (share)', score: result.passed / result.total, support: result.total });
    }
    if (hasData('ner', 'conllpp', 'dev.txt')) {
      const score = scoreConllSentenceEnds(dataPath('ner', 'conllpp', 'dev.txt'));
      const precision = score.truePositives / (score.truePositives + score.falsePositives);
      const recall = score.truePositives / (score.truePositives + score.falseNegatives);
      const dataset = 'ner/conllpp dev, detokenised';
      const support = score.truePositives + score.falseNegatives;
      rows.push({ task: 'sentences', dataset, metric: 'sentence ends precision', score: precision, support });
      rows.push({ task: 'sentences', dataset, metric: 'sentence ends recall', score: recall, support });
      rows.push({ task: 'sentences', dataset, metric: 'sentence ends F1', score: (2 * precision * recall) / (precision + recall), support });
    }
    return rows;
  },
};
