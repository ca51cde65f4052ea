/**
 * Trains the entity recogniser (averaged perceptron, greedy BILOU decoding with document memory
 * and gazetteer features) on CoNLL++ train and writes src/models/ner.model.json.
 * Deterministic: fixed seed, fixed epochs.
 *   npm run train:ner [-- --epochs 10]
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { dataPath, repositoryPath } from '../eval/data-root.ts';
import { readConll, spansFromTags, type ConllDocument } from '../eval/conll.ts';
import { readWorldwide } from '../eval/worldwide.ts';
import { scoreSpans, type SpanScores } from '../eval/span-scores.ts';
import { normaliseTokenText } from '../src/models/word-features.ts';
import { exportModel, PerceptronTrainer, seededRandom, shuffleInPlace } from '../src/models/perceptron-trainer.ts';
import type { FeatureScorer } from '../src/stages/tags/pos-tagger.ts';
import { decodeSentence } from '../src/stages/entities/ner-decoder.ts';
import { GAZETTEER_FINGERPRINT } from '../src/stages/entities/gazetteer.ts';
import { DocumentMemory, lowercaseWordsOf, MAX_NER_FEATURES, nerFeatures, type NerSentence } from '../src/stages/entities/ner-features.ts';
import { labelsFromSpans, NER_LABELS, spansFromLabels, type NerType } from '../src/stages/entities/ner-labels.ts';
import { sentenceForTagger } from '../src/stages/entities/ner-tagger.ts';

interface TrainingDocument {
  readonly sentences: readonly NerSentence[];
  readonly gold: readonly Int32Array[];
}

function toTrainingDocuments(documents: readonly ConllDocument[]): TrainingDocument[] {
  return documents.map((document) => ({
    sentences: document.sentences.map((sentence) => sentenceForTagger(sentence.words)),
    gold: document.sentences.map((sentence) => labelsFromSpans(spansFromTags(sentence.entityTags).map((span) => ({ ...span, type: span.type as NerType })), sentence.words.length)),
  }));
}

function frequentFeatures(documents: readonly TrainingDocument[], minimumCount: number): number[] {
  const counts = new Map<number, number>();
  const buffer = new Int32Array(MAX_NER_FEATURES);
  for (const document of documents) {
    const memory = new DocumentMemory(lowercaseWordsOf(document.sentences));
    document.sentences.forEach((sentence, index) => {
      const gold = document.gold[index]!;
      for (let position = 0; position < sentence.words.length; position += 1) {
        const count = nerFeatures(sentence, position, gold[position - 1] ?? -1, gold[position - 2] ?? -1, memory, buffer);
        for (let feature = 0; feature < count; feature += 1) counts.set(buffer[feature]!, (counts.get(buffer[feature]!) ?? 0) + 1);
      }
      memory.observe(sentence, gold);
    });
  }
  return [...counts].filter(([, count]) => count >= minimumCount).map(([key]) => key);
}

function evaluate(documents: readonly TrainingDocument[], scorer: FeatureScorer): SpanScores {
  const gold: Array<{ start: number; end: number; type: string }> = [];
  const predicted: Array<{ start: number; end: number; type: string }> = [];
  let offset = 0;
  for (const document of documents) {
    const memory = new DocumentMemory(lowercaseWordsOf(document.sentences));
    document.sentences.forEach((sentence, index) => {
      const labels = decodeSentence(sentence, memory, scorer);
      for (const span of spansFromLabels(document.gold[index]!)) gold.push({ start: span.start + offset, end: span.end + offset, type: span.type });
      for (const span of spansFromLabels(labels)) predicted.push({ start: span.start + offset, end: span.end + offset, type: span.type });
      offset += sentence.words.length + 1;
    });
  }
  return scoreSpans(gold, predicted);
}

/**
 * Lowercase words seen at least three times in training and never inside a name ("said",
 * "the", ","): the recogniser labels them O without scoring when no name is open.
 */
function neverInNames(documents: readonly ConllDocument[]): Record<string, string> {
  const inside = new Set<string>();
  const counts = new Map<string, number>();
  for (const document of documents) {
    for (const sentence of document.sentences) {
      sentence.words.forEach((raw, index) => {
        const word = normaliseTokenText(raw);
        if (sentence.entityTags[index] !== 'O') inside.add(word);
        counts.set(word, (counts.get(word) ?? 0) + 1);
      });
    }
  }
  const shortcuts: Record<string, string> = {};
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count >= 3 && !inside.has(word) && word === word.toLowerCase()) shortcuts[word] = 'O';
  }
  return shortcuts;
}

async function main(): Promise<void> {
  const options = new Command('train-ner')
    .option('--epochs <n>', 'passes over the training data', '10')
    .option('--min-count <n>', 'drop features seen fewer times', '1')
    .option('--min-weight <w>', 'drop averaged weights smaller than this', '0.5')
    .option('--out <file>', 'where to write the model', repositoryPath('src', 'models', 'ner.model.json'))
    .option('--quiet', 'do not score dev after every epoch')
    .option('--no-worldwide', 'train on CoNLL++ only, without the train half of Worldwide Newswire dev')
    .parse()
    .opts<{ epochs: string; minCount: string; minWeight: string; out: string; quiet?: boolean; worldwide: boolean }>();
  const started = performance.now();
  const trainConll = readConll(dataPath('ner', 'conllpp', 'train.txt'));
  // Non-Western names (the train half of Worldwide Newswire dev): CoNLL's 1996 Reuters alone reads
  // "Kailash Satyarthi" as an organisation.
  const worldwide: ConllDocument[] = options.worldwide
    ? readWorldwide('train').map((document) => ({ sentences: document.sentences.map((sentence) => ({ words: sentence.words, posTags: [], entityTags: sentence.tags })) }))
    : [];
  const train = toTrainingDocuments([...trainConll, ...trainConll, ...worldwide]);
  const dev = toTrainingDocuments(readConll(dataPath('ner', 'conllpp', 'dev.txt')));
  const trainer = new PerceptronTrainer(NER_LABELS.length, frequentFeatures(train, Number(options.minCount)));
  console.error(`ner: ${train.length} training documents, ${NER_LABELS.length} labels, ${trainer.featureCount} features`);
  const random = seededRandom(20231027);
  const order = [...train];
  for (let epoch = 1; epoch <= Number(options.epochs); epoch += 1) {
    shuffleInPlace(order, random);
    for (const document of order) {
      const memory = new DocumentMemory(lowercaseWordsOf(document.sentences));
      document.sentences.forEach((sentence, index) => decodeSentence(sentence, memory, trainer, document.gold[index], trainer));
    }
    if (!options.quiet) console.error(`epoch ${epoch}: dev F1 (unaveraged) ${evaluate(dev, trainer).overall.f1.toFixed(4)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const model = exportModel(trainer.averaged(), {
    name: 'ner',
    description: 'CoNLL-type entity recogniser (PER, ORG, LOC, MISC; BILOU): averaged perceptron, greedy decoding with document memory and gazetteer features, trained by scripts/train-ner.ts on CoNLL++ train.',
    classes: NER_LABELS,
    minimumWeight: Number(options.minWeight),
    shortcuts: neverInNames([...trainConll, ...worldwide]),
    training: { data: options.worldwide ? 'ner/conllpp/train.txt + ner/worldwide-newswire-en (train half of dev)' : 'ner/conllpp/train.txt', gazetteer: GAZETTEER_FINGERPRINT, documents: train.length, epochs: Number(options.epochs), minimumFeatureCount: Number(options.minCount), seed: 20231027, seconds: Math.round(seconds) },
  });
  writeFileSync(options.out, `${JSON.stringify(model)}\n`);
  const { loadModel } = await import('../src/models/perceptron.ts');
  const result = evaluate(dev, loadModel(model));
  const perType = Object.entries(result.byType).map(([type, score]) => `${type} ${score.f1.toFixed(4)}`).join(', ');
  console.error(`ner: averaged model dev F1 ${result.overall.f1.toFixed(4)} (${perType}); ${model.features} features, ${model.entries} weights; trained in ${seconds.toFixed(0)} s; wrote ${options.out}`);
}

await main();
