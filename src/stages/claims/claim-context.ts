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
  return new DocumentClaimContext(doc);
}

/**
 * A class rather than an object of closures, and caches filled with one kind of value from the
 * start: the claim rules call word() and raw() from dozens of sites, and with one class and one
 * array layout for every document those calls stay compiled instead of being recompiled for each
 * new document (seen as "wrong map" and "wrong call target" deopts with --trace-deopt).
 */
class DocumentClaimContext implements ClaimContext {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  private readonly lowered: (string | null)[];
  private readonly raws: (string | null)[];
  private readonly firsts = new Map<number, number>();
  private readonly lasts = new Map<number, number>();

  constructor(doc: Doc) {
    this.doc = doc;
    this.tokens = doc.tokens;
    this.lowered = new Array<string | null>(doc.tokens.length).fill(null);
    this.raws = new Array<string | null>(doc.tokens.length).fill(null);
  }

  raw(index: number): string {
    let text = this.raws[index];
    if (text === null || text === undefined) {
      const token = this.tokens[index];
      if (!token) return '';
      text = this.doc.analysisText.slice(token.start, token.end);
      this.raws[index] = text;
    }
    return text;
  }

  word(index: number): string {
    if (index < 0 || index >= this.tokens.length) return '';
    let word = this.lowered[index]!;
    if (word === null) {
      word = this.raw(index).toLowerCase();
      this.lowered[index] = word;
    }
    return word;
  }

  // Sentences are looked up only around numbers: find their tokens by binary search, on demand.
  sentenceFirst(sentence: number): number {
    let first = this.firsts.get(sentence);
    if (first === undefined) {
      const span = this.doc.sentences[sentence];
      first = span ? tokenIndexAt(this.tokens, span.start) : -1;
      if (first >= this.tokens.length || this.tokens[first]?.sentence !== sentence) first = -1;
      this.firsts.set(sentence, first);
    }
    return first;
  }

  sentenceLast(sentence: number): number {
    let last = this.lasts.get(sentence);
    if (last === undefined) {
      const span = this.doc.sentences[sentence];
      last = span ? tokenIndexAt(this.tokens, span.end) - 1 : -1;
      if (last < 0 || this.tokens[last]?.sentence !== sentence) last = -1;
      this.lasts.set(sentence, last);
    }
    return last;
  }

  touching(left: number, right: number): boolean {
    const a = this.tokens[left];
    const b = this.tokens[right];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
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
