import type { Doc } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';

/**
 * Clause bounds inside a sentence, found from punctuation and clause-opening words, without a parser.
 * A time, a hedge or a source applies to the clause it is written in: in "fewer than 200 hostages
 * are in Gaza, as up to 50 have been killed", the second number has a clause of its own.
 */
export type ClauseScope = 'major' | 'minor';

/**
 * Where clauses open. Major: after a semicolon, a bracket or a dash; after a comma that precedes
 * "as", "while", "but" and the like; and at "and"/"but" that start a new clause rather than join two
 * nouns ("26 died and 80 were injured", "and that 15 were killed"). Minor: after any comma or quote mark too.
 */
const AND_CLAUSE = String.raw`\b(?:and|but)(?=\s+(?:\d|that\b|the\b|a\b|an\b|its\b|their\b|his\b|her\b|he\b|she\b|they\b|it\b|we\b|more\b|some\b|about\b|at\b|up\b|nearly\b|almost\b|over\b|another\b|there\b|then\b|also\b|other\b|many\b|most\b|[a-z]+ed\b))`;
const MAJOR_OPENERS = new RegExp(String.raw`[;()–—]|--|,(?=\s+(?:as|while|whereas|but|although|though|because|which|who|when|whilst|so|yet)\b)|${AND_CLAUSE}`, 'gi');
const MINOR_OPENERS = new RegExp(String.raw`[;()–—,:…"“”‘’«»]|--|${AND_CLAUSE}`, 'gi');

/** The sentence holding `offset`, by binary search. */
function sentenceAt(doc: Doc, offset: number): Span | undefined {
  const { sentences } = doc;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/** The clause around a span, within the sentence holding the span's start (trimmed of spaces and punctuation at its edges). */
export function clauseAround(doc: Doc, span: Span, scope: ClauseScope): Span {
  const sentence = sentenceAt(doc, span.start);
  if (!sentence) return span;
  const text = doc.analysisText.slice(sentence.start, sentence.end);
  // One pattern object per scope, reset on each call: the stage is synchronous, and this saves an allocation per clause.
  const pattern = scope === 'major' ? MAJOR_OPENERS : MINOR_OPENERS;
  pattern.lastIndex = 0;
  const spanStart = span.start - sentence.start;
  const spanEnd = Math.min(span.end, sentence.end) - sentence.start;
  let start = 0;
  let end = text.length;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const isWord = /^[a-z]/i.test(match[0]);
    // A punctuation opener ends the clause before it at the mark; "and"/"but" end it before the word.
    const boundaryEnd = match.index;
    const boundaryStart = isWord ? match.index : match.index + match[0].length;
    if (boundaryEnd >= spanEnd) {
      end = boundaryEnd;
      break;
    }
    if (boundaryStart <= spanStart) start = boundaryStart;
  }
  while (start < end && /[\s,;:]/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  return { start: sentence.start + start, end: sentence.start + end };
}
