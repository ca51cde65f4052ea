import type { Span } from '../../doc/span.ts';
import claimWords from '../../lexicons/claim-words.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';
import type { NumberMention } from './number-mentions.ts';
import { wordClassOf } from './word-class.ts';

/** Time units: "six years", "40 minutes" are durations, which belong to the times layer. */
const TIME_UNITS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'decade', 'decades', 'century', 'centuries', 'night', 'nights', 'weekend', 'weekends', 'quarter', 'quarters', 'term', 'terms',
  'a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'edt', 'est', "o'clock",
]);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const STREET_WORDS = new Set(['road', 'street', 'st', 'avenue', 'ave', 'lane', 'boulevard', 'blvd', 'square', 'place', 'drive', 'way', 'rd', 'court', 'terrace', 'crescent', 'highway', 'plaza']);
/** Words before a year that make a four-digit number a date ("in 1998", "since 2016", "the 2023 budget"). */
const YEAR_WORDS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'early', 'late', 'mid', 'between', 'and', 'to', 'the', 'for', 'year', 'fiscal', 'through', 'around', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter', 'than', 'as', 'end', 'start']);
const FUNCTION_WORDS = new Set([...claimWords.determiners, ...claimWords.prepositions, ...claimWords.conjunctions, ...claimWords.adverbs, ...claimWords.pronouns, 'some', 'nearly', 'almost', 'more', 'fewer', 'less', 'just', 'well', 'roughly', 'approximately', 'around', 'about', 'only', 'another']);
/** "aged 45", "age 61": an age, not a count. */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

/** Binary search over spans sorted by start: does any overlap [start, end)? */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < end) low = middle + 1;
    else high = middle;
  }
  // Spans starting before `end` are [0, low); a long one may start well before `start`.
  for (let index = low - 1; index >= 0 && index >= low - 8; index -= 1) if (spans[index]!.end > start) return true;
  return false;
}

function isCapitalisedWord(context: ClaimContext, index: number): boolean {
  const token = context.tokens[index];
  return token?.kind === 'word' && /^\p{Lu}/u.test(context.raw(index));
}

function isSentenceInitial(context: ClaimContext, index: number): boolean {
  const token = context.tokens[index]!;
  return context.sentenceFirst(token.sentence) === index || context.tokens[index - 1]?.kind === 'quote' || context.raw(index - 1) === '(';
}

function looksLikeYear(context: ClaimContext, mention: NumberMention): boolean {
  if (mention.shape !== 'single' || mention.unit || mention.first !== mention.last) return false;
  const raw = context.raw(mention.numeral);
  if (!/^\d{4}$/.test(raw) || mention.value! < 1800 || mention.value! > 2100) return false;
  const before = context.word(mention.first - 1);
  if (YEAR_WORDS.has(before) || MONTHS.has(before) || before === ',' && MONTHS.has(context.word(mention.first - 3))) return true;
  const after = mention.last + 1;
  // "2000 people" counts; "in 2023," "2016." and "the 2023 budget" are dates.
  return !(context.tokens[after]?.kind === 'word' && /^\p{Ll}/u.test(context.raw(after)) && !FUNCTION_WORDS.has(context.word(after)));
}

/** "Resolution 2334", "Flight 406", "Article 51", "Apollo 11": a capitalised label names a thing by number. */
function isReferenceNumber(context: ClaimContext, mention: NumberMention): boolean {
  if (mention.writtenInWords || mention.unit) return false;
  const previous = mention.first - 1;
  if (!isCapitalisedWord(context, previous)) return false;
  const word = context.word(previous);
  if (FUNCTION_WORDS.has(word) || MONTHS.has(word)) return false;
  // "In Gaza 200 people died": a count followed by what it counts is not a label.
  const next = mention.last + 1;
  return !(context.tokens[next]?.kind === 'word' && /^\p{Ll}/u.test(context.raw(next)) && wordClassOf(context, next) === 'noun');
}

/** "+44 20 7946 0321", "0800 555 0199", "(202) 555-0175": groups of digits that dial, not count. */
function isPhoneNumber(context: ClaimContext, mention: NumberMention): boolean {
  if (mention.writtenInWords) return false;
  const raw = context.raw(mention.numeral);
  if (/^0\d/.test(raw)) return true;
  if (context.raw(mention.first - 1) === '+') return true;
  const next = context.tokens[mention.last + 1];
  const previous = context.tokens[mention.first - 1];
  if (next?.kind === 'number' && !/,/.test(context.raw(mention.last + 1))) return true;
  if (previous?.kind === 'number' && !/,/.test(context.raw(mention.first - 1))) return true;
  if (context.raw(mention.first - 1) === ')' && context.tokens[mention.first - 2]?.kind === 'number') return true;
  return context.raw(mention.first - 1) === '(' && context.raw(mention.last + 1) === ')' && context.tokens[mention.last + 2]?.kind === 'number';
}

/** "14 Harbour Road": a house number. */
function isAddress(context: ClaimContext, mention: NumberMention): boolean {
  if (mention.writtenInWords || mention.unit) return false;
  for (let index = mention.last + 1; index <= mention.last + 3; index += 1) {
    if (!isCapitalisedWord(context, index)) return false;
    if (STREET_WORDS.has(context.word(index))) return true;
  }
  return false;
}

/** "aged 61", "Tomas Reyk, 58, arrived": an age in apposition to a name. */
function isAge(context: ClaimContext, mention: NumberMention): boolean {
  if (AGE_WORDS.has(context.word(mention.first - 1))) return true;
  if (mention.writtenInWords || mention.shape !== 'single') return false;
  return context.raw(mention.first - 1) === ',' && isCapitalisedWord(context, mention.first - 2) && [',', '.'].includes(context.raw(mention.last + 1))
    && mention.value! < 120;
}

/** "45-year-old", "10-point plan", "three-day talks": the number names a kind, not a count. "2,000-strong" stays a count. */
function isCompoundModifier(context: ClaimContext, mention: NumberMention): boolean {
  const hyphen = mention.last + 1;
  if (context.raw(hyphen) !== '-' || !context.touching(mention.last, hyphen) || !context.touching(hyphen, hyphen + 1)) return false;
  const next = context.word(hyphen + 1);
  return context.tokens[hyphen + 1]?.kind === 'word' && !['strong', 'plus', 'odd'].includes(next);
}

/** "the Big Three", "Group of Seven": a capitalised number word inside a sentence is part of a name. */
function isNamedNumber(context: ClaimContext, mention: NumberMention): boolean {
  if (!mention.writtenInWords) return false;
  return isCapitalisedWord(context, mention.numeral) && !isSentenceInitial(context, mention.numeral) && context.tokens[mention.numeral - 1]?.kind === 'word'
    && !FUNCTION_WORDS.has(context.word(mention.numeral - 1));
}

/** "(1)", "(iii)": list markers. */
function isListMarker(context: ClaimContext, mention: NumberMention): boolean {
  return context.raw(mention.first - 1) === '(' && context.raw(mention.last + 1) === ')' && mention.value !== undefined && mention.value < 30;
}

/**
 * Why a number is not a claim, or undefined when it is one. Dates and times (the times layer),
 * years, durations, document and flight references, phone numbers, addresses, ages, compound
 * modifiers, named numbers and list markers are not claims.
 */
export function reasonNotAClaim(context: ClaimContext, mention: NumberMention, times: readonly Span[]): string | undefined {
  const start = context.tokens[mention.first]!.start;
  const end = context.tokens[mention.last]!.end;
  if (mention.shape === 'score') return 'score';
  if (overlapsSorted(times, start, end)) return 'time';
  if (TIME_UNITS.has(context.word(mention.last + 1)) && !mention.unit) return 'duration';
  if (context.word(mention.last + 1) === '-' && TIME_UNITS.has(context.word(mention.last + 2))) return 'duration';
  if (looksLikeYear(context, mention)) return 'year';
  if (isPhoneNumber(context, mention)) return 'phone-number';
  if (isAddress(context, mention)) return 'address';
  if (isReferenceNumber(context, mention)) return 'reference';
  if (isAge(context, mention)) return 'age';
  if (isCompoundModifier(context, mention)) return 'compound-modifier';
  if (isNamedNumber(context, mention)) return 'named-number';
  if (isListMarker(context, mention)) return 'list-marker';
  if (mention.writtenInWords && mention.value === 1 && mention.shape === 'single' && mention.first === mention.last) return 'pronoun-one';
  return undefined;
}
