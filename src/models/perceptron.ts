import { z } from 'zod';

/**
 * A trained averaged-perceptron model: for each known feature key, a short list of
 * (class, weight) pairs. Lookups go through an open-addressing table of 32-bit keys, so scoring
 * a token costs one probe per feature and no allocation.
 */
export class PerceptronModel {
  readonly classes: readonly string[];
  /** Words whose class training made certain ("the" is DT; "said" is never in a name): decided without scoring. */
  readonly shortcuts: ReadonlyMap<string, number>;
  private readonly mask: number;
  private readonly slotKeys: Int32Array;
  private readonly slotRows: Int32Array;
  private readonly rowStarts: Int32Array;
  private readonly entryClasses: Uint8Array;
  private readonly entryWeights: Float32Array;

  constructor(classes: readonly string[], keys: Int32Array, rowStarts: Int32Array, entryClasses: Uint8Array, entryWeights: Float32Array, shortcuts: ReadonlyMap<string, number> = new Map()) {
    this.classes = classes;
    this.shortcuts = shortcuts;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slotKeys = new Int32Array(size);
    this.slotRows = new Int32Array(size);
    for (let row = 0; row < keys.length; row += 1) {
      let slot = keys[row]! & this.mask;
      while (this.slotKeys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotKeys[slot] = keys[row]!;
      this.slotRows[slot] = row;
    }
    this.rowStarts = rowStarts;
    this.entryClasses = entryClasses;
    this.entryWeights = entryWeights;
  }

  /** The weights of `count` features from `features`, summed into `scores` (one cell per class, zeroed here). */
  score(features: Int32Array, count: number, scores: Float32Array): void {
    scores.fill(0);
    this.addScores(features, count, scores);
  }

  /** Adds the weights of `count` features to `scores` without zeroing it first. */
  addScores(features: Int32Array, count: number, scores: Float32Array): void {
    const { mask, slotKeys, slotRows, rowStarts, entryClasses, entryWeights } = this;
    for (let index = 0; index < count; index += 1) {
      const key = features[index]!;
      let slot = key & mask;
      let found = slotKeys[slot]!;
      while (found !== 0 && found !== key) {
        slot = (slot + 1) & mask;
        found = slotKeys[slot]!;
      }
      if (found === 0) continue;
      const row = slotRows[slot]!;
      for (let entry = rowStarts[row]!, end = rowStarts[row + 1]!; entry < end; entry += 1) {
        scores[entryClasses[entry]!]! += entryWeights[entry]!;
      }
    }
  }

  get featureCount(): number {
    return this.rowStarts.length - 1;
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
  const rowStarts = new Int32Array(parsed.features + 1);
  for (let row = 0; row < parsed.features; row += 1) rowStarts[row + 1] = rowStarts[row]! + rowLengths[row]!;
  const entryWeights = new Float32Array(parsed.entries);
  for (let entry = 0; entry < parsed.entries; entry += 1) entryWeights[entry] = storedWeights[entry]! / parsed.scale;
  const classIndex = new Map(parsed.classes.map((label, index) => [label, index]));
  const shortcuts = new Map<string, number>();
  for (const [word, label] of Object.entries(parsed.shortcuts ?? {})) {
    const index = classIndex.get(label);
    if (index === undefined) throw new Error(`Model "${parsed.name}" is corrupt: shortcut class "${label}" is not one of its classes. Retrain it with its scripts/train-*.ts script.`);
    shortcuts.set(word, index);
  }
  return new PerceptronModel(parsed.classes, keys, rowStarts, entryClasses, entryWeights, shortcuts);
}
