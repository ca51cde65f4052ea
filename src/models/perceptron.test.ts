import { describe, expect, it } from 'vitest';
import { featureKey } from './feature-hash.ts';
import { loadModel, PerceptronModel } from './perceptron.ts';
import { exportModel, PerceptronTrainer, seededRandom, shuffleInPlace } from './perceptron-trainer.ts';

/** A toy problem: feature A means class 1, feature B class 0. */
function trainToy(): { a: number; b: number; trainer: PerceptronTrainer } {
  const bias = featureKey(0, 0);
  const a = featureKey(1, 11);
  const b = featureKey(1, 22);
  const trainer = new PerceptronTrainer(2, [bias, a, b]);
  const scores = new Float32Array(2);
  for (let round = 0; round < 20; round += 1) {
    for (const [feature, truth] of [[a, 1], [b, 0]] as const) {
      const features = Int32Array.of(bias, feature);
      trainer.score(features, 2, scores);
      trainer.update(features, 2, truth, scores[1]! >= scores[0]! ? 1 : 0);
    }
  }
  return { a, b, trainer };
}

describe('averaged perceptron', () => {
  it('learns which class each feature votes for', () => {
    const { a, b, trainer } = trainToy();
    const scores = new Float32Array(2);
    trainer.score(Int32Array.of(a), 1, scores);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    trainer.score(Int32Array.of(b), 1, scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('keeps its decisions through export, int16 quantisation and loading', () => {
    const { a, b, trainer } = trainToy();
    const model = loadModel(exportModel(trainer.averaged(), { name: 'toy', description: 'toy', classes: ['no', 'yes'], minimumWeight: 0, training: {} }));
    const scores = new Float32Array(2);
    model.score(Int32Array.of(a), 1, scores);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    model.score(Int32Array.of(b), 1, scores);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('ignores features it never saw', () => {
    const { trainer } = trainToy();
    const model = loadModel(exportModel(trainer.averaged(), { name: 'toy', description: 'toy', classes: ['no', 'yes'], minimumWeight: 0, training: {} }));
    const scores = new Float32Array(2);
    model.score(Int32Array.of(featureKey(9, 99)), 1, scores);
    expect([...scores]).toEqual([0, 0]);
  });

  it('refuses a model file whose arrays disagree with its header, naming the fix', () => {
    const { trainer } = trainToy();
    const file = exportModel(trainer.averaged(), { name: 'toy', description: 'toy', classes: ['no', 'yes'], minimumWeight: 0, training: {} });
    expect(() => loadModel({ ...file, features: file.features + 1 })).toThrow(/Retrain it/);
  });

  it('shuffles the same way for the same seed, so training is reproducible', () => {
    const first = [1, 2, 3, 4, 5, 6, 7, 8];
    const second = [...first];
    shuffleInPlace(first, seededRandom(7));
    shuffleInPlace(second, seededRandom(7));
    expect(first).toEqual(second);
  });

  it('finds every key it stores through its bitmap of known keys, and skips unknown ones', () => {
    const keys = Int32Array.from({ length: 5000 }, (_, index) => featureKey(3, index));
    const model = new PerceptronModel(['a', 'b'], keys, new Uint8Array(keys.length).fill(1), Int32Array.from(keys, (_, index) => ((index + 1) << 8) | (index & 1)));
    const scores = new Int32Array(2);
    keys.forEach((key, index) => {
      scores.fill(0);
      model.addScores(Int32Array.of(key, featureKey(4, index)), 2, scores);
      expect(scores[index & 1]).toBe(index + 1);
      expect(scores[1 - (index & 1)]).toBe(0);
    });
  });
});
