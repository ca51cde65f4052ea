import type { WordAtoms } from './word-features.ts';
import { SENTENCE_END, SENTENCE_START } from './word-features.ts';

/**
 * Where a word stands relative to the word being tagged. Most of a tagger's features depend on one
 * word of the window alone ("the next word is 'said'"); their summed weights are the same every
 * time that word appears in that role, so they are computed once per word and cached.
 */
export const WINDOW_OFFSETS = [0, -1, -2, 1, 2] as const;
export const WINDOW_ROLES = WINDOW_OFFSETS.length;

/** Writes the features a word contributes in window role `role` (an index into WINDOW_OFFSETS) into `out` from `from`; returns the new count. */
export type WordFeatureFunction = (word: WordAtoms, role: number, out: Int32Array, from: number) => number;

export interface Scorer {
  readonly classes: readonly string[];
  readonly shortcuts: ReadonlyMap<string, number>;
  addScores(features: Int32Array, count: number, scores: Int32Array): void;
}

export function windowWord(words: readonly WordAtoms[], position: number, role: number): WordAtoms {
  const offset = WINDOW_OFFSETS[role]!;
  return words[position + offset] ?? (offset < 0 ? SENTENCE_START : SENTENCE_END);
}

/** Every word-only feature of the window around `position` (for training, where weights change). */
export function windowFeatures(words: readonly WordAtoms[], position: number, wordFeatures: WordFeatureFunction, out: Int32Array, from = 0): number {
  let count = from;
  for (let role = 0; role < WINDOW_ROLES; role += 1) count = wordFeatures(windowWord(words, position, role), role, out, count);
  return count;
}

/**
 * Caches, per word and model, the score vector of the word's own features in some window roles,
 * and adds the window's cached vectors for a position. Worth it for roles with many features (the
 * word itself: a dozen); roles with one or two features are cheaper to look up directly, which
 * `addUncachedFeatures` does. Valid only for a trained, unchanging model.
 */
export class WindowScoreCache {
  private readonly buffer = new Int32Array(32);
  private readonly partial: Int32Array;
  private readonly cachedRoles: readonly number[];
  private readonly uncachedRoles: readonly number[];
  private readonly shortcuts: ReadonlyMap<string, number>;

  constructor(private readonly slot: number, private readonly model: Scorer, private readonly wordFeatures: WordFeatureFunction, cachedRoles: readonly number[]) {
    this.partial = new Int32Array(model.classes.length);
    this.cachedRoles = cachedRoles;
    this.shortcuts = model.shortcuts;
    this.uncachedRoles = WINDOW_OFFSETS.map((_, role) => role).filter((role) => !cachedRoles.includes(role));
  }

  private vectors(word: WordAtoms): Int32Array {
    const cached = word.scoreCache[this.slot];
    if (cached) return cached;
    const classCount = this.model.classes.length;
    const vectors = new Int32Array(this.cachedRoles.length * classCount);
    this.cachedRoles.forEach((role, index) => {
      const count = this.wordFeatures(word, role, this.buffer, 0);
      this.partial.fill(0);
      this.model.addScores(this.buffer, count, this.partial);
      vectors.set(this.partial, index * classCount);
    });
    word.scoreCache[this.slot] = vectors;
    return vectors;
  }

  /** The class training made certain for this word, or -1 (see PerceptronModel.shortcuts). */
  shortcut(word: WordAtoms): number {
    let label = word.shortcutCache[this.slot];
    if (label === undefined) {
      label = this.shortcuts.get(word.text) ?? -1;
      word.shortcutCache[this.slot] = label;
    }
    return label;
  }

  /** Adds the cached word-only scores of the window around `position` to `scores`. */
  addWindow(words: readonly WordAtoms[], position: number, scores: Int32Array): void {
    const classCount = scores.length;
    const roles = this.cachedRoles;
    for (let index = 0; index < roles.length; index += 1) {
      const vectors = this.vectors(windowWord(words, position, roles[index]!));
      const offset = index * classCount;
      for (let label = 0; label < classCount; label += 1) scores[label]! += vectors[offset + label]!;
    }
  }

  /** Writes the word-only features of the roles that are not cached into `out` from `from`; returns the new count. */
  addUncachedFeatures(words: readonly WordAtoms[], position: number, out: Int32Array, from: number): number {
    let count = from;
    const roles = this.uncachedRoles;
    for (let index = 0; index < roles.length; index += 1) count = this.wordFeatures(windowWord(words, position, roles[index]!), roles[index]!, out, count);
    return count;
  }
}
