import type { Span } from '../../doc/span.ts';

/**
 * Paragraphs of a plain text. News text comes in two layouts:
 *   - one paragraph per line (web pages, feeds, most corpora), maybe with blank lines between;
 *   - hard-wrapped (wire copy, e-mail, Reuters-21578): single line breaks inside paragraphs at a
 *     fixed width, paragraphs separated by blank lines or an indented first line.
 * A blank line always ends a paragraph. Whether a single line break does is decided from the layout
 * of the whole text, then line by line (see `isParagraphBreak`). Spans are trimmed.
 */
export function findParagraphs(text: string): Span[] {
  const lines = findLines(text);
  const layout = describeLayout(lines);
  const paragraphs: Span[] = [];
  let current: Span | undefined;
  let previous: Line | undefined;
  for (const line of lines) {
    if (line.blank) {
      if (current) paragraphs.push(current);
      current = undefined;
      previous = undefined;
      continue;
    }
    if (current && previous && !isParagraphBreak(text, previous, line, layout)) {
      current = { start: current.start, end: line.contentEnd };
    } else {
      if (current) paragraphs.push(current);
      current = { start: line.contentStart, end: line.contentEnd };
    }
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

export interface Line {
  /** Offsets of the line's content, without leading or trailing whitespace. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly blank: boolean;
  /** Leading whitespace, in characters (a tab counts as one). */
  readonly indent: number;
  /** Length of the content plus its indent: the width the line takes on the page. */
  readonly width: number;
  readonly firstCharacter: string;
  readonly lastCharacter: string;
  /** Length of the first word, to tell whether it would have fitted on the line before. */
  readonly firstWordLength: number;
}

export interface Layout {
  /** True when single line breaks mostly fall inside sentences, at a fixed width. */
  readonly hardWrapped: boolean;
  /** The width lines are wrapped at (the longest line), when hard-wrapped. */
  readonly wrapWidth: number;
}

export function findLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    lines.push(describeLine(text, lineStart, lineEnd));
    lineStart = lineEnd + 1;
  }
  return lines;
}

const SPACE = /\s/;

function describeLine(text: string, lineStart: number, lineEnd: number): Line {
  let contentStart = lineStart;
  while (contentStart < lineEnd && SPACE.test(text[contentStart]!)) contentStart += 1;
  let contentEnd = lineEnd;
  while (contentEnd > contentStart && SPACE.test(text[contentEnd - 1]!)) contentEnd -= 1;
  let firstWordEnd = contentStart;
  while (firstWordEnd < contentEnd && !SPACE.test(text[firstWordEnd]!)) firstWordEnd += 1;
  return {
    contentStart,
    contentEnd,
    blank: contentEnd === contentStart,
    indent: contentStart - lineStart,
    width: contentEnd - lineStart,
    firstCharacter: text[contentStart] ?? '',
    lastCharacter: text[contentEnd - 1] ?? '',
    firstWordLength: firstWordEnd - contentStart,
  };
}

/** Characters that end a sentence or close one: a line ending in one of them may end a paragraph. */
const LINE_FINAL = new Set(['.', '!', '?', '…', ':', ';', '"', '”', '’', '\'', ')', ']', '»', '。', '．', '！', '？']);
/** Hard-wrapped text never has lines much longer than this; one-paragraph-per-line text usually does. */
const MAXIMUM_WRAP_WIDTH = 100;

function endsMidSentence(line: Line): boolean {
  return !LINE_FINAL.has(line.lastCharacter);
}

/**
 * Decides from the whole text whether single line breaks are wrapping: most breaks must fall
 * mid-sentence, and (almost) no line may be longer than a typewriter-like width.
 */
export function describeLayout(lines: readonly Line[]): Layout {
  let breaks = 0;
  let midSentenceBreaks = 0;
  let longLines = 0;
  let contentLines = 0;
  let wrapWidth = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.blank) continue;
    contentLines += 1;
    if (line.width > MAXIMUM_WRAP_WIDTH) longLines += 1;
    else wrapWidth = Math.max(wrapWidth, line.width);
    const next = lines[index + 1];
    if (next && !next.blank) {
      breaks += 1;
      if (endsMidSentence(line)) midSentenceBreaks += 1;
    }
  }
  const hardWrapped = breaks >= 3 && midSentenceBreaks >= breaks / 2 && longLines <= contentLines / 20 && wrapWidth >= 40;
  return { hardWrapped, wrapWidth };
}

/** Bullets and list numbers that start a new item on a line of their own. */
const LIST_ITEM = /^(?:[-*•◦▪‣⁃·]|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\))$/u;

function startsListItem(text: string, line: Line): boolean {
  return LIST_ITEM.test(text.slice(line.contentStart, line.contentStart + line.firstWordLength));
}

function continuesSentence(text: string, line: Line): boolean {
  if (/\p{Ll}/u.test(line.firstCharacter)) return true;
  return line.firstCharacter === '(' && /^\(\p{Ll}/u.test(text.slice(line.contentStart, line.contentStart + 2));
}

/** Whether a single line break between two non-blank lines starts a new paragraph. */
export function isParagraphBreak(text: string, previous: Line, line: Line, layout: Layout): boolean {
  // A line that breaks off mid-sentence and goes on in lower case (or with a bracketed aside in lower
  // case) is one sentence cut in two, whatever the layout: copied PDF text, errant line breaks.
  if (endsMidSentence(previous) && continuesSentence(text, line)) return false;
  if (!layout.hardWrapped) return true;
  if (startsListItem(text, line)) return true;
  // Wire copy indents the first line of each paragraph.
  if (line.indent > previous.indent) return true;
  // A sentence that ends well before the wrap width, where the next word would have fitted, ends its paragraph.
  const nextWordWouldFit = previous.width + 1 + line.firstWordLength <= layout.wrapWidth;
  return !endsMidSentence(previous) && nextWordWouldFit;
}
