import type { Doc, Token } from '../../doc/doc.ts';
import type { Sentence } from '../../doc/schema/sentence.ts';

/** The tokens of one sentence with their lower-cased words: what the event rules read. */
export interface SentenceView {
  readonly index: number;
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Lower-cased token texts with typographic apostrophes unified. */
  readonly words: readonly string[];
  /** Index of the sentence's first token in doc.tokens. */
  readonly firstToken: number;
}

export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** One view per sentence, built in a single pass over the tokens (they are in text order). */
export function buildSentenceViews(doc: Doc): SentenceView[] {
  const views: SentenceView[] = [];
  // Lower-casing the text once is much cheaper than once per token; a few characters change length
  // when lower-cased ("İ"), and then each token is lower-cased on its own.
  const lowered = doc.analysisText.toLowerCase();
  const sameLength = lowered.length === doc.analysisText.length;
  // Most articles have no typographic apostrophe: then no word needs looking at for one.
  const apostrophes = lowered.includes('’');
  const { tokens: allTokens } = doc;
  let first = 0;
  while (first < allTokens.length) {
    const sentenceIndex = allTokens[first]!.sentence;
    let last = first;
    while (last < allTokens.length && allTokens[last]!.sentence === sentenceIndex) last += 1;
    const sentence = doc.sentences[sentenceIndex];
    if (sentence) {
      const tokens = allTokens.slice(first, last);
      // Made at its final length (map) rather than grown by pushes: one array per sentence, not several.
      const words = tokens.map((token) => {
        const word = sameLength ? lowered.slice(token.start, token.end) : doc.analysisText.slice(token.start, token.end).toLowerCase();
        return apostrophes && word.includes('’') ? word.replace(/’/g, "'") : word;
      });
      views.push({ index: sentenceIndex, sentence, tokens, words, firstToken: first });
    }
    first = last;
  }
  return views;
}

/** The token index (within the view) whose span contains or starts at the character offset; -1 when none. */
export function tokenIndexAt(view: SentenceView, offset: number): number {
  let low = 0;
  let high = view.tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = view.tokens[middle]!;
    if (offset < token.start) high = middle - 1;
    else if (offset >= token.end) low = middle + 1;
    else return middle;
  }
  return low < view.tokens.length ? low : -1;
}

/** The token range [start, end) covering a character span, or undefined when it lies outside the view. */
export function tokenRangeOf(view: SentenceView, span: { start: number; end: number }): { start: number; end: number } | undefined {
  const start = tokenIndexAt(view, span.start);
  if (start < 0) return undefined;
  let end = start;
  while (end < view.tokens.length && view.tokens[end]!.start < span.end) end += 1;
  return end > start ? { start, end } : undefined;
}

export function charSpanOf(view: SentenceView, start: number, end: number): { start: number; end: number } {
  return { start: view.tokens[start]!.start, end: view.tokens[end - 1]!.end };
}
