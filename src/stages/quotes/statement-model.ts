import model from '../../models/statement-model.json' with { type: 'json' };
import type { AttributionContext } from './context.ts';
import type { Cue } from './find-cues.ts';
import type { ReportedStatement } from './reported-speech.ts';
import { statementFeatures, type Feature } from './statement-features.ts';

export type StatementWeigher = (context: AttributionContext, cue: Cue, statement: ReportedStatement) => number;

/** Weights by feature template, then by value: { lemma: { say: 1.9, … }, … }. */
export type StatementWeights = ReadonlyMap<string, ReadonlyMap<string, number>>;

/**
 * The statement model: a logistic regression over `statementFeatures`, trained on the PolNeAR
 * train split by scripts/train-statement-model.ts. It says how likely a statement the rules found
 * is one a careful reader would attribute — "said" with a named subject almost always, "found" or
 * "spoke" far less often — so that weak candidates are dropped and strong ones win overlaps.
 */
export function readWeights(weights: Readonly<Record<string, Readonly<Record<string, number>>>>): StatementWeights {
  return new Map(Object.entries(weights).map(([template, values]) => [template, new Map(Object.entries(values))]));
}

const WEIGHTS: StatementWeights = readWeights(model.weights as Record<string, Record<string, number>>);

/** Statements below this probability are not emitted; chosen in training for the best F1. */
export const STATEMENT_THRESHOLD: number = model.threshold;

export function scoreFeatures(features: readonly Feature[], weights: StatementWeights = WEIGHTS): number {
  let sum = 0;
  for (const [template, value] of features) sum += weights.get(template)?.get(value) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

export const weighStatement: StatementWeigher = (context, cue, statement) => scoreFeatures(statementFeatures(context, cue, statement));
