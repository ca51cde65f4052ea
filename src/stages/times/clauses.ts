import type { Doc, Token } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';

/**
 * Clause bounds inside a sentence, found from punctuation and clause-opening words, without a parser.
 * A time, a hedge or a source applies to the clause it is written in: in "fewer than 200 hostages
 * are in Gaza, as up to 50 have been killed", the second number has a clause of its own.
 */
export type ClauseScope = 'major' | 'minor';

/** Words that open a new clause after a comma: ", as up to 50 have been killed". */
const CLAUSE_OPENERS = new Set(['as', 'while', 'whereas', 'but', 'although', 'though', 'because', 'and', 'which', 'who', 'when', 'whilst', 'so', 'yet']);
/** After "and", these start a new clause rather than a second noun ("26 died and 80 were injured"). */
const AFTER_AND_OPENERS = new Set(['that', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'he', 'she', 'they', 'it', 'we', 'more', 'some', 'about', 'at', 'up', 'nearly', 'almost', 'over', 'another', 'there', 'then', 'also', 'other', 'many', 'most']);
const MINOR_BREAKS = new Set([',', ';', ':', '(', ')', '–', '—', '--', '…']);
const MAJOR_BREAKS = new Set([';', '(', ')', '–', '—', '--']);

function lowerWord(doc: Doc, token: Token | undefined): string {
  return token ? doc.analysisText.slice(token.start, token.end).toLowerCase() : '';
}

/** The index of the first token that ends after `offset`. */
export function tokenIndexAtOffset(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Does a clause start at token `index` (a break before it, or a clause-opening word)? */
function opensClause(doc: Doc, index: number, scope: ClauseScope): boolean {
  const token = doc.tokens[index];
  const previous = doc.tokens[index - 1];
  if (!token || !previous) return true;
  const previousText = doc.analysisText.slice(previous.start, previous.end);
  if (scope === 'minor' && (MINOR_BREAKS.has(previousText) || previous.kind === 'quote')) return true;
  if (scope === 'major' && MAJOR_BREAKS.has(previousText)) return true;
  const word = lowerWord(doc, token);
  if (scope === 'major' && previousText === ',' && CLAUSE_OPENERS.has(word) && word !== 'and') return true;
  if (word === 'and' || word === 'but') {
    const next = doc.tokens[index + 1];
    const nextWord = lowerWord(doc, next);
    return next?.kind === 'number' || AFTER_AND_OPENERS.has(nextWord) || /^\p{Ll}+ed$/u.test(nextWord);
  }
  return false;
}

/** The clause around a span: its tokens' offsets, within the sentence holding the span's start. */
export function clauseAround(doc: Doc, span: Span, scope: ClauseScope): Span {
  const { tokens } = doc;
  const at = tokenIndexAtOffset(tokens, span.start);
  const token = tokens[at];
  if (!token) return span;
  const sentence = doc.sentences[token.sentence];
  let first = at;
  while (first > 0 && tokens[first - 1]!.sentence === token.sentence && !opensClause(doc, first, scope)) first -= 1;
  let last = Math.max(at, tokenIndexAtOffset(tokens, Math.max(span.start, span.end - 1)));
  while (last + 1 < tokens.length && tokens[last + 1]!.sentence === token.sentence && !opensClause(doc, last + 1, scope)) last += 1;
  const start = Math.max(tokens[first]!.start, sentence?.start ?? 0);
  const end = Math.min(tokens[Math.min(last, tokens.length - 1)]!.end, sentence?.end ?? Number.POSITIVE_INFINITY);
  return { start, end };
}
