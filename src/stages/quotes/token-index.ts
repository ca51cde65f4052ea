import type { Doc, Token } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';

/**
 * The doc's tokens with what the quote rules ask of them again and again — lower-case text, the
 * sentence and paragraph they sit in, whether they are inside a quotation — computed once, so
 * that every rule looks around a cue by index instead of scanning the article.
 */
export interface TokenIndex {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lower: readonly string[];
  /** First token and one past the last token of each sentence. */
  readonly sentenceFirst: readonly number[];
  readonly sentenceLast: readonly number[];
  readonly paragraphs: readonly Span[];
  readonly paragraphOfSentence: readonly number[];
  /** Per token: 1 when it starts with a capital letter. */
  readonly capitalised: Uint8Array;
  /** Per token: its paragraph's index into `paragraphs`. */
  readonly paragraphOfTokens: Int32Array;
  /** Per paragraph: its first token (the paragraph's tokens run to the next paragraph's first), or -1 for a paragraph without tokens. */
  readonly paragraphFirstToken: Int32Array;
  /** Per token: 1 for a quotation mark, 0 for anything else — an apostrophe ("Sanders’ campaign") included. */
  readonly quotationMark: Uint8Array;
  /**
   * Per token: its start and end offsets. Searching these for the token at an offset reads a few
   * kilobytes in a row, where searching the token objects chased a pointer at every step.
   */
  readonly tokenStarts: Int32Array;
  readonly tokenEnds: Int32Array;
}

export function buildTokenIndex(doc: Doc): TokenIndex {
  const text = doc.analysisText;
  const tokens = doc.tokens;
  const sentenceCount = doc.sentences.length;
  // Lower-casing the whole text once is faster than token by token, when it keeps every offset.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === text.length;
  // Arrays made at their final length: grown by push, they were copied over and over on the way (most of the stage's garbage).
  const lower: string[] = new Array<string>(tokens.length);
  const sentenceFirst: number[] = new Array<number>(sentenceCount).fill(-1);
  const sentenceLast: number[] = new Array<number>(sentenceCount).fill(-1);
  const { paragraphs, paragraphOfSentence } = paragraphsOf(doc);
  const capitalised = new Uint8Array(tokens.length);
  const paragraphOfTokens = new Int32Array(tokens.length);
  const paragraphFirstToken = new Int32Array(paragraphs.length).fill(-1);
  const quotationMark = new Uint8Array(tokens.length);
  const tokenStarts = new Int32Array(tokens.length);
  const tokenEnds = new Int32Array(tokens.length);
  // One pass over the tokens, with no callback per token: every article's every token comes through here.
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position]!;
    tokenStarts[position] = token.start;
    tokenEnds[position] = token.end;
    lower[position] = sameLength ? lowerText.slice(token.start, token.end) : text.slice(token.start, token.end).toLowerCase();
    if (sentenceFirst[token.sentence] === -1) sentenceFirst[token.sentence] = position;
    sentenceLast[token.sentence] = position + 1;
    if (token.kind === 'quote') quotationMark[position] = isApostrophe(text, token.start) ? 0 : 1;
    capitalised[position] = startsWithCapital(text, token.start) ? 1 : 0;
    const paragraph = paragraphOfSentence[token.sentence] ?? -1;
    paragraphOfTokens[position] = paragraph;
    if (paragraph >= 0 && paragraphFirstToken[paragraph] === -1) paragraphFirstToken[paragraph] = position;
  }
  return { text, tokens, lower, sentenceFirst, sentenceLast, paragraphs, paragraphOfSentence, capitalised, paragraphOfTokens, paragraphFirstToken, quotationMark, tokenStarts, tokenEnds };
}

/** The paragraphs as spans (numbered in order of their sentences), and each sentence's paragraph. */
function paragraphsOf(doc: Doc): { paragraphs: Span[]; paragraphOfSentence: number[] } {
  const paragraphIndex = new Map<number, number>();
  const paragraphs: Span[] = [];
  const paragraphOfSentence: number[] = [];
  for (const sentence of doc.sentences) {
    const known = paragraphIndex.get(sentence.paragraph);
    if (known !== undefined) {
      paragraphs[known] = { start: paragraphs[known]!.start, end: sentence.end };
      paragraphOfSentence.push(known);
      continue;
    }
    paragraphIndex.set(sentence.paragraph, paragraphs.length);
    paragraphs.push({ start: sentence.start, end: sentence.end });
    paragraphOfSentence.push(paragraphs.length - 1);
  }
  return { paragraphs, paragraphOfSentence };
}

/** The character at `at` changes when lower-cased: A–Z without a call, other letters as before. */
function startsWithCapital(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[at]!;
  return first !== first.toLowerCase();
}

/** ’ or ' between letters (don’t), or after a plural's s before a lower-case word (Sanders’ campaign). */
function isApostrophe(text: string, at: number): boolean {
  const mark = text[at];
  if (mark !== '’' && mark !== "'") return false;
  const before = text[at - 1] ?? ' ';
  const after = text[at + 1] ?? ' ';
  if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) return true;
  return (before === 's' || before === 'S') && after === ' ' && /\p{Ll}/u.test(text[at + 2] ?? '');
}

/** Whether the token is a quotation mark (not an apostrophe). */
export function isQuotationMark(index: TokenIndex, position: number): boolean {
  return index.quotationMark[position] === 1;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function firstTokenFrom(index: TokenIndex, offset: number): number {
  const starts = index.tokenStarts;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the last token ending at or before `offset` (-1 when none). */
export function lastTokenBefore(index: TokenIndex, offset: number): number {
  const ends = index.tokenEnds;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

export function isWordToken(index: TokenIndex, position: number): boolean {
  const kind = index.tokens[position]?.kind;
  return kind === 'word' || kind === 'number';
}

export function isCapitalised(index: TokenIndex, position: number): boolean {
  return index.capitalised[position] === 1;
}

/** The span from the start of one token to the end of another. */
export function tokenSpan(index: TokenIndex, first: number, last: number): Span {
  return { start: index.tokenStarts[first]!, end: index.tokenEnds[last]! };
}

export function paragraphOfToken(index: TokenIndex, position: number): number {
  return position >= 0 && position < index.paragraphOfTokens.length ? index.paragraphOfTokens[position]! : -1;
}
