import type { Doc, Token } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';
import { findSpanIndexAt } from '../../doc/span.ts';

/** Prepositions after which a place is where something happens, not who acts. */
const LOCATIVE = new Set(['in', 'at', 'to', 'from', 'near', 'outside', 'inside', 'into', 'across', 'around', 'through', 'via', 'toward', 'towards', 'within', 'throughout', 'over', 'across', 'off', 'beyond', 'between', 'among', 'on', 'for', 'of', 'visit', 'visited', 'visiting']);

/** Token positions of a span (first and last token), by binary search over doc.tokens. */
export function tokenRange(doc: Doc, span: Span): { first: number; last: number } | undefined {
  const first = findSpanIndexAt(doc.tokens, span.start);
  const last = findSpanIndexAt(doc.tokens, span.end - 1);
  return first < 0 || last < 0 ? undefined : { first, last };
}

function lower(doc: Doc, token: Token | undefined): string {
  return token ? doc.analysisText.slice(token.start, token.end).toLowerCase() : '';
}

function isVerb(token: Token | undefined): boolean {
  return token?.tag !== undefined && (token.tag.startsWith('VB') || token.tag === 'MD');
}

/**
 * Whether a place mention is used as an actor ("Moscow and Tehran are determined", "Washington's
 * attempts", "Russia can play a role") rather than as a location ("talks in Moscow"): not after a
 * locative preposition, and either possessive or followed (through a list of names) by a verb.
 */
export function isActorPosition(doc: Doc, span: Span): boolean {
  const range = tokenRange(doc, span);
  if (!range) return false;
  const before = doc.tokens[range.first - 1];
  if (before && before.sentence === doc.tokens[range.first]!.sentence && LOCATIVE.has(lower(doc, before))) return false;
  let next = range.last + 1;
  // "Moscow and Tehran are", "Russia, Iran and China have": skip over the rest of a list of capitalised names.
  while (next < doc.tokens.length) {
    const word = lower(doc, doc.tokens[next]);
    if (word === 'and' || word === ',') {
      const after = doc.tokens[next + 1];
      if (after && /^\p{Lu}/u.test(doc.analysisText.slice(after.start, after.end))) {
        next += 2;
        while (next < doc.tokens.length && /^\p{Lu}/u.test(doc.analysisText.slice(doc.tokens[next]!.start, doc.tokens[next]!.end))) next += 1;
        continue;
      }
    }
    break;
  }
  const following = doc.tokens[next];
  const word = lower(doc, following);
  if (word === "'s" || word === '’s') return true;
  return isVerb(following);
}
