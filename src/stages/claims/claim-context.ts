import type { Doc, Token } from '../../doc/doc.ts';

/**
 * Per-document lookups the claim rules share: lower-cased words (computed on demand, since only
 * the few tokens around numbers are ever read) and the token range of each sentence.
 */
export interface ClaimContext {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  /** The token's text, lower-cased; '' outside the document. */
  word(index: number): string;
  /** The token's text as written; '' outside the document. */
  raw(index: number): string;
  /** Index of the first token of a sentence. */
  sentenceFirst(sentence: number): number;
  /** Index of the last token of a sentence. */
  sentenceLast(sentence: number): number;
  /** Whether two tokens are written with nothing between them ("US$", "40-50"). */
  touching(left: number, right: number): boolean;
}

export function createClaimContext(doc: Doc): ClaimContext {
  const { tokens } = doc;
  const lowered: (string | undefined)[] = [];
  const firsts = new Map<number, number>();
  const lasts = new Map<number, number>();
  // Sentences are looked up only around numbers: find their tokens by binary search, on demand.
  const firstOf = (sentence: number): number => {
    let first = firsts.get(sentence);
    if (first === undefined) {
      const span = doc.sentences[sentence];
      first = span ? tokenIndexAt(tokens, span.start) : -1;
      if (first >= tokens.length || tokens[first]?.sentence !== sentence) first = -1;
      firsts.set(sentence, first);
    }
    return first;
  };
  const lastOf = (sentence: number): number => {
    let last = lasts.get(sentence);
    if (last === undefined) {
      const span = doc.sentences[sentence];
      last = span ? tokenIndexAt(tokens, span.end) - 1 : -1;
      if (last < 0 || tokens[last]?.sentence !== sentence) last = -1;
      lasts.set(sentence, last);
    }
    return last;
  };
  const raws: (string | undefined)[] = [];
  const raw = (index: number): string => {
    let text = raws[index];
    if (text === undefined) {
      const token = tokens[index];
      if (!token) return '';
      text = doc.analysisText.slice(token.start, token.end);
      raws[index] = text;
    }
    return text;
  };
  return {
    doc,
    tokens,
    raw,
    word: (index) => {
      if (index < 0 || index >= tokens.length) return '';
      let word = lowered[index];
      if (word === undefined) {
        word = raw(index).toLowerCase();
        lowered[index] = word;
      }
      return word;
    },
    sentenceFirst: firstOf,
    sentenceLast: lastOf,
    touching: (left, right) => {
      const a = tokens[left];
      const b = tokens[right];
      return a !== undefined && b !== undefined && a.end === b.start;
    },
  };
}

/** The index of the first token that ends after `offset` (binary search); tokens.length if none. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
