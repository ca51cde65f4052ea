import type { WordAtoms } from './word-features.ts';
import { SENTENCE_END, SENTENCE_START, WORD_ID_LIMIT, wordCacheGeneration } from './word-features.ts';

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
 *
 * The vectors live in one flat arena, found through flat arrays indexed by the word's id: tagging
 * is bound by memory reads, and a per-word object holding per-model arrays cost three dependent
 * reads (and cache misses) where this costs one. The arena starts over with each generation of
 * the word cache; a word of an older generation (a document in flight when the cache was emptied)
 * is scored without caching.
 */
export class WindowScoreCache {
  private readonly buffer = new Int32Array(32);
  private readonly cachedRoles: readonly number[];
  private readonly uncachedRoles: readonly number[];
  private readonly shortcuts: ReadonlyMap<string, number>;
  /** Integers per word in the arena: one vector per cached role. */
  private readonly stride: number;
  /** Per word id, the shortcut class + 2 (0: not looked up yet; 1: none). */
  private readonly shortcutById = new Int32Array(WORD_ID_LIMIT);
  /** Per word id, whether its vectors are computed (in this generation). */
  private readonly computedById = new Uint8Array(WORD_ID_LIMIT);
  /**
   * Per word id and cached role, where the role's vector starts in the arena, or -1 when it is all
   * zeros: a rare word's features as a neighbour ("the previous word is X") are mostly unknown to
   * the model, so most rare words store and cost nothing in those roles.
   */
  private readonly roleOffsets: Int32Array;
  private arena: Int32Array;
  private arenaUsed = 0;
  private generation = wordCacheGeneration();
  /** Vectors of one word in every cached role (a word of an older generation, or one being stored). */
  private readonly scratch: Int32Array;
  private readonly classCount: number;

  constructor(private readonly model: Scorer, private readonly wordFeatures: WordFeatureFunction, cachedRoles: readonly number[]) {
    this.cachedRoles = cachedRoles;
    this.shortcuts = model.shortcuts;
    this.uncachedRoles = WINDOW_OFFSETS.map((_, role) => role).filter((role) => !cachedRoles.includes(role));
    this.classCount = model.classes.length;
    this.stride = cachedRoles.length * this.classCount;
    this.roleOffsets = new Int32Array(WORD_ID_LIMIT * cachedRoles.length);
    this.arena = new Int32Array(this.stride * 1024);
    this.scratch = new Int32Array(this.stride);
  }

  /** Forgets every word when the word cache has started a new generation (its ids are reused). */
  private followGeneration(): void {
    const current = wordCacheGeneration();
    if (current === this.generation) return;
    this.generation = current;
    this.shortcutById.fill(0);
    this.computedById.fill(0);
    this.arenaUsed = 0;
  }

  private isCacheable(word: WordAtoms): boolean {
    return word.generation === this.generation || word.generation < 0;
  }

  /** Writes the word's vectors (one per cached role) into this.scratch. */
  private computeVectors(word: WordAtoms): void {
    const { classCount, scratch } = this;
    scratch.fill(0);
    for (let index = 0; index < this.cachedRoles.length; index += 1) {
      const count = this.wordFeatures(word, this.cachedRoles[index]!, this.buffer, 0);
      this.model.addScores(this.buffer, count, scratch.subarray(index * classCount, (index + 1) * classCount));
    }
  }

  /** Computes the word's vectors and stores the ones that are not all zeros in the arena. */
  private storeVectors(word: WordAtoms): void {
    const { classCount, scratch } = this;
    this.computeVectors(word);
    const roleCount = this.cachedRoles.length;
    for (let index = 0; index < roleCount; index += 1) {
      const from = index * classCount;
      let zero = true;
      for (let label = 0; label < classCount; label += 1) if (scratch[from + label] !== 0) zero = false;
      if (zero) {
        this.roleOffsets[word.id * roleCount + index] = -1;
        continue;
      }
      if (this.arenaUsed + classCount > this.arena.length) {
        const grown = new Int32Array(this.arena.length * 2);
        grown.set(this.arena.subarray(0, this.arenaUsed));
        this.arena = grown;
      }
      this.arena.set(scratch.subarray(from, from + classCount), this.arenaUsed);
      this.roleOffsets[word.id * roleCount + index] = this.arenaUsed;
      this.arenaUsed += classCount;
    }
    this.computedById[word.id] = 1;
  }

  /** The class training made certain for this word, or -1 (see PerceptronModel.shortcuts). */
  shortcut(word: WordAtoms): number {
    this.followGeneration();
    if (!this.isCacheable(word)) return this.shortcuts.get(word.text) ?? -1;
    const known = this.shortcutById[word.id]!;
    if (known !== 0) return known - 2;
    const label = this.shortcuts.get(word.text) ?? -1;
    this.shortcutById[word.id] = label + 2;
    return label;
  }

  /** Adds the cached word-only scores of the window around `position` to `scores`. */
  addWindow(words: readonly WordAtoms[], position: number, scores: Int32Array): void {
    this.followGeneration();
    const classCount = scores.length;
    const roles = this.cachedRoles;
    const roleCount = roles.length;
    for (let index = 0; index < roleCount; index += 1) {
      const word = windowWord(words, position, roles[index]!);
      let vectors: Int32Array;
      let offset: number;
      if (this.isCacheable(word)) {
        if (this.computedById[word.id] === 0) this.storeVectors(word);
        offset = this.roleOffsets[word.id * roleCount + index]!;
        if (offset < 0) continue;
        vectors = this.arena;
      } else {
        this.computeVectors(word);
        vectors = this.scratch;
        offset = index * classCount;
      }
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
