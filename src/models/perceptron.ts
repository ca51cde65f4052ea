import { z } from 'zod';

/**
 * A trained averaged-perceptron model: for each known feature key, a short list of
 * (class, weight) pairs. Lookups go through an open-addressing table whose slots hold the key and
 * the place of its row side by side, and each (class, weight) pair is one packed integer, so that
 * scoring a token touches as few cache lines as possible and allocates nothing. Scores are sums of
 * the stored int16 weights (exact in float32), which rank classes as the trained weights do.
 */
export class PerceptronModel {
  readonly classes: readonly string[];
  /** Words whose class training made certain ("the" is DT; "said" is never in a name): decided without scoring. */
  readonly shortcuts: ReadonlyMap<string, number>;
  /** Mask over slot pairs: slot index * 2 & slotMask. */
  private readonly slotMask: number;
  /** [key, (first entry << 8) | entry count] per slot; key 0 marks an empty slot. */
  private readonly slots: Int32Array;
  /** (weight << 8) | class per entry. */
  private readonly entries: Int32Array;
  /**
   * One bit per value of a key's top bits, set for the keys the model knows: most features a
   * tagger asks about are word pairs training never kept (four in five of the part-of-speech
   * tagger's), and this small bitmap (16 bits per key, an eighth of the table) answers those from
   * cache where probing the table costs a cache miss each.
   */
  private readonly knownBits: Int32Array;
  /** 32 minus the number of key bits that index knownBits. */
  private readonly knownShift: number;
  readonly featureCount: number;

  constructor(classes: readonly string[], keys: Int32Array, rowLengths: Uint8Array, entries: Int32Array, shortcuts: ReadonlyMap<string, number> = new Map()) {
    this.classes = classes;
    this.shortcuts = shortcuts;
    this.featureCount = keys.length;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.slotMask = size * 2 - 1;
    this.slots = new Int32Array(size * 2);
    let first = 0;
    for (let row = 0; row < keys.length; row += 1) {
      let slot = (keys[row]! << 1) & this.slotMask;
      while (this.slots[slot] !== 0) slot = (slot + 2) & this.slotMask;
      this.slots[slot] = keys[row]!;
      this.slots[slot + 1] = (first << 8) | rowLengths[row]!;
      first += rowLengths[row]!;
    }
    this.entries = entries;
    let bitCount = 1 << 10;
    while (bitCount < keys.length * 16) bitCount *= 2;
    this.knownShift = 32 - Math.log2(bitCount);
    this.knownBits = new Int32Array(bitCount / 32);
    for (let row = 0; row < keys.length; row += 1) {
      const bit = keys[row]! >>> this.knownShift;
      this.knownBits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /** The weights of `count` features from `features`, summed into `scores` (one cell per class, zeroed here). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    const sums = new Int32Array(scores.length);
    this.addScores(features, count, sums);
    scores.set(sums);
  }

  /**
   * Adds the weights of `count` features to `scores` without zeroing it first. Integer sums: the
   * stored weights are int16, and integer adds are what the taggers' inner loops do most.
   */
  addScores(features: Int32Array, count: number, scores: Int32Array): void {
    const { slotMask, slots, entries, knownBits, knownShift } = this;
    for (let index = 0; index < count; index += 1) {
      const key = features[index]!;
      const bit = key >>> knownShift;
      if ((knownBits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      let slot = (key << 1) & slotMask;
      let found = slots[slot]!;
      while (found !== 0 && found !== key) {
        slot = (slot + 2) & slotMask;
        found = slots[slot]!;
      }
      if (found === 0) continue;
      const packed = slots[slot + 1]!;
      for (let entry = packed >>> 8, end = entry + (packed & 255); entry < end; entry += 1) {
        const value = entries[entry]!;
        scores[value & 255]! += value >> 8;
      }
    }
  }
}

/** How a model is stored in src/models/*.model.json: the arrays are little-endian, base64-encoded. */
export const ModelFileSchema = z.object({
  format: z.literal('newsgraph-perceptron/1'),
  name: z.string(),
  description: z.string(),
  classes: z.array(z.string()).min(2).max(255),
  /** Weights are stored as int16; the float weight is stored / scale. */
  scale: z.number().positive(),
  features: z.number().int().nonnegative(),
  entries: z.number().int().nonnegative(),
  keys: z.string(),
  rowLengths: z.string(),
  entryClasses: z.string(),
  entryWeights: z.string(),
  training: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Word -> class decided without scoring (see PerceptronModel.shortcuts). */
  shortcuts: z.record(z.string(), z.string()).optional(),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

function decodeBase64(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  // Copy into a fresh, aligned buffer so that typed views over it are valid.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

export function loadModel(file: unknown): PerceptronModel {
  const parsed = ModelFileSchema.parse(file);
  const keys = new Int32Array(decodeBase64(parsed.keys).buffer);
  const rowLengths = decodeBase64(parsed.rowLengths);
  const entryClasses = decodeBase64(parsed.entryClasses);
  const storedWeights = new Int16Array(decodeBase64(parsed.entryWeights).buffer);
  if (keys.length !== parsed.features || rowLengths.length !== parsed.features || entryClasses.length !== parsed.entries || storedWeights.length !== parsed.entries) {
    throw new Error(`Model "${parsed.name}" is corrupt: its array lengths disagree with its header. Retrain it with its scripts/train-*.ts script.`);
  }
  const entries = new Int32Array(parsed.entries);
  for (let entry = 0; entry < parsed.entries; entry += 1) entries[entry] = (storedWeights[entry]! << 8) | entryClasses[entry]!;
  const classIndex = new Map(parsed.classes.map((label, index) => [label, index]));
  const shortcuts = new Map<string, number>();
  for (const [word, label] of Object.entries(parsed.shortcuts ?? {})) {
    const index = classIndex.get(label);
    if (index === undefined) throw new Error(`Model "${parsed.name}" is corrupt: shortcut class "${label}" is not one of its classes. Retrain it with its scripts/train-*.ts script.`);
    shortcuts.set(word, index);
  }
  return new PerceptronModel(parsed.classes, keys, rowLengths, entries, shortcuts);
}
