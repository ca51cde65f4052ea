import type { ModelFile } from './perceptron.ts';

/**
 * Training side of the averaged perceptron (Collins 2002). Weights are dense rows over a feature
 * index fixed before training (features seen too rarely are dropped up front, which keeps memory
 * small). Averaging uses the "w - u/c" trick: `u` accumulates each update times the step at which
 * it happened, so the average is exact without per-weight timestamps.
 */
export class PerceptronTrainer {
  readonly classCount: number;
  private readonly index: Map<number, number>;
  private readonly weights: Float32Array;
  private readonly stepWeighted: Float64Array;
  private step = 1;

  constructor(classCount: number, featureKeys: Iterable<number>) {
    this.classCount = classCount;
    this.index = new Map();
    for (const key of featureKeys) if (!this.index.has(key)) this.index.set(key, this.index.size);
    this.weights = new Float32Array(this.index.size * classCount);
    this.stepWeighted = new Float64Array(this.index.size * classCount);
  }

  get featureCount(): number {
    return this.index.size;
  }

  /** Replaces feature keys by their row offsets (-1 for unknown features), in place. */
  private rows(features: Int32Array, count: number, rows: Int32Array): void {
    for (let index = 0; index < count; index += 1) {
      const row = this.index.get(features[index]!);
      rows[index] = row === undefined ? -1 : row * this.classCount;
    }
  }

  private rowBuffer = new Int32Array(256);

  score(features: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0);
    if (this.rowBuffer.length < count) this.rowBuffer = new Int32Array(count * 2);
    this.rows(features, count, this.rowBuffer);
    for (let index = 0; index < count; index += 1) {
      const offset = this.rowBuffer[index]!;
      if (offset < 0) continue;
      for (let label = 0; label < this.classCount; label += 1) scores[label]! += this.weights[offset + label]!;
    }
  }

  /** One perceptron step: reward the true class, penalise the guess (when they differ). */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth !== guess) {
      if (this.rowBuffer.length < count) this.rowBuffer = new Int32Array(count * 2);
      this.rows(features, count, this.rowBuffer);
      for (let index = 0; index < count; index += 1) {
        const offset = this.rowBuffer[index]!;
        if (offset < 0) continue;
        this.weights[offset + truth]! += 1;
        this.stepWeighted[offset + truth]! += this.step;
        this.weights[offset + guess]! -= 1;
        this.stepWeighted[offset + guess]! -= this.step;
      }
    }
    this.step += 1;
  }

  /** The averaged weights, row by row, with the keys they belong to. */
  averaged(): { keys: Int32Array; weights: Float32Array } {
    const keys = new Int32Array(this.index.size);
    for (const [key, row] of this.index) keys[row] = key;
    const weights = new Float32Array(this.weights.length);
    for (let cell = 0; cell < weights.length; cell += 1) weights[cell] = this.weights[cell]! - this.stepWeighted[cell]! / this.step;
    return { keys, weights };
  }
}

export interface ExportOptions {
  readonly name: string;
  readonly description: string;
  readonly classes: readonly string[];
  /** Weights whose magnitude is below this are dropped: they barely move a decision and cost space. */
  readonly minimumWeight: number;
  readonly training: Record<string, string | number>;
  readonly shortcuts?: Record<string, string>;
}

function toBase64(array: ArrayBufferView): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Prunes, quantises to int16 and encodes the averaged weights as a model file. */
export function exportModel(averaged: { keys: Int32Array; weights: Float32Array }, options: ExportOptions): ModelFile {
  const classCount = options.classes.length;
  let largest = 0;
  for (const weight of averaged.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? 32767 / largest : 1;
  const keys: number[] = [];
  const rowLengths: number[] = [];
  const entryClasses: number[] = [];
  const entryWeights: number[] = [];
  for (let row = 0; row < averaged.keys.length; row += 1) {
    let length = 0;
    for (let label = 0; label < classCount; label += 1) {
      const weight = averaged.weights[row * classCount + label]!;
      const stored = Math.round(weight * scale);
      if (Math.abs(weight) < options.minimumWeight || stored === 0) continue;
      entryClasses.push(label);
      entryWeights.push(stored);
      length += 1;
    }
    if (length === 0) continue;
    keys.push(averaged.keys[row]!);
    rowLengths.push(length);
  }
  return {
    format: 'newsgraph-perceptron/1',
    name: options.name,
    description: options.description,
    classes: [...options.classes],
    scale,
    features: keys.length,
    entries: entryClasses.length,
    keys: toBase64(Int32Array.from(keys)),
    rowLengths: toBase64(Uint8Array.from(rowLengths)),
    entryClasses: toBase64(Uint8Array.from(entryClasses)),
    entryWeights: toBase64(Int16Array.from(entryWeights)),
    training: options.training,
    ...(options.shortcuts ? { shortcuts: options.shortcuts } : {}),
  };
}

/** A small, seeded random number generator (mulberry32), so that training is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
