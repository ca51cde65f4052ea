/**
 * Trains the part-of-speech tagger (averaged perceptron, greedy left to right) on the POS column
 * of CoNLL++ train and writes src/models/pos.model.json. Deterministic: fixed seed, fixed epochs.
 *   npm run train:pos [-- --epochs 8 --data ../shared/data]
 */
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { dataPath, repositoryPath } from '../eval/data-root.ts';
import { readConll, type ConllSentence } from '../eval/conll.ts';
import { exportModel, PerceptronTrainer, seededRandom, shuffleInPlace } from '../src/models/perceptron-trainer.ts';
import { normaliseTokenText, wordAtoms, type WordAtoms } from '../src/models/word-features.ts';
import { MAX_POS_FEATURES, posFeatures } from '../src/stages/tags/pos-features.ts';

interface Example {
  readonly atoms: readonly WordAtoms[];
  readonly tags: Int32Array;
}

function toExamples(sentences: readonly ConllSentence[], classIndex: Map<string, number>): Example[] {
  return sentences.map((sentence) => ({
    atoms: sentence.words.map((word) => wordAtoms(normaliseTokenText(word))),
    tags: Int32Array.from(sentence.posTags, (tag) => classIndex.get(tag) ?? 0),
  }));
}

/** Features seen at least `minimumCount` times with gold history: rarer ones are noise and cost memory. */
function frequentFeatures(examples: readonly Example[], minimumCount: number): number[] {
  const counts = new Map<number, number>();
  const buffer = new Int32Array(MAX_POS_FEATURES);
  for (const example of examples) {
    for (let position = 0; position < example.atoms.length; position += 1) {
      const count = posFeatures(example.atoms, position, example.tags[position - 1] ?? -1, example.tags[position - 2] ?? -1, buffer);
      for (let index = 0; index < count; index += 1) counts.set(buffer[index]!, (counts.get(buffer[index]!) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, count]) => count >= minimumCount).map(([key]) => key);
}

function argmax(scores: Float32Array): number {
  let best = 0;
  for (let label = 1; label < scores.length; label += 1) if (scores[label]! > scores[best]!) best = label;
  return best;
}

function tagExample(example: Example, scorer: { score(features: Int32Array, count: number, scores: Float32Array): void }, classCount: number, learn?: PerceptronTrainer): Int32Array {
  const buffer = new Int32Array(MAX_POS_FEATURES);
  const scores = new Float32Array(classCount);
  const predicted = new Int32Array(example.atoms.length);
  for (let position = 0; position < example.atoms.length; position += 1) {
    const count = posFeatures(example.atoms, position, predicted[position - 1] ?? -1, predicted[position - 2] ?? -1, buffer);
    scorer.score(buffer, count, scores);
    const guess = argmax(scores);
    if (learn) learn.update(buffer, count, example.tags[position]!, guess);
    predicted[position] = guess;
  }
  return predicted;
}

function accuracy(examples: readonly Example[], scorer: { score(features: Int32Array, count: number, scores: Float32Array): void }, classCount: number): number {
  let correct = 0;
  let total = 0;
  for (const example of examples) {
    const predicted = tagExample(example, scorer, classCount);
    predicted.forEach((label, position) => {
      if (label === example.tags[position]) correct += 1;
      total += 1;
    });
  }
  return correct / total;
}

/**
 * Words whose tag is nearly fixed (seen at least 20 times, 97% with one tag, as in Honnibal's
 * "good part-of-speech tagger"): the tagger takes the tag without scoring, which is both faster
 * and, on these words, more accurate than the model.
 */
function tagDictionary(sentences: readonly ConllSentence[]): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of sentences) {
    sentence.words.forEach((raw, index) => {
      const word = normaliseTokenText(raw);
      const tags = counts.get(word) ?? new Map<string, number>();
      tags.set(sentence.posTags[index]!, (tags.get(sentence.posTags[index]!) ?? 0) + 1);
      counts.set(word, tags);
    });
  }
  const dictionary: Record<string, string> = {};
  for (const [word, tags] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...tags.values()].reduce((sum, count) => sum + count, 0);
    const [tag, count] = [...tags].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && count / total >= 0.97) dictionary[word] = tag;
  }
  return dictionary;
}

async function main(): Promise<void> {
  const options = new Command('train-pos')
    .option('--epochs <n>', 'passes over the training data', '6')
    .option('--min-count <n>', 'drop features seen fewer times', '2')
    .option('--out <file>', 'where to write the model', repositoryPath('src', 'models', 'pos.model.json'))
    .parse()
    .opts<{ epochs: string; minCount: string; out: string }>();
  const started = performance.now();
  const trainSentences = readConll(dataPath('ner', 'conllpp', 'train.txt')).flatMap((document) => document.sentences);
  const devSentences = readConll(dataPath('ner', 'conllpp', 'dev.txt')).flatMap((document) => document.sentences);
  const classes = [...new Set(trainSentences.flatMap((sentence) => sentence.posTags))].sort();
  const classIndex = new Map(classes.map((tag, index) => [tag, index]));
  const train = toExamples(trainSentences, classIndex);
  const dev = toExamples(devSentences, classIndex);
  const trainer = new PerceptronTrainer(classes.length, frequentFeatures(train, Number(options.minCount)));
  console.error(`pos: ${train.length} training sentences, ${classes.length} tags, ${trainer.featureCount} features`);
  const random = seededRandom(20231027);
  const order = [...train];
  for (let epoch = 1; epoch <= Number(options.epochs); epoch += 1) {
    shuffleInPlace(order, random);
    for (const example of order) tagExample(example, trainer, classes.length, trainer);
    console.error(`epoch ${epoch}: dev accuracy (current, unaveraged weights) ${accuracy(dev, trainer, classes.length).toFixed(4)}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const model = exportModel(trainer.averaged(), {
    name: 'pos',
    description: 'Penn Treebank part-of-speech tagger: averaged perceptron, greedy left to right, trained by scripts/train-pos.ts on CoNLL++ train (POS column).',
    classes,
    minimumWeight: 0.5,
    shortcuts: tagDictionary(trainSentences),
    training: { data: 'ner/conllpp/train.txt', sentences: train.length, epochs: Number(options.epochs), minimumFeatureCount: Number(options.minCount), seed: 20231027, seconds: Math.round(seconds) },
  });
  writeFileSync(options.out, `${JSON.stringify(model)}\n`);
  const { loadModel } = await import('../src/models/perceptron.ts');
  const loaded = loadModel(model);
  console.error(`pos: averaged model dev accuracy ${accuracy(dev, loaded, classes.length).toFixed(4)}; ${model.features} features, ${model.entries} weights; trained in ${seconds.toFixed(0)} s; wrote ${options.out}`);
}

await main();
