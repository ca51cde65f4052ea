import model from '../../models/statement-model.json' with { type: 'json' };
import type { AttributionContext } from './context.ts';
import type { Cue } from './find-cues.ts';
import type { ReportedStatement } from './reported-speech.ts';
import { contentShape, cueForm, isBareGerund, sizeBucket, speakerShape, wordOrNone, type Feature } from './statement-features.ts';

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

const NO_WEIGHTS: ReadonlyMap<string, number> = new Map();

function template(name: string): ReadonlyMap<string, number> {
  return WEIGHTS.get(name) ?? NO_WEIGHTS;
}

/** A pair template ("lemma+rule", values "say|reported-cue-before") by its first part, then its second. */
interface PairWeights {
  readonly byFirst: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly whole: ReadonlyMap<string, number>;
}

function pairTemplate(name: string): PairWeights {
  const whole = template(name);
  const byFirst = new Map<string, Map<string, number>>();
  for (const [value, weight] of whole) {
    const bar = value.indexOf('|');
    const first = value.slice(0, bar);
    let seconds = byFirst.get(first);
    if (!seconds) byFirst.set(first, (seconds = new Map()));
    seconds.set(value.slice(bar + 1), weight);
  }
  return { byFirst, whole };
}

/** The weight of a pair without writing out the pair's string; a first part with a bar of its own is looked up whole. */
function pairWeight(pairs: PairWeights, first: string, second: string): number {
  if (first.includes('|')) return pairs.whole.get(`${first}|${second}`) ?? 0;
  return pairs.byFirst.get(first)?.get(second) ?? 0;
}

const BIAS = template('bias');
const LEMMA = template('lemma');
const FORM = template('form');
const CLASS = template('class');
const KIND = template('kind');
const RULE = template('rule');
const LEMMA_RULE = pairTemplate('lemma+rule');
const SPEAKER = template('speaker');
const LEMMA_SPEAKER = pairTemplate('lemma+speaker');
const SPEAKER_HEAD = template('speakerHead');
const PREVIOUS = template('previous');
const NEXT = template('next');
const LEMMA_NEXT = pairTemplate('lemma+next');
const CONTENT_FIRST = template('contentFirst');
const BEFORE_CONTENT = template('beforeContent');
const AFTER_CONTENT = template('afterContent');
const CONTENT_WORDS = template('contentWords');
const SIDE = template('side');
const FRAGMENTS = template('fragments');
const QUOTED = template('quoted');
const PASSIVE = template('passive');
const GERUND = template('gerund');

/**
 * The model's probability for a statement: the same sum as `scoreFeatures(statementFeatures(…))`,
 * template by template in the same order (so the same number to the last bit), without building
 * the feature list or the pair strings — the model weighs every candidate statement of every article.
 */
export const weighStatement: StatementWeigher = (context, cue, statement) => {
  const speaker = speakerShape(context, statement);
  const [first, last] = statement.fragments[0]!;
  const content = contentShape(context, statement);
  const next = wordOrNone(context, cue.last + 1);
  let sum = 0;
  sum += BIAS.get('') ?? 0;
  sum += LEMMA.get(cue.lemma) ?? 0;
  sum += FORM.get(cueForm(context, cue)) ?? 0;
  sum += CLASS.get(cue.cueClass) ?? 0;
  sum += KIND.get(cue.kind) ?? 0;
  sum += RULE.get(statement.rule) ?? 0;
  sum += pairWeight(LEMMA_RULE, cue.lemma, statement.rule);
  sum += SPEAKER.get(speaker) ?? 0;
  sum += pairWeight(LEMMA_SPEAKER, cue.lemma, speaker);
  sum += SPEAKER_HEAD.get(statement.speaker ? wordOrNone(context, statement.speaker.last) : '<none>') ?? 0;
  sum += PREVIOUS.get(wordOrNone(context, cue.first - 1)) ?? 0;
  sum += NEXT.get(next) ?? 0;
  sum += pairWeight(LEMMA_NEXT, cue.lemma, next);
  sum += CONTENT_FIRST.get(wordOrNone(context, first)) ?? 0;
  sum += BEFORE_CONTENT.get(wordOrNone(context, first - 1)) ?? 0;
  sum += AFTER_CONTENT.get(wordOrNone(context, last + 1)) ?? 0;
  sum += CONTENT_WORDS.get(sizeBucket(content.words)) ?? 0;
  sum += SIDE.get(first > cue.last ? 'after' : 'before') ?? 0;
  sum += FRAGMENTS.get(statement.fragments.length === 1 ? '1' : '2') ?? 0;
  sum += QUOTED.get(content.quoted ? 'some' : 'none') ?? 0;
  sum += PASSIVE.get(cue.passive ? 'yes' : 'no') ?? 0;
  sum += GERUND.get(isBareGerund(cue) ? 'yes' : 'no') ?? 0;
  return 1 / (1 + Math.exp(-sum));
};
