/**
 * Trains the statement model of the quotes stage (src/models/statement-model.json) on the PolNeAR
 * train split: every reported statement the rules find is labelled by whether it matches an
 * annotated attribution (the eval's criterion: shared words at least half of each), and a logistic
 * regression learns which cues, speakers and contents make real attributions. The threshold is
 * chosen on out-of-fold predictions. Deterministic; dev is never read.
 *
 *   node --import tsx scripts/train-statement-model.ts
 */
import { writeFileSync } from 'node:fs';
import { createDoc, type Doc } from '../src/doc/doc.ts';
import { tokenSpan } from '../src/stages/quotes/token-index.ts';
import type { Span } from '../src/doc/span.ts';
import { STAGES } from '../src/pipeline.ts';
import { attributeQuotations } from '../src/stages/quotes/index.ts';
import { findStatementCandidates } from '../src/stages/quotes/reported-speech.ts';
import { statementFeatures } from '../src/stages/quotes/statement-features.ts';
import { readPolnear } from '../eval/attribution/attribution-corpus.ts';
import { contentsMatch, wordTokens } from '../eval/attribution/score.ts';
import { repositoryPath } from '../eval/data-root.ts';

interface Example {
  readonly article: number;
  readonly features: readonly number[];
  readonly label: 0 | 1;
}

const FOLDS = 5;
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const LEARNING_RATE = Number(process.env.LEARNING_RATE ?? 0.05);
const L2 = Number(process.env.L2 ?? 1e-3);
const MIN_FEATURE_COUNT = Number(process.env.MIN_FEATURE_COUNT ?? 5);

function docBeforeQuotes(text: string, id: string): Doc {
  let doc = createDoc(text, { id });
  for (const stage of STAGES) {
    if (stage.name === 'quotes') break;
    doc = stage.run(doc);
  }
  return doc;
}

function collectExamples(): { examples: Example[]; featureNames: string[]; unreachable: number } {
  const featureIndex = new Map<string, number>();
  const featureCount: number[] = [];
  const raw: { article: number; features: string[]; label: 0 | 1 }[] = [];
  let unreachable = 0;
  readPolnear('train').forEach((article, articleIndex) => {
    const doc = docBeforeQuotes(article.text, article.name);
    const { context } = attributeQuotations(doc);
    const tokens = wordTokens(article.text);
    const golds = article.annotations.flatMap((annotation) => annotation.attributions.map((attribution) => attribution.content));
    const matchedGold = new Set<number>();
    for (const candidate of findStatementCandidates(context, () => 0.5)) {
      const cue = context.cues[candidate.cueIndex]!;
      const content: Span[] = candidate.statement.fragments.map(([first, last]) => tokenSpan(context.index, first, last));
      const matched = golds.findIndex((gold) => contentsMatch(tokens, content, gold));
      if (matched >= 0) matchedGold.add(matched);
      const features = statementFeatures(context, cue, candidate.statement).map(([template, value]) => `${template}\u0000${value}`);
      raw.push({ article: articleIndex, features, label: matched >= 0 ? 1 : 0 });
      for (const feature of features) featureCount[featureIndex.get(feature) ?? featureIndex.set(feature, featureIndex.size).get(feature)!] = (featureCount[featureIndex.get(feature)!] ?? 0) + 1;
    }
    unreachable += golds.length / article.annotations.length - matchedGold.size / article.annotations.length;
  });
  const kept = new Map<string, number>();
  const featureNames: string[] = [];
  for (const [name, index] of featureIndex) {
    if ((featureCount[index] ?? 0) >= MIN_FEATURE_COUNT || name.startsWith('bias')) {
      kept.set(name, featureNames.length);
      featureNames.push(name);
    }
  }
  const examples = raw.map((example) => ({ article: example.article, label: example.label, features: example.features.flatMap((feature) => (kept.has(feature) ? [kept.get(feature)!] : [])) }));
  return { examples, featureNames, unreachable: Math.max(0, unreachable) };
}

/** A small deterministic generator, so that training gives the same model every time. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function train(examples: readonly Example[], featureCount: number): Float64Array {
  const weights = new Float64Array(featureCount);
  const squaredGradients = new Float64Array(featureCount).fill(1e-8);
  const order = examples.map((_, index) => index);
  const random = seededRandom(7);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const exampleIndex of order) {
      const example = examples[exampleIndex]!;
      let sum = 0;
      for (const feature of example.features) sum += weights[feature]!;
      const gradient = 1 / (1 + Math.exp(-sum)) - example.label;
      for (const feature of example.features) {
        const step = gradient + L2 * weights[feature]!;
        squaredGradients[feature]! += step * step;
        weights[feature]! -= (LEARNING_RATE * step) / Math.sqrt(squaredGradients[feature]!);
      }
    }
  }
  return weights;
}

function predict(weights: Float64Array, example: Example): number {
  let sum = 0;
  for (const feature of example.features) sum += weights[feature]!;
  return 1 / (1 + Math.exp(-sum));
}

/** The threshold with the best F1 over all attributions, counting the ones no candidate reaches as missed. */
function chooseThreshold(examples: readonly Example[], probabilities: readonly number[], unreachable: number): { threshold: number; f1: number } {
  const positives = examples.filter((example) => example.label === 1).length;
  let best = { threshold: 0.5, f1: 0 };
  for (let threshold = 0.05; threshold < 0.9; threshold += 0.025) {
    let truePositives = 0;
    let falsePositives = 0;
    examples.forEach((example, index) => {
      if (probabilities[index]! < threshold) return;
      if (example.label === 1) truePositives += 1;
      else falsePositives += 1;
    });
    const falseNegatives = positives - truePositives + unreachable;
    const f1 = (2 * truePositives) / (2 * truePositives + falsePositives + falseNegatives);
    if (f1 > best.f1) best = { threshold: Math.round(threshold * 1000) / 1000, f1 };
  }
  return best;
}

function main(): void {
  const started = performance.now();
  const { examples, featureNames, unreachable } = collectExamples();
  console.error(`${examples.length} candidate statements (${examples.filter((example) => example.label === 1).length} real), ${featureNames.length} features`);
  const outOfFold = new Array<number>(examples.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const weights = train(examples.filter((example) => example.article % FOLDS !== fold), featureNames.length);
    examples.forEach((example, index) => {
      if (example.article % FOLDS === fold) outOfFold[index] = predict(weights, example);
    });
  }
  const histogram = new Array<number>(10).fill(0);
  const positivesByBin = new Array<number>(10).fill(0);
  outOfFold.forEach((probability, index) => {
    const bin = Math.min(9, Math.floor(probability * 10));
    histogram[bin]! += 1;
    positivesByBin[bin]! += examples[index]!.label;
  });
  console.error(`unreachable ${unreachable.toFixed(0)}; out-of-fold probability bins: ${histogram.map((count, bin) => `${bin / 10}:${positivesByBin[bin]}/${count}`).join(' ')}`);
  const logLoss = -outOfFold.reduce((sum, probability, index) => sum + Math.log(examples[index]!.label === 1 ? Math.max(probability, 1e-9) : Math.max(1 - probability, 1e-9)), 0) / examples.length;
  console.error(`out-of-fold log loss ${logLoss.toFixed(4)}`);
  const { threshold, f1 } = chooseThreshold(examples, outOfFold, unreachable);
  console.error(`threshold ${threshold} (out-of-fold statement F1 ${f1.toFixed(4)})`);
  const weights = train(examples, featureNames.length);
  const byTemplate = new Map<string, Map<string, number>>();
  let kept = 0;
  featureNames.forEach((name, index) => {
    const weight = Math.round(weights[index]! * 1000) / 1000;
    if (Math.abs(weight) < 0.005) return;
    const [template, value] = name.split('\u0000') as [string, string];
    if (!byTemplate.has(template)) byTemplate.set(template, new Map());
    byTemplate.get(template)!.set(value, weight);
    kept += 1;
  });
  const comment = 'Trained by scripts/train-statement-model.ts on the PolNeAR train split: a logistic regression over the features of src/stages/quotes/statement-features.ts, weights by template then value. Do not edit by hand.';
  const templates = [...byTemplate].map(([template, values]) => {
    const entries = [...values].sort((a, b) => a[0].localeCompare(b[0])).map(([value, weight]) => `      ${JSON.stringify(value)}: ${weight}`);
    return `    ${JSON.stringify(template)}: {\n${entries.join(',\n')}\n    }`;
  });
  const json = `{\n  "$comment": ${JSON.stringify(comment)},\n  "threshold": ${threshold},\n  "weights": {\n${templates.join(',\n')}\n  }\n}\n`;
  writeFileSync(repositoryPath('src', 'models', 'statement-model.json'), json);
  console.error(`wrote ${kept} weights in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
