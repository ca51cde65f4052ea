import type { RawToken } from './tokenize.ts';

/** Where the list items of one paragraph start, and which periods belong to their markers. */
export interface ListItems {
  /** Token index of each item's first token (its bullet or number). */
  readonly starts: ReadonlySet<number>;
  /** Token indices of periods inside markers ("1." "a.)"): never full stops. */
  readonly markerPeriods: ReadonlySet<number>;
}

interface Marker {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  /** Letter or number, and how it is closed: "1.", "1.)", "1)", "a." ... */
  readonly style: string;
  readonly periods: readonly number[];
}

const BULLETS = new Set(['•', '⁃', '-', '*', '·', '◦', '▪', '‣', '–']);

/** A cheap first look, since every token of every paragraph is tried: a short number, one small letter, a bullet or "(". */
function mayStartMarker(text: string, token: RawToken): boolean {
  const length = token.end - token.start;
  const code = text.charCodeAt(token.start);
  switch (token.kind) {
    case 'number':
      return length <= 3;
    case 'word':
      return length <= 2 && code >= 0x61 && code <= 0x7a;
    case 'symbol':
    case 'punct':
      return length === 1 && (code === 0x28 || BULLETS.has(text[token.start]!));
    default:
      return false;
  }
}

function tokenText(text: string, token: RawToken): string {
  return text.slice(token.start, token.end);
}

function touches(left: RawToken, right: RawToken): boolean {
  return left.end === right.start;
}

/**
 * A list marker at token `index`: an optional bullet, then a number of up to three digits or one
 * small letter, closed by ".", ".)" or ")" (or wrapped in brackets), then a space and more text:
 * "1.) The first item", "• 9. Stop smoking", "b) another", "(c) Hello".
 */
function markerAt(text: string, tokens: readonly RawToken[], index: number, to: number): Marker | undefined {
  let cursor = index;
  const first = tokens[cursor]!;
  if (!mayStartMarker(text, first)) return undefined;
  let parenthesised = false;
  if (first.kind === 'symbol' || first.kind === 'punct') {
    const mark = tokenText(text, first);
    if (mark === '(') parenthesised = true;
    else if (!BULLETS.has(mark)) return undefined;
    cursor += 1;
  }
  const label = tokens[cursor];
  if (!label || cursor >= to || label.end - label.start > 3) return undefined;
  if (cursor === index && index > 0 && touches(tokens[index - 1]!, label)) return undefined;
  if (parenthesised && !touches(first, label)) return undefined;
  const labelText = tokenText(text, label);
  let value: number;
  let kind: string;
  let periods: number[] = [];
  if (label.kind === 'number' && /^\d{1,3}$/.test(labelText)) {
    value = Number(labelText);
    kind = 'number';
  } else if (label.kind === 'word' && /^[a-z]\.?$/.test(labelText)) {
    value = labelText.charCodeAt(0) - 0x60;
    kind = 'letter';
    if (labelText.endsWith('.')) periods = [cursor];
  } else {
    return undefined;
  }
  let closing = labelText.endsWith('.') ? '.' : '';
  let last = cursor;
  for (const mark of parenthesised ? [')'] : ['.', ')']) {
    const next = tokens[last + 1];
    if (last + 1 >= to || !next || !touches(tokens[last]!, next) || tokenText(text, next) !== mark) continue;
    if (mark === '.' && closing.includes('.')) continue;
    last += 1;
    closing += mark;
    if (mark === '.') periods = [...periods, last];
  }
  if (closing === '' || (parenthesised && closing !== ')')) return undefined;
  if (parenthesised) closing = '()';
  // The marker must be followed by a space and more text.
  const after = tokens[last + 1];
  if (last + 1 >= to || !after || touches(tokens[last]!, after)) return undefined;
  return { first: index, last, value, style: `${kind}${closing}`, periods };
}

function followsSentenceEnd(text: string, tokens: readonly RawToken[], index: number, from: number): boolean {
  for (let cursor = index - 1; cursor >= from; cursor -= 1) {
    const word = tokenText(text, tokens[cursor]!);
    if (/^[.!?…]+$|\.$/.test(word)) return true;
    if (!/^[”’"')\]»]$/.test(word)) return false;
  }
  return false;
}

/**
 * Finds the items of inline or line-by-line lists in one paragraph (tokens [from, to)). A marker
 * counts when it opens the paragraph, or continues the previous marker's sequence (1 → 2, a → b), or
 * follows a full stop and is itself continued later: "Finally, this. 1. The first item 2. The second".
 */
export function findListItems(text: string, tokens: readonly RawToken[], from: number, to: number): ListItems {
  const candidates: Marker[] = [];
  for (let index = from; index < to; index += 1) {
    const marker = markerAt(text, tokens, index, to);
    if (marker) {
      candidates.push(marker);
      index = marker.last;
    }
  }
  const starts = new Set<number>();
  const markerPeriods = new Set<number>();
  if (candidates.length === 0) return { starts, markerPeriods };
  // Which candidates have a successor later in the paragraph, found in one pass from the end.
  const continuedLater = new Array<boolean>(candidates.length);
  const seenLater = new Set<string>();
  for (let position = candidates.length - 1; position >= 0; position -= 1) {
    const marker = candidates[position]!;
    continuedLater[position] = seenLater.has(`${marker.style}:${marker.value + 1}`);
    seenLater.add(`${marker.style}:${marker.value}`);
  }
  let previous: Marker | undefined;
  candidates.forEach((marker, position) => {
    const continues = previous !== undefined && marker.style === previous.style && marker.value === previous.value + 1;
    const isContinued = continuedLater[position]!;
    const opens = marker.first === from || (isContinued && followsSentenceEnd(text, tokens, marker.first, from));
    if (!continues && !opens) return;
    starts.add(marker.first);
    for (const period of marker.periods) markerPeriods.add(period);
    previous = marker;
  });
  return { starts, markerPeriods };
}
