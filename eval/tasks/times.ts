import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createDoc, type Doc } from '../../src/doc/doc.ts';
import type { TimeExpression } from '../../src/doc/schema/time.ts';
import { normalizeStage } from '../../src/stages/normalize/normalize.ts';
import { sentencesStage } from '../../src/stages/sentences/index.ts';
import { timesStage } from '../../src/stages/times/index.ts';
import { dataPath } from '../data-root.ts';
import type { EvalRow, EvalTask } from '../task.ts';

/** Runs only what the times stage needs (normalise, sentences, times) over a text with its reference date. */
export function timesOf(text: string, published: string | undefined): { doc: Doc; times: readonly TimeExpression[] } {
  let doc = createDoc(text, { id: 'eval', ...(published ? { published } : {}) });
  for (const stage of [normalizeStage, sentencesStage, timesStage]) doc = stage.run(doc);
  return { doc, times: doc.times };
}

const TimexSchema = z.object({ tid: z.string(), type: z.string(), value: z.string(), mod: z.string().optional(), start: z.number(), end: z.number(), text: z.string() });
const TempEvalDocumentSchema = z.object({ doc: z.string(), dct: z.string(), text: z.string(), timex3: z.array(TimexSchema) });

interface Tally {
  gold: number;
  predicted: number;
  goldMatched: number;
  predictedMatched: number;
  strict: number;
  valueCorrect: number;
  byType: Map<string, { matched: number; correct: number }>;
  errors: string[];
}

/** TempEval-3 (TimeBank + AQUAINT, dev): extents matched by overlap, values compared as TIMEX3 strings against the document creation time. */
export function scoreTempEval(path: string): Tally {
  const tally: Tally = { gold: 0, predicted: 0, goldMatched: 0, predictedMatched: 0, strict: 0, valueCorrect: 0, byType: new Map(), errors: [] };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const document = TempEvalDocumentSchema.parse(JSON.parse(line));
    const { times } = timesOf(document.text, document.dct.slice(0, 10));
    tally.gold += document.timex3.length;
    tally.predicted += times.length;
    const used = new Set<TimeExpression>();
    for (const gold of document.timex3) {
      const found = times.find((time) => time.start < gold.end && gold.start < time.end);
      const type = tally.byType.get(gold.type) ?? { matched: 0, correct: 0 };
      tally.byType.set(gold.type, type);
      if (!found) {
        tally.errors.push(`${document.doc} missed ${JSON.stringify(gold.text)} ${gold.value}`);
        continue;
      }
      used.add(found);
      tally.goldMatched += 1;
      type.matched += 1;
      if (found.start === gold.start && found.end === gold.end) tally.strict += 1;
      if (found.timex === gold.value) {
        tally.valueCorrect += 1;
        type.correct += 1;
      } else tally.errors.push(`${document.doc} (dct ${document.dct.slice(0, 10)}) ${JSON.stringify(gold.text)} gold ${gold.value} got ${JSON.stringify(document.text.slice(found.start, found.end))} ${found.timex ?? 'none'}`);
    }
    for (const time of times) if (used.has(time) || document.timex3.some((gold) => time.start < gold.end && gold.start < time.end)) tally.predictedMatched += 1;
  }
  return tally;
}

const RecognizerCaseSchema = z.object({
  Input: z.string(),
  Context: z.object({ ReferenceDateTime: z.string() }).optional(),
  NotSupported: z.string().optional(),
  NotSupportedByDesign: z.string().optional(),
  Results: z.array(z.object({
    Text: z.string(),
    Start: z.number().optional(),
    End: z.number().optional(),
    TypeName: z.string().optional(),
    Resolution: z.object({ values: z.array(z.record(z.string(), z.unknown())) }).optional(),
  })),
});

/** Our calendar value as [first day, day after the last) for comparison with Recognizers' end-exclusive ranges. */
export function valueToRange(value: string): [string, string] | undefined {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  const next = (date: Date) => new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [first, last] = value.split('/') as [string, string];
    return [first, next(day(last))];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [value, next(day(value))];
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [year, month] = value.split('-').map(Number) as [number, number];
    const end = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    return [`${value}-01`, end];
  }
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${Number(value) + 1}-01-01`];
  return undefined;
}

interface RecognizerTally {
  expected: number;
  found: number;
  correct: number;
  errors: string[];
}

/** Recognizers-Text DateTime (English): date and date-range cases the JavaScript port supports, each against its reference date. */
export function scoreRecognizers(path: string): RecognizerTally {
  const cases = z.array(RecognizerCaseSchema).parse(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')));
  const tally: RecognizerTally = { expected: 0, found: 0, correct: 0, errors: [] };
  for (const testCase of cases) {
    if (!testCase.Context || /javascript/i.test(testCase.NotSupported ?? '') || testCase.NotSupportedByDesign) continue;
    const results = testCase.Results.filter((result) => result.TypeName === 'datetimeV2.date' || result.TypeName === 'datetimeV2.daterange');
    if (results.length === 0) continue;
    const { times } = timesOf(testCase.Input, testCase.Context.ReferenceDateTime.slice(0, 10));
    for (const result of results) {
      tally.expected += 1;
      const found = times.find((time) => time.start <= (result.End ?? -1) && (result.Start ?? Infinity) < time.end);
      if (!found) {
        tally.errors.push(`missed ${JSON.stringify(result.Text)} in ${JSON.stringify(testCase.Input)}`);
        continue;
      }
      tally.found += 1;
      const ours = found.value ? valueToRange(found.value) : undefined;
      const accepted = (result.Resolution?.values ?? []).some((candidate) => {
        if (!ours) return false;
        if (typeof candidate.value === 'string') return ours[0] === candidate.value.slice(0, 10) && result.TypeName === 'datetimeV2.date';
        return typeof candidate.start === 'string' && typeof candidate.end === 'string' && ours[0] === candidate.start.slice(0, 10) && ours[1] === candidate.end.slice(0, 10);
      });
      if (accepted) tally.correct += 1;
      else tally.errors.push(`${JSON.stringify(testCase.Input)} (ref ${testCase.Context.ReferenceDateTime.slice(0, 10)}) ${JSON.stringify(result.Text)} want ${JSON.stringify(result.Resolution?.values.map((value) => value.value ?? `${String(value.start)}..${String(value.end)}`))} got ${found.value}`);
    }
  }
  return tally;
}

export const task: EvalTask = {
  name: 'times',
  requires: 'time',
  describe: 'Time normalisation: TempEval-3 dev (TIMEX3 extents and values against document dates) and Recognizers-Text date cases against reference dates.',
  run: async (): Promise<EvalRow[]> => {
    const rows: EvalRow[] = [];
    const verbose = Boolean(process.env.NEWSGRAPH_EVAL_VERBOSE);
    const tempEval = scoreTempEval(dataPath('time', 'tempeval3', 'dev-TBAQ-cleaned', 'tbaq-timex3.jsonl'));
    if (verbose) console.error(tempEval.errors.join('\n'));
    const dataset = 'time/tempeval3/dev-TBAQ-cleaned';
    const recall = tempEval.goldMatched / tempEval.gold;
    const precision = tempEval.predictedMatched / Math.max(1, tempEval.predicted);
    rows.push(
      { task: 'times', dataset, metric: 'extent recall (overlap)', score: recall, support: tempEval.gold },
      { task: 'times', dataset, metric: 'extent precision (overlap)', score: precision, support: tempEval.predicted },
      { task: 'times', dataset, metric: 'extent F1 (overlap)', score: (2 * precision * recall) / Math.max(1e-9, precision + recall), support: tempEval.gold },
      { task: 'times', dataset, metric: 'extent exact (of matched)', score: tempEval.strict / Math.max(1, tempEval.goldMatched), support: tempEval.goldMatched },
      { task: 'times', dataset, metric: 'value accuracy (of matched)', score: tempEval.valueCorrect / Math.max(1, tempEval.goldMatched), support: tempEval.goldMatched },
      { task: 'times', dataset, metric: 'value recall (of all gold)', score: tempEval.valueCorrect / tempEval.gold, support: tempEval.gold },
    );
    for (const [type, counts] of [...tempEval.byType].sort()) {
      rows.push({ task: 'times', dataset, metric: `value accuracy ${type} (of matched)`, score: counts.correct / Math.max(1, counts.matched), support: counts.matched });
    }
    const recognizers = scoreRecognizers(dataPath('time', 'recognizers-text-datetime-en', 'DateTimeModel.json'));
    if (verbose) console.error(recognizers.errors.join('\n'));
    const recognizerSet = 'time/recognizers-text-datetime-en (date, daterange; JS-supported)';
    rows.push(
      { task: 'times', dataset: recognizerSet, metric: 'found (overlap)', score: recognizers.found / recognizers.expected, support: recognizers.expected },
      { task: 'times', dataset: recognizerSet, metric: 'value accuracy (of found)', score: recognizers.correct / Math.max(1, recognizers.found), support: recognizers.found },
      { task: 'times', dataset: recognizerSet, metric: 'value recall (of all)', score: recognizers.correct / recognizers.expected, support: recognizers.expected },
    );
    return rows;
  },
};
