import type { Span } from '../../doc/span.ts';
import type { Sentence } from '../../doc/schema/sentence.ts';
import { isTitleAbbreviation, type RawToken } from './tokenize.ts';

const TERMINAL = new Set(['.', '!', '?', '…', '...']);
const CLOSING = new Set(['”', '"', '’', '\'', ')', ']', '»', '›']);

/** Paragraphs are separated by line breaks; each is split into sentences independently. */
export function findParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].trim().length > 0) paragraphs.push({ start: match.index, end: match.index + match[0].length });
  }
  return paragraphs;
}

function tokenText(text: string, token: RawToken): string {
  return text.slice(token.start, token.end);
}

/** Whether a sentence may start at this token: a capital, a digit or an opening mark. */
function canStartSentence(text: string, token: RawToken | undefined): boolean {
  if (!token) return true;
  const first = text[token.start] ?? '';
  return /[\p{Lu}\d"“‘'«(\[]/u.test(first);
}

/** Whether the token ends a sentence, given what follows it. */
function endsSentence(text: string, tokens: readonly RawToken[], index: number): boolean {
  const token = tokens[index]!;
  const word = tokenText(text, token);
  if (TERMINAL.has(word)) return true;
  // "U.S." or "Inc." at the end of a sentence: the period doubles as a full stop only before a new sentence.
  if (word.endsWith('.') && token.kind === 'word' && !isTitleAbbreviation(word) && !/^\p{Lu}\.$/u.test(word)) {
    const next = tokens[index + 1];
    return next !== undefined && /^(The|He|She|It|They|We|I|But|And|In|A|This|That|There|His|Her|Its|Their)$/.test(tokenText(text, next));
  }
  return false;
}

/** Splits a paragraph's tokens into sentence spans. */
function splitParagraph(text: string, tokens: readonly RawToken[], paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!endsSentence(text, tokens, index)) continue;
    let last = index;
    while (last + 1 < tokens.length && CLOSING.has(tokenText(text, tokens[last + 1]!))) last += 1;
    const next = tokens[last + 1];
    if (next !== undefined && !canStartSentence(text, next)) continue;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, paragraph });
    first = last + 1;
    index = last;
  }
  if (first < tokens.length) sentences.push({ start: tokens[first]!.start, end: tokens[tokens.length - 1]!.end, paragraph });
  return sentences;
}

/** Splits text into sentences; tokens must be sorted by offset. */
export function splitSentences(text: string, tokens: readonly RawToken[]): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  findParagraphs(text).forEach((paragraph, paragraphIndex) => {
    const paragraphTokens: RawToken[] = [];
    while (cursor < tokens.length && tokens[cursor]!.start < paragraph.end) {
      if (tokens[cursor]!.start >= paragraph.start) paragraphTokens.push(tokens[cursor]!);
      cursor += 1;
    }
    sentences.push(...splitParagraph(text, paragraphTokens, paragraphIndex));
  });
  return sentences;
}
