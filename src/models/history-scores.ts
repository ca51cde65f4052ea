import type { Scorer } from './window-scores.ts';

/** Writes the features that depend only on the two previous classes into `out` from `from`; returns the new count. */
export type HistoryFeatureFunction = (previous: number, secondPrevious: number, out: Int32Array, from: number) => number;

/**
 * The summed weights of the class-history features ("the previous tag is DT", "the two previous
 * tags are DT JJ") for every pair of previous classes, computed once per model. A greedy tagger
 * asks for them at every scored token; a row of this small table is one memory read, where
 * looking the features up costs a hash-table miss each.
 */
export class HistoryScores {
  private readonly table: Int32Array;
  private readonly classCount: number;

  constructor(model: Scorer, historyFeatures: HistoryFeatureFunction) {
    const classCount = model.classes.length;
    this.classCount = classCount;
    this.table = new Int32Array((classCount + 1) * (classCount + 1) * classCount);
    const buffer = new Int32Array(8);
    // -1 stands for "before the sentence".
    for (let previous = -1; previous < classCount; previous += 1) {
      for (let secondPrevious = -1; secondPrevious < classCount; secondPrevious += 1) {
        const count = historyFeatures(previous, secondPrevious, buffer, 0);
        model.addScores(buffer, count, this.table.subarray(this.rowOf(previous, secondPrevious), this.rowOf(previous, secondPrevious) + classCount));
      }
    }
  }

  private rowOf(previous: number, secondPrevious: number): number {
    return ((previous + 1) * (this.classCount + 1) + (secondPrevious + 1)) * this.classCount;
  }

  /** Adds the history features' weights for these two previous classes to `scores`. */
  add(previous: number, secondPrevious: number, scores: Int32Array): void {
    const { table, classCount } = this;
    const row = this.rowOf(previous, secondPrevious);
    for (let label = 0; label < classCount; label += 1) scores[label]! += table[row + label]!;
  }
}
