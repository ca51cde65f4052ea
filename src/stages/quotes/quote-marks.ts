import marks from '../../lexicons/quote-marks.json' with { type: 'json' };
import { trimSpan, type Span } from '../../doc/span.ts';

export interface QuotedRegion {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark; null when the quote was closed at a paragraph end for want of one. */
  readonly close: number | null;
  /** The quoted text between the marks, trimmed. */
  readonly content: Span;
  /** 0 for a quotation in the running text, 1 for one nested inside another, and so on. */
  readonly depth: number;
  /** Index of the region this one is nested in. */
  readonly parent: number | null;
  readonly unbalanced: boolean;
}

export interface QuoteMarkScan {
  /** Regions in order of their opening mark. */
  readonly regions: readonly QuotedRegion[];
  /** Closing marks with no opening partner (typos, or a quote that opened in a lost paragraph). */
  readonly strayClosers: readonly number[];
}

interface MarkPair {
  readonly open: string;
  readonly close: readonly string[];
  readonly level: 'double' | 'single';
  readonly ambiguous: boolean;
}

const PAIRS: readonly MarkPair[] = marks.pairs
  .map((pair) => ({ open: pair.open, close: pair.close, level: pair.level === 'single' ? 'single' as const : 'double' as const, ambiguous: pair.ambiguous === true }))
  .sort((a, b) => b.open.length - a.open.length);
const MARK_CHARACTERS = new Set([...PAIRS.flatMap((pair) => [pair.open, ...pair.close]), ...marks.strayClosers].map((mark) => mark[0]!));
const STRAY_CLOSERS = new Set(marks.strayClosers);

interface OpenMark {
  readonly pair: MarkPair;
  readonly at: number;
  readonly length: number;
  readonly id: number;
}

function isLetterOrDigit(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function isSpace(character: string | undefined): boolean {
  return character === undefined || /\s/u.test(character);
}

/** Per UTF-16 code unit: 1 for the first character of a mark. Every mark character is a single code unit. */
const IS_MARK_CHARACTER: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (const character of MARK_CHARACTERS) {
    if (character.length !== 1) throw new Error(`quote-marks.json: "${character}" is not one UTF-16 code unit`);
    table[character.charCodeAt(0)] = 1;
  }
  return table;
})();

/**
 * Offset of the next character that may be a quotation mark, or `end`: a scan by character code,
 * where a regular expression allocated a match for every mark of every article.
 */
function nextMarkCharacter(text: string, from: number, end: number): number {
  for (let at = from; at < end; at += 1) if (IS_MARK_CHARACTER[text.charCodeAt(at)] === 1) return at;
  return end;
}

/** The mark (one or two characters) at an offset, longest first: '' before '. */
function markAt(text: string, at: number): string | undefined {
  const code = text.charCodeAt(at);
  if (IS_MARK_CHARACTER[code] !== 1) return undefined;
  // Read by character code, with the marks' own strings: a slice, or a character past Latin-1 (’ “ ”), is a new string each time.
  if ((code === 39 || code === 96) && text.charCodeAt(at + 1) === code) return code === 39 ? "''" : '``';
  return MARK_STRINGS.get(code);
}

/** Each mark character's one-character string, by its code. */
const MARK_STRINGS: ReadonlyMap<number, string> = new Map([...MARK_CHARACTERS].map((character) => [character.charCodeAt(0), character]));

/** The pair a mark opens, as the first of PAIRS with that opening mark. */
const PAIR_BY_OPEN: ReadonlyMap<string, MarkPair> = (() => {
  const byOpen = new Map<string, MarkPair>();
  for (const pair of PAIRS) if (!byOpen.has(pair.open)) byOpen.set(pair.open, pair);
  return byOpen;
})();

/**
 * A single mark between letters is an apostrophe (Marzouq’s, don't), never a quotation mark; an
 * ambiguous (typewriter) mark opens only when it follows a space or bracket and precedes a word.
 */
function canOpen(text: string, at: number, mark: string, pair: MarkPair): boolean {
  const before = text[at - 1];
  const after = text[at + mark.length];
  if (pair.level === 'single' || pair.ambiguous) {
    if (isLetterOrDigit(before)) return false;
    if (isSpace(after)) return false;
  }
  return !(isSpace(after) && !isSpace(before));
}

function canClose(text: string, at: number, mark: string, top: OpenMark): boolean {
  const before = text[at - 1];
  const after = text[at + mark.length];
  // "heaven.’May": after a full stop the mark closes even when a typo leaves out the space.
  if (top.pair.level === 'single' && isLetterOrDigit(after) && !/[.!?,;:]/u.test(before ?? '')) return false;
  if (top.pair.ambiguous && isSpace(before) && isLetterOrDigit(after)) return false;
  return true;
}

/**
 * Pairs quotation marks paragraph by paragraph. Nested marks nest; a quote left open at the end of
 * a paragraph continues when the next paragraph opens with a quotation mark (the newsroom convention
 * for a speech over several paragraphs) and otherwise closes there, flagged unbalanced, so that one
 * lost mark never swallows the rest of the article. Stray closing marks are reported, not paired.
 */
export function findQuotedRegions(text: string, paragraphs: readonly Span[]): QuoteMarkScan {
  const regions: (QuotedRegion & { id: number; parentId: number | null })[] = [];
  const strayClosers: number[] = [];
  let stack: OpenMark[] = [];
  let nextId = 0;
  let skipOpeningAt = -1;
  const close = (entry: OpenMark, closeAt: number | null, contentEnd: number, depth: number) => {
    const content = trimSpan(text, { start: entry.at + entry.length, end: contentEnd });
    if (content.end <= content.start) return;
    const parentId = depth > 0 ? stack[depth - 1]?.id ?? null : null;
    regions.push({ id: entry.id, parentId, open: entry.at, close: closeAt, content, depth, parent: null, unbalanced: closeAt === null });
  };
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (let at = nextMarkCharacter(text, paragraph.start, paragraph.end); at < paragraph.end; at = nextMarkCharacter(text, at + 1, paragraph.end)) {
      const mark = markAt(text, at);
      if (mark === undefined) continue;
      if (at === skipOpeningAt) {
        at += mark.length - 1;
        continue;
      }
      const closing = findClosable(text, at, mark, stack);
      if (closing >= 0) {
        // Marks opened inside the one being closed and never closed were apostrophes or typos.
        stack = stack.slice(0, closing + 1);
        const entry = stack.pop()!;
        close(entry, at, at, stack.length);
        at += mark.length - 1;
        continue;
      }
      const pair = PAIR_BY_OPEN.get(mark);
      if (pair && canOpen(text, at, mark, pair)) {
        stack.push({ pair, at, length: mark.length, id: nextId++ });
        at += mark.length - 1;
        continue;
      }
      if (STRAY_CLOSERS.has(mark)) strayClosers.push(at);
    }
    // Most paragraphs close every mark they open: nothing to carry over, and no arrays to make.
    if (stack.length === 0) return;
    stack = stack.filter((entry) => entry.pair.level === 'double').slice(0, 1);
    const open = stack[0];
    if (!open) return;
    const next = paragraphs[paragraphIndex + 1];
    const nextMark = next ? markAt(text, next.start) : undefined;
    const nextPair = nextMark === undefined ? undefined : PAIR_BY_OPEN.get(nextMark);
    if (next && nextPair?.level === 'double') {
      skipOpeningAt = next.start;
      return;
    }
    close(open, null, paragraph.end, 0);
    stack = [];
  });
  const indexById = new Map<number, number>();
  regions.sort((a, b) => a.open - b.open);
  regions.forEach((region, index) => indexById.set(region.id, index));
  return {
    regions: regions.map(({ id: _id, parentId, ...region }) => ({ ...region, parent: parentId === null ? null : indexById.get(parentId) ?? null })),
    strayClosers,
  };
}

/** Position in the stack of the innermost open mark this mark can close, or -1. */
function findClosable(text: string, at: number, mark: string, stack: readonly OpenMark[]): number {
  for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
    const entry = stack[depth]!;
    if (entry.pair.close.includes(mark) && canClose(text, at, mark, entry)) return depth;
    // A double mark may close past unclosed single marks, never past another double mark.
    if (entry.pair.level === 'double') return -1;
    if (PAIR_BY_OPEN.get(mark)?.level !== 'double' && !STRAY_CLOSERS.has(mark)) return -1;
  }
  return -1;
}
