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
  /** Per paragraph: its first token (the paragraph's tokens run to the next paragraph's first). */
  readonly paragraphFirstToken: readonly number[];
  /** Per token: 1 for a quotation mark, 0 for anything else — an apostrophe ("Sanders’ campaign") included. */
  readonly quotationMark: Uint8Array;
}

export function buildTokenIndex(doc: Doc): TokenIndex {
  const text = doc.analysisText;
  // Lower-casing the whole text once is faster than token by token, when it keeps every offset.
  const lowerText = text.toLowerCase();
  const lower = lowerText.length === text.length
    ? doc.tokens.map((token) => lowerText.slice(token.start, token.end))
    : doc.tokens.map((token) => text.slice(token.start, token.end).toLowerCase());
  const sentenceFirst = doc.sentences.map(() => -1);
  const sentenceLast = doc.sentences.map(() => -1);
  doc.tokens.forEach((token, index) => {
    if (sentenceFirst[token.sentence] === -1) sentenceFirst[token.sentence] = index;
    sentenceLast[token.sentence] = index + 1;
  });
  const paragraphIndex = new Map<number, number>();
  const paragraphs: Span[] = [];
  const paragraphOfSentence = doc.sentences.map((sentence) => {
    const known = paragraphIndex.get(sentence.paragraph);
    if (known !== undefined) {
      paragraphs[known] = { start: paragraphs[known]!.start, end: sentence.end };
      return known;
    }
    paragraphIndex.set(sentence.paragraph, paragraphs.length);
    paragraphs.push({ start: sentence.start, end: sentence.end });
    return paragraphs.length - 1;
  });
  const capitalised = new Uint8Array(doc.tokens.length);
  const paragraphOfTokens = new Int32Array(doc.tokens.length);
  const paragraphFirstToken: number[] = [];
  const quotationMark = new Uint8Array(doc.tokens.length);
  doc.tokens.forEach((token, position) => {
    if (token.kind === 'quote') quotationMark[position] = isApostrophe(text, token.start) ? 0 : 1;
    const first = text[token.start]!;
    capitalised[position] = first !== first.toLowerCase() ? 1 : 0;
    const paragraph = paragraphOfSentence[token.sentence] ?? -1;
    paragraphOfTokens[position] = paragraph;
    if (paragraph >= 0 && paragraphFirstToken[paragraph] === undefined) paragraphFirstToken[paragraph] = position;
  });
  return { text, tokens: doc.tokens, lower, sentenceFirst, sentenceLast, paragraphs, paragraphOfSentence, capitalised, paragraphOfTokens, paragraphFirstToken, quotationMark };
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
  let low = 0;
  let high = index.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the last token ending at or before `offset` (-1 when none). */
export function lastTokenBefore(index: TokenIndex, offset: number): number {
  let low = 0;
  let high = index.tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (index.tokens[middle]!.end <= offset) low = middle + 1;
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
  return { start: index.tokens[first]!.start, end: index.tokens[last]!.end };
}

export function paragraphOfToken(index: TokenIndex, position: number): number {
  return position >= 0 && position < index.paragraphOfTokens.length ? index.paragraphOfTokens[position]! : -1;
}
