import type { Span } from '../../doc/span.ts';
import type { ClaimContext } from './claim-context.ts';
import { overlapsSorted } from './not-claims.ts';
import { verbFormOf, wordClassOf } from './word-class.ts';

/** Words that open a new clause or an adjunct of time or cause: the predicate ends before them. */
const PREDICATE_STOPS = new Set([
  'and', 'but', 'or', 'as', 'while', 'whereas', 'when', 'after', 'before', 'since', 'because', 'until', 'following', 'amid', 'amidst',
  'although', 'though', 'if', 'unless', 'which', 'who', 'where', 'during', 'despite', 'according', 'said', 'says', 'officials', 'than',
]);
/** Auxiliaries and adverbs skipped before the main verb: "have been", "may still be", "were reportedly". */
const SKIPPED_BEFORE_VERB = new Set([
  'have', 'has', 'had', 'been', 'be', 'being', 'are', 'is', 'was', 'were', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must',
  'still', 'also', 'now', 'already', 'reportedly', 'allegedly', 'probably', 'possibly', 'all', 'just', 'then', 'later', 'each', 'likely',
  'not', "n't", 'never', 'apparently', 'both', 'together', 'already', 'subsequently', 'eventually', 'officially', 'more', 'others',
]);
/** An aside between the counted phrase and its verb: "Five people, including two children, were killed". */
const ASIDE_OPENERS = new Set(['including', 'among', 'most', 'many', 'some', 'all', 'mostly', 'mainly', 'half', 'one']);
/** "are thought to have drowned", "were believed to be hiding": the hedge and its "to" are skipped too. */
const HEDGE_VERBS = new Set(['believed', 'thought', 'said', 'expected', 'estimated', 'understood', 'known', 'reported', 'feared', 'likely', 'set', 'due']);
const TRAILING_FUNCTION_WORDS = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'of', 'to', 'for', 'from', 'with', 'this', 'that', 'its', 'their', 'last', 'next', 'early', 'late']);
const MAX_PREDICATE_TOKENS = 10;

/**
 * What is said of the counted things when they are the subject: "have returned to Russia from
 * Israel" gives "returned to Russia from Israel". Auxiliaries, adverbs and hedging verbs are left
 * out; the predicate ends at the clause, at a time expression or at an adjunct of time or cause.
 */
export function findPredicate(context: ClaimContext, tail: number, times: readonly Span[]): Span | null {
  const sentence = context.tokens[tail]?.sentence;
  let index = tail + 1;
  let skipped = 0;
  if (context.raw(index) === ',' && ASIDE_OPENERS.has(context.word(index + 1))) {
    let close = index + 1;
    while (context.tokens[close]?.sentence === sentence && context.raw(close) !== ',' && close < index + 12) close += 1;
    if (context.raw(close) === ',') index = close + 1;
  }
  while (context.tokens[index]?.sentence === sentence) {
    const word = context.word(index);
    if (SKIPPED_BEFORE_VERB.has(word)) index += 1;
    else if (HEDGE_VERBS.has(word) && context.word(index + 1) === 'to') index += 2;
    else break;
    skipped += 1;
  }
  const first = index;
  const firstClass = wordClassOf(context, first);
  // "4,000 of them need surgery": a tagger may call "need" a modal; one that is not skipped is the verb.
  // A verb of the word lists right after the counted phrase is the verb, whatever a tagger calls it ("the former need/NN surgery").
  const listedVerb = skipped === 0 && verbFormOf(context.word(first)) !== undefined && (firstClass === 'noun' || firstClass === 'adjective');
  const verbal = firstClass === 'verb' || firstClass === 'participle' || listedVerb || firstClass === 'auxiliary' && !SKIPPED_BEFORE_VERB.has(context.word(first));
  // Without an auxiliary, only a verb can start a predicate ("15 people died"); after one, an adjective or place can ("are in critical condition").
  if (!verbal && !(skipped > 0 && ['noun', 'adjective', 'preposition', 'adverb'].includes(firstClass))) return null;
  if (PREDICATE_STOPS.has(context.word(first))) return null;
  let last = first;
  for (let position = first + 1; position < first + MAX_PREDICATE_TOKENS; position += 1) {
    const token = context.tokens[position];
    if (!token || token.sentence !== sentence) break;
    const wordClass = wordClassOf(context, position);
    if (wordClass === 'punctuation' || wordClass === 'quote' || wordClass === 'number') break;
    if (PREDICATE_STOPS.has(context.word(position))) break;
    if (overlapsSorted(times, token.start, token.end)) break;
    last = position;
  }
  while (last > first && TRAILING_FUNCTION_WORDS.has(context.word(last))) last -= 1;
  return { start: context.tokens[first]!.start, end: context.tokens[last]!.end };
}
