import type { Sentence } from '../../doc/schema/sentence.ts';
import { findParagraphs } from './paragraphs.ts';
import { findSentenceEnds } from './sentence-ends.ts';
import type { RawToken } from './tokenize.ts';

/**
 * Splits text into sentences, each within one paragraph: paragraphs first (blank lines, one
 * paragraph per line, or hard-wrapped text), then sentence ends inside each. Tokens must be the
 * tokens of `text`, sorted by offset. Sentences are trimmed and together cover every token.
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraphIndex = 0;
  for (const paragraph of findParagraphs(text)) {
    while (cursor < tokens.length && tokens[cursor]!.start < paragraph.start) cursor += 1;
    const from = cursor;
    while (cursor < tokens.length && tokens[cursor]!.end <= paragraph.end) cursor += 1;
    if (cursor === from) continue;
    let first = from;
    for (const last of findSentenceEnds(text, tokens, from, cursor)) {
      sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, paragraph: paragraphIndex });
      first = last + 1;
    }
    paragraphIndex += 1;
  }
  return sentences;
}
