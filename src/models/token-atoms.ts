import type { Doc, Token } from '../doc/doc.ts';
import { WORD_TABLE, wordAtomsAt, wordCacheGeneration, wordIdsOf, type WordAtoms } from './word-features.ts';

/** The words of a document's tokens: their atoms, and their ids when all are of one generation of the word cache. */
interface TokenWords {
  readonly atoms: readonly WordAtoms[];
  /** Per token, its word's id; undefined when the word cache was emptied while the document was read (older ids are reused). */
  readonly ids: Int32Array | undefined;
  /** The word cache generation the ids belong to. */
  readonly generation: number;
}

/**
 * The words of every token of a document, found once and shared by the taggers that run one
 * after the other over the same tokens (part of speech, then names). Keyed by the tokens array,
 * so a later stage that replaces the tokens recomputes them.
 */
const WORDS = new WeakMap<readonly Token[], TokenWords>();

function tokenWords(doc: Doc): TokenWords {
  let words = WORDS.get(doc.tokens);
  if (!words) {
    const text = doc.analysisText;
    const { tokens } = doc;
    const generation = wordCacheGeneration();
    const ids = new Int32Array(tokens.length);
    wordIdsOf(text, tokens, ids);
    const atoms: WordAtoms[] = new Array(tokens.length);
    const consistent = wordCacheGeneration() === generation;
    for (let index = 0; index < tokens.length; index += 1) {
      // When the cache was emptied meanwhile, older ids may now name other words: each token's atoms are then looked up again.
      atoms[index] = consistent ? WORD_TABLE.atoms[ids[index]!]! : wordAtomsAt(text, tokens[index]!.start, tokens[index]!.end);
    }
    words = { atoms, ids: consistent ? ids : undefined, generation };
    WORDS.set(doc.tokens, words);
  }
  return words;
}

export function tokenAtoms(doc: Doc): readonly WordAtoms[] {
  return tokenWords(doc).atoms;
}

/**
 * The word id of every token of a document (see WordTable), or undefined when they are not all
 * valid in the word cache's current generation: the caller then reads tokenAtoms instead.
 */
export function tokenWordIds(doc: Doc): Int32Array | undefined {
  const words = tokenWords(doc);
  return words.generation === wordCacheGeneration() ? words.ids : undefined;
}

/** Records that a new tokens array (the same tokens, with tags) has the same words. */
export function shareTokenAtoms(from: readonly Token[], to: readonly Token[]): void {
  const words = WORDS.get(from);
  if (words) WORDS.set(to, words);
}
