import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { createDoc } from '../../src/doc/doc.ts';
import type { Claim } from '../../src/doc/schema/claim.ts';
import { claimsStage } from '../../src/stages/claims/index.ts';
import { normalizeStage } from '../../src/stages/normalize/normalize.ts';
import { sentencesStage } from '../../src/stages/sentences/index.ts';
import { timesStage } from '../../src/stages/times/index.ts';
import { dataPath } from '../data-root.ts';
import type { EvalRow, EvalTask } from '../task.ts';

/** The claims a text yields, with only the stages claims need (no entities or quotes: these are single sentences). */
export function claimsOf(text: string): Claim[] {
  let doc = createDoc(text, { id: 'quantities', published: '2024-01-15' });
  for (const stage of [normalizeStage, sentencesStage, timesStage, claimsStage]) doc = stage.run(doc);
  return [...doc.claims];
}

const RecognizerCaseSchema = z.object({
  Input: z.string(),
  NotSupportedByDesign: z.string().optional(),
  Results: z.array(z.object({
    Text: z.string(),
    Start: z.number().optional(),
    End: z.number().optional(),
    TypeName: z.string().optional(),
    Resolution: z.record(z.string(), z.unknown()).nullable().optional(),
  })),
});
type RecognizerResult = z.infer<typeof RecognizerCaseSchema>['Results'][number];

function readRecognizers(file: string): z.infer<typeof RecognizerCaseSchema>[] {
  const path = dataPath('quantities', 'recognizers-text-number-specs-en', file);
  return z.array(RecognizerCaseSchema).parse(JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''))).filter((testCase) => !testCase.NotSupportedByDesign);
}

/** Recognizers' offsets are inclusive and its text lower-cased; find the result's span in the input. */
function spanOf(input: string, result: RecognizerResult): { start: number; end: number } | undefined {
  if (result.Start !== undefined && result.End !== undefined) return { start: result.Start, end: result.End + 1 };
  const at = input.toLowerCase().indexOf(result.Text.toLowerCase());
  return at < 0 ? undefined : { start: at, end: at + result.Text.length };
}

function near(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  // Fractions are written to four decimals (2/3 → 0.6667).
  return Math.abs(a - b) <= Math.max(5e-5, 1e-6 * Math.abs(b));
}

interface Tally {
  expected: number;
  found: number;
  correct: number;
  errors: string[];
}

function newTally(): Tally {
  return { expected: 0, found: 0, correct: 0, errors: [] };
}

/** Scores each expected number: found when a claim overlaps it, correct when `isCorrect` accepts the claim. */
function scoreCases(cases: readonly z.infer<typeof RecognizerCaseSchema>[], isCorrect: (claim: Claim, result: RecognizerResult) => boolean): Tally {
  const tally = newTally();
  for (const testCase of cases) {
    if (testCase.Results.length === 0) continue;
    const claims = claimsOf(testCase.Input);
    for (const result of testCase.Results) {
      const span = spanOf(testCase.Input, result);
      if (!span) continue;
      tally.expected += 1;
      const claim = claims.find((candidate) => candidate.start < span.end && span.start < candidate.end);
      if (!claim) {
        tally.errors.push(`missed ${JSON.stringify(result.Text)} in ${JSON.stringify(testCase.Input)}`);
        continue;
      }
      tally.found += 1;
      if (isCorrect(claim, result)) tally.correct += 1;
      else tally.errors.push(`${JSON.stringify(testCase.Input)}: ${JSON.stringify(result.Resolution)} got ${JSON.stringify({ value: claim.value, low: claim.low, high: claim.high, unit: claim.unit })}`);
    }
  }
  return tally;
}

function resolutionValue(result: RecognizerResult): string | undefined {
  const value = result.Resolution?.value;
  return typeof value === 'string' ? value : undefined;
}

/** "(30,)" → low 30; "[20,100]" → 20–100; "(,30)" → high 30. Open or closed, the bound is the number. */
export function parseRange(text: string): { low?: number; high?: number } | undefined {
  const match = /^[[(]\s*(-?[\d.]*)\s*,\s*(-?[\d.]*)\s*[\])]$/.exec(text);
  if (!match) return undefined;
  return { ...(match[1] ? { low: Number(match[1]) } : {}), ...(match[2] ? { high: Number(match[2]) } : {}) };
}

const CURRENCY_NAMES: Readonly<Record<string, string>> = { Dollar: 'USD', 'United States dollar': 'USD', Euro: 'EUR', 'British pound': 'GBP', Pound: 'GBP', 'Japanese yen': 'JPY', Yen: 'JPY', 'Chinese yuan': 'CNY', Yuan: 'CNY', 'Indian rupee': 'INR', 'Russian ruble': 'RUB' };
/** quantulum3 unit names to ours. */
const QUANTULUM_UNITS: Readonly<Record<string, string>> = {
  metre: 'm', kilometre: 'km', centimetre: 'cm', millimetre: 'mm', mile: 'mile', foot: 'foot', inch: 'inch', kilogram: 'kg', gram: 'g', tonne: 'tonne', 'pound sterling': 'GBP',
  'united states dollar': 'USD', euro: 'EUR', 'japanese yen': 'JPY', percentage: 'percent', hectare: 'hectare', litre: 'litre', 'square kilometre': 'km2', 'barrel': 'barrel', 'megawatt': 'MW',
};

const QuantulumSchema = z.array(z.object({ req: z.string(), res: z.array(z.object({ value: z.number(), unit: z.string(), surface: z.string() })) }));

function scoreQuantulum(): { values: Tally; units: Tally } {
  const cases = QuantulumSchema.parse(JSON.parse(readFileSync(dataPath('quantities', 'quantulum3-en-tests', 'quantities.json'), 'utf8')));
  const values = newTally();
  const units = newTally();
  for (const testCase of cases) {
    const claims = claimsOf(testCase.req);
    let from = 0;
    for (const expected of testCase.res) {
      const at = testCase.req.indexOf(expected.surface, from);
      if (at < 0) continue;
      from = at + expected.surface.length;
      values.expected += 1;
      const claim = claims.find((candidate) => candidate.start < at + expected.surface.length && at < candidate.end);
      if (!claim) {
        values.errors.push(`missed ${JSON.stringify(expected.surface)} in ${JSON.stringify(testCase.req)}`);
        continue;
      }
      values.found += 1;
      if (near(claim.value, expected.value) || near(claim.low, expected.value)) values.correct += 1;
      else values.errors.push(`${JSON.stringify(testCase.req)}: ${expected.value} ${expected.unit} got ${JSON.stringify({ value: claim.value, low: claim.low, high: claim.high, unit: claim.unit })}`);
      const ours = QUANTULUM_UNITS[expected.unit.toLowerCase()];
      if (ours === undefined) continue;
      units.expected += 1;
      units.found += 1;
      if (claim.unit === ours) units.correct += 1;
      else units.errors.push(`${JSON.stringify(testCase.req)}: unit ${expected.unit} got ${claim.unit ?? 'none'}`);
    }
  }
  return { values, units };
}

function rows(dataset: string, tally: Tally, metric = 'value'): EvalRow[] {
  return [
    { task: 'quantities', dataset, metric: 'found (recall)', score: tally.found / Math.max(1, tally.expected), support: tally.expected },
    { task: 'quantities', dataset, metric: `${metric} accuracy (of found)`, score: tally.correct / Math.max(1, tally.found), support: tally.found },
  ];
}

export const task: EvalTask = {
  name: 'quantities',
  requires: 'quantities',
  describe: 'Numbers, bounds and units of the claims stage on the Recognizers-Text number specs and the quantulum3 test sentences.',
  run: async (): Promise<EvalRow[]> => {
    const verbose = Boolean(process.env.NEWSGRAPH_EVAL_VERBOSE);
    const numbers = scoreCases(readRecognizers('Number-NumberModel.json'), (claim, result) => near(claim.value ?? claim.low, Number(resolutionValue(result))));
    const ranges = scoreCases(readRecognizers('Number-NumberRangeModel.json'), (claim, result) => {
      const range = parseRange(resolutionValue(result) ?? '');
      return range !== undefined && (range.low === undefined ? claim.low === undefined : near(claim.low, range.low)) && (range.high === undefined ? claim.high === undefined : near(claim.high, range.high));
    });
    const percents = scoreCases(readRecognizers('Number-PercentModel.json'), (claim, result) => claim.unit === 'percent' && near(claim.value ?? claim.low ?? claim.high, Number((resolutionValue(result) ?? '').replace('%', ''))));
    const currencies = scoreCases(readRecognizers('NumberWithUnit-CurrencyModel.json'), (claim, result) => {
      const iso = typeof result.Resolution?.isoCurrency === 'string' ? result.Resolution.isoCurrency : CURRENCY_NAMES[String(result.Resolution?.unit)];
      return near(claim.value ?? claim.low ?? claim.high, Number(resolutionValue(result))) && (iso === undefined || claim.unit === iso);
    });
    const quantulum = scoreQuantulum();
    if (verbose) for (const tally of [numbers, ranges, percents, currencies, quantulum.values, quantulum.units]) console.error(tally.errors.join('\n'));
    return [
      ...rows('quantities/recognizers-text-number-specs-en NumberModel', numbers),
      ...rows('quantities/recognizers-text-number-specs-en NumberRangeModel', ranges, 'bounds'),
      ...rows('quantities/recognizers-text-number-specs-en PercentModel', percents),
      ...rows('quantities/recognizers-text-number-specs-en CurrencyModel', currencies, 'value and currency'),
      ...rows('quantities/quantulum3-en-tests', quantulum.values),
      { task: 'quantities', dataset: 'quantities/quantulum3-en-tests', metric: 'unit accuracy (units we name)', score: quantulum.units.correct / Math.max(1, quantulum.units.expected), support: quantulum.units.expected },
    ];
  },
};
