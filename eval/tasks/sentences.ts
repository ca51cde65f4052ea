import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createDoc } from '../../src/doc/doc.ts';
import { normalizeStage } from '../../src/stages/normalize/normalize.ts';
import { segment } from '../../src/stages/sentences/index.ts';
import { dataPath } from '../data-root.ts';
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

export const task: EvalTask = {
  name: 'sentences',
  requires: 'sbd/golden-rules-en.json',
  describe: 'Sentence splitting: share of Golden Rules passed exactly (whitespace compared as one space).',
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
    return rows;
  },
};
