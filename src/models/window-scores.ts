import type { WordAtoms } from './word-features.ts';
import { SENTENCE_END, SENTENCE_START, WORD_ID_LIMIT, WORD_TABLE, wordCacheGeneration } from './word-features.ts';

/**
 * Where a word stands relative to the word being tagged. Most of a tagger's features depend on one
 * word of the window alone ("the next word is 'said'"); their summed weights are the same every
 * time that word appears in that role, so they are computed once per word and cached.
 */
export const WINDOW_OFFSETS = [0, -1, -2, 1, 2] as const;
export const WINDOW_ROLES = WINDOW_OFFSETS.length;
const SENTENCE_START_ID = SENTENCE_START.id;
const SENTENCE_END_ID = SENTENCE_END.id;

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
 * The vectors are stored sparse, as the model stores its rows: one packed (score << 8) | class
 * integer per class with a non-zero score. A word as a neighbour ("the previous word is X") moves
 * a third of the part-of-speech classes, so sparse vectors are a third of the adds and of the
 * memory read; tagging is bound by memory reads, and the dense vectors of 50,000 words (40 MB)
 * missed the cache on almost every token. Scores fit: a role has at most 32 features of int16
 * weights, whose sum needs 21 bits of the 24 left beside the class.
 *
 * The vectors live in one flat arena, found through flat arrays indexed by the word's id. The
 * arena starts over with each generation of the word cache; a word of an older generation (a
 * document in flight when the cache was emptied) is scored without caching.
 */
export class WindowScoreCache {
  private readonly buffer = new Int32Array(32);
  private readonly cachedRoles: readonly number[];
  private readonly uncachedRoles: readonly number[];
  private readonly shortcuts: ReadonlyMap<string, number>;
  /** Per word id, the shortcut class + 2 (0: not looked up yet; 1: none). */
  private readonly shortcutById = new Int32Array(WORD_ID_LIMIT);
  /**
   * Per word id, where its record starts in the arena, or -1 when it is not computed (in this
   * generation). A record is a header of one integer per cached role, the end of that role's
   * entries (counted from the end of the header), followed by the entries of every role: the
   * header and the word's own entries share cache lines, so a window word costs two reads here
   * rather than one in a per-role index and one in the arena. A rare word's features as a
   * neighbour are mostly unknown to the model, so most rare words store few entries there.
   */
  private readonly recordById = new Int32Array(WORD_ID_LIMIT).fill(-1);
  private arena: Int32Array;
  private arenaUsed = 0;
  private generation = wordCacheGeneration();
  /** Dense scores of one word in one role, while it is being packed. */
  private readonly dense: Int32Array;
  /** Packed entries of one word in one role (a word of an older generation). */
  private readonly scratch: Int32Array;
  private readonly classCount: number;

  constructor(private readonly model: Scorer, private readonly wordFeatures: WordFeatureFunction, cachedRoles: readonly number[]) {
    this.cachedRoles = cachedRoles;
    this.shortcuts = model.shortcuts;
    this.uncachedRoles = WINDOW_OFFSETS.map((_, role) => role).filter((role) => !cachedRoles.includes(role));
    this.classCount = model.classes.length;
    this.arena = new Int32Array(cachedRoles.length * (this.classCount + 1) * 1024);
    this.dense = new Int32Array(this.classCount);
    this.scratch = new Int32Array(this.classCount);
  }

  /** Forgets every word when the word cache has started a new generation (its ids are reused). */
  private followGeneration(): void {
    const current = wordCacheGeneration();
    if (current === this.generation) return;
    this.generation = current;
    this.shortcutById.fill(0);
    this.recordById.fill(-1);
    this.arenaUsed = 0;
  }

  private isCacheable(word: WordAtoms): boolean {
    return word.generation === this.generation || word.generation < 0;
  }

  /** Packs the word's non-zero scores in cached role number `index` into `out` from `from`; returns how many. */
  private packRole(word: WordAtoms, index: number, out: Int32Array, from: number): number {
    const { dense, classCount } = this;
    dense.fill(0);
    const count = this.wordFeatures(word, this.cachedRoles[index]!, this.buffer, 0);
    this.model.addScores(this.buffer, count, dense);
    let length = 0;
    for (let label = 0; label < classCount; label += 1) {
      const score = dense[label]!;
      if (score !== 0) out[from + length++] = (score << 8) | label;
    }
    return length;
  }

  /** Packs the word's vectors into a record in the arena (see recordById); returns where it starts. */
  private storeVectors(word: WordAtoms): number {
    const roleCount = this.cachedRoles.length;
    const needed = roleCount * (this.classCount + 1);
    if (this.arenaUsed + needed > this.arena.length) {
      const grown = new Int32Array(this.arena.length * 2);
      grown.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = grown;
    }
    const record = this.arenaUsed;
    let used = 0;
    for (let index = 0; index < roleCount; index += 1) {
      used += this.packRole(word, index, this.arena, record + roleCount + used);
      this.arena[record + index] = used;
    }
    this.arenaUsed = record + roleCount + used;
    this.recordById[word.id] = record;
    return record;
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
    const roles = this.cachedRoles;
    const roleCount = roles.length;
    for (let index = 0; index < roleCount; index += 1) {
      const word = windowWord(words, position, roles[index]!);
      let entries: Int32Array;
      let from: number;
      let end: number;
      if (this.isCacheable(word)) {
        let record = this.recordById[word.id]!;
        if (record < 0) record = this.storeVectors(word);
        entries = this.arena;
        from = record + roleCount + (index === 0 ? 0 : entries[record + index - 1]!);
        end = record + roleCount + entries[record + index]!;
      } else {
        from = 0;
        end = this.packRole(word, index, this.scratch, 0);
        entries = this.scratch;
      }
      for (let entry = from; entry < end; entry += 1) {
        const value = entries[entry]!;
        scores[value & 255]! += value >> 8;
      }
    }
  }

  /**
   * The same as shortcut, for a word given by its id in the word cache's current generation (see
   * tokenWordIds): no WordAtoms object is read unless the word is new to this cache.
   */
  shortcutOf(id: number): number {
    const known = this.shortcutById[id]!;
    if (known !== 0) return known - 2;
    const label = this.shortcuts.get(WORD_TABLE.atoms[id]!.text) ?? -1;
    this.shortcutById[id] = label + 2;
    return label;
  }

  /** Makes the caches follow the word cache's generation: call once before the id methods (shortcutOf, addWindowOf) for a document. */
  prepareForIds(): void {
    this.followGeneration();
  }

  /**
   * Reads, ahead of scoring, every cache line the records of the words ids[start, end) occupy:
   * these reads do not wait on one another, so the processor overlaps their cache misses, where
   * scoring word by word waits for each in turn. Returns a value only so that the reads are kept.
   */
  touchRecords(ids: Int32Array, start: number, end: number): number {
    const { arena, recordById, shortcutById } = this;
    const roleCount = this.cachedRoles.length;
    let sum = 0;
    for (let position = start; position < end; position += 1) {
      const id = ids[position]!;
      sum += shortcutById[id]!;
      const record = recordById[id]!;
      if (record < 0) continue;
      const last = record + roleCount + arena[record + roleCount - 1]!;
      for (let at = record + 16; at < last; at += 16) sum += arena[at]!;
    }
    return sum;
  }

  /**
   * The same as addWindow, for the sentence ids[start, end) of word ids in the word cache's
   * current generation (after prepareForIds): positions outside the sentence read as its boundaries.
   */
  addWindowOf(ids: Int32Array, start: number, end: number, position: number, scores: Int32Array): void {
    const roles = this.cachedRoles;
    const roleCount = roles.length;
    for (let index = 0; index < roleCount; index += 1) {
      const at = position + WINDOW_OFFSETS[roles[index]!]!;
      const id = at < start ? SENTENCE_START_ID : at >= end ? SENTENCE_END_ID : ids[at]!;
      let record = this.recordById[id]!;
      if (record < 0) record = this.storeVectors(WORD_TABLE.atoms[id]!);
      this.addEntries(record, index, scores);
    }
  }

  /** Adds the entries of cached role number `index` of the record at `record` to `scores`. */
  private addEntries(record: number, index: number, scores: Int32Array): void {
    const { arena } = this;
    const roleCount = this.cachedRoles.length;
    const from = record + roleCount + (index === 0 ? 0 : arena[record + index - 1]!);
    const end = record + roleCount + arena[record + index]!;
    for (let entry = from; entry < end; entry += 1) {
      const value = arena[entry]!;
      scores[value & 255]! += value >> 8;
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
