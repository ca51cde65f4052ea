import type { Span } from '../../doc/span.ts';
import claimWords from '../../lexicons/claim-words.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';
import { overlapsSorted } from './not-claims.ts';
import { isNumberWord } from './numbers.ts';
import { isIrregularVerbForm, isNominal, verbFormOf, wordClassOf, type WordClass } from './word-class.ts';

/** A run of tokens, first to last inclusive. */
export interface Phrase {
  readonly first: number;
  readonly last: number;
}

const EVENT_NOUNS = new Set(claimWords.eventNouns);
const AFTER_COUNTED_STOPS = new Set(claimWords.afterCountedStops);
/** Prepositions whose phrase says where or among whom the counted things are ("prisoners in Israeli jails"). */
const PLACE_PREPOSITIONS = new Set(['in', 'among', 'amongst', 'inside', 'at', 'across', 'over', 'near', 'within', 'on', 'from', 'held']);
/** Prepositions a noun phrase keeps when read leftwards from a verb ("the death toll from the earthquake"). */
const INNER_PREPOSITIONS = new Set(['of', 'in', 'from', 'among', 'at', 'on', 'for', 'across', 'inside', 'over']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const ARTICLES = new Set(['the', 'a', 'an']);
const MAX_PHRASE_TOKENS = 9;

/** Plural nouns that do not end in -s, and adjectives used as plural nouns ("the wounded"). */
const PLURAL_WITHOUT_S = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'cattle', 'livestock', 'clergy', 'crew', 'militia',
  'wounded', 'dead', 'injured', 'missing', 'displaced', 'elderly', 'poor', 'homeless', 'unemployed', 'sick', 'detained', 'latter', 'former', 'public', 'youth', 'data']);

function classAt(context: ClaimContext, index: number): WordClass {
  return wordClassOf(context, index);
}

function isPossessive(context: ClaimContext, index: number): boolean {
  const word = context.word(index);
  return (word === "'s" || word === '’s' || word === "'" || word === '’') && context.touching(index - 1, index);
}

/** A word inside a noun phrase: nominal, possessive 's, or a participle/number-word used as a modifier. */
function continuesPhrase(context: ClaimContext, index: number, started: boolean, times: readonly Span[]): 'take' | 'head' | 'stop' {
  const token = context.tokens[index];
  if (!token) return 'stop';
  if (overlapsSorted(times, token.start, token.end)) return 'stop';
  if (started && isPossessive(context, index)) return 'take';
  // "11 people alive", "4 metres high": a word that says something of the counted noun ends it.
  if (started && AFTER_COUNTED_STOPS.has(context.word(index))) return 'stop';
  const wordClass = classAt(context, index);
  if (wordClass === 'noun' || wordClass === 'proper' || wordClass === 'adjective') {
    // "62% trust the army", "three abstained.": a verb of the word lists right after the number, before
    // its object or the end, is the predicate whatever a tagger says.
    const form = verbFormOf(context.word(index));
    const nextClass = classAt(context, index + 1);
    if (!started && token.tag && (form === 'base' && nextClass === 'determiner' || form === 'past' && (nextClass === 'punctuation' || nextClass === 'preposition'))) return 'stop';
    // "rural clinics lack electricity": a verb of the word lists after a plural noun starts the predicate,
    // whatever a tagger says.
    if (started && token.tag && verbFormOf(context.word(index)) === 'base' && isPluralWord(context.word(index - 1)) && classAt(context, index + 1) !== 'punctuation') return 'stop';
    return 'take';
  }
  if (wordClass === 'verb' && started && verbFormOf(context.word(index)) === 'third' && !token.tag) {
    // "Israeli jails", "asylum requests in January": an -s form ending the phrase is a plural noun;
    // one followed by its object is a verb ("the agreement concerns wounded soldiers").
    const previous = classAt(context, index - 1);
    const next = classAt(context, index + 1);
    const endsPhrase = ['preposition', 'punctuation', 'auxiliary', 'verb', 'conjunction', 'quote'].includes(next) || !context.tokens[index + 1];
    if (isIrregularVerbForm(context.word(index))) return 'stop';
    return previous === 'proper' || previous === 'adjective' || endsPhrase ? 'take' : 'stop';
  }
  if (wordClass === 'participle' || wordClass === 'verb') {
    const nextClass = classAt(context, index + 1);
    // "displaced people", "armed men": a participle before a noun modifies it (a tagger may call it a past tense).
    if ((wordClass === 'participle' || token.tag === 'VBD' && looksPastParticiple(context.word(index))) && (isNominal(nextClass) || nextClass === 'participle' && isNominal(classAt(context, index + 2)))) return 'take';
    // "12 of the wounded are": after a determiner the participle is the head itself ("three abstained." has none).
    if (!started && wordClass === 'participle' && classAt(context, index - 1) === 'determiner' && (nextClass === 'auxiliary' || nextClass === 'punctuation' || nextClass === 'verb')) return 'head';
    // "3 strikes", "40 votes": an -s verb form right after a number is a plural noun.
    if (!started && verbFormOf(context.word(index)) === 'third') return 'take';
    return 'stop';
  }
  return 'stop';
}

/** The noun phrase starting at `index` (no determiner): premodifiers and head. Null when none starts there. */
export function readCorePhrase(context: ClaimContext, index: number, times: readonly Span[]): Phrase | null {
  const sentence = context.tokens[index]?.sentence;
  let last = -1;
  for (let position = index; position < index + MAX_PHRASE_TOKENS && context.tokens[position]?.sentence === sentence; position += 1) {
    const step = continuesPhrase(context, position, last >= 0, times);
    if (step === 'stop') break;
    last = position;
    if (step === 'head') break;
  }
  if (last < 0) return null;
  // A phrase cannot end on a possessive: "the country's" is only the start of one.
  while (last >= index && isPossessive(context, last)) last -= 1;
  return last >= index ? { first: index, last } : null;
}

/** Skips articles, possessive pronouns and numbers before a phrase ("the six bridges", "our fighters"). */
export function skipDeterminers(context: ClaimContext, index: number): number {
  let position = index;
  while (ARTICLES.has(context.word(position)) || POSSESSIVE_PRONOUNS.has(context.word(position)) || ['these', 'those', 'this', 'that', 'all', 'both', 'other'].includes(context.word(position)) && isNominal(classAt(context, position + 1))) position += 1;
  // "four of the six bridges": the number inside the partitive is not part of what is counted.
  if ((context.tokens[position]?.kind === 'number' || isNumberWord(context.word(position))) && classAt(context, position + 1) !== 'punctuation') position += 1;
  return position;
}

function isEventOrTime(context: ClaimContext, phrase: Phrase, times: readonly Span[]): boolean {
  const head = context.word(phrase.last);
  const twoWords = `${context.word(phrase.last - 1)} ${head}`;
  if (EVENT_NOUNS.has(head) || EVENT_NOUNS.has(twoWords)) return true;
  return overlapsSorted(times, context.tokens[phrase.first]!.start, context.tokens[phrase.last]!.end);
}

/** "of parliament", "of food": an of-complement, which stays part of what is counted. */
function readOfComplement(context: ClaimContext, after: number, times: readonly Span[]): Phrase | null {
  if (context.word(after) !== 'of') return null;
  const inner = readCorePhrase(context, skipDeterminers(context, after + 1), times);
  return inner ? { first: after, last: inner.last } : null;
}

/** "in Israeli jails", "among the Hamas hostages": where the counted things are. Not "in the attack", not "on Monday". */
function readPlaceComplement(context: ClaimContext, after: number, times: readonly Span[]): Phrase | null {
  const preposition = context.word(after);
  if (!PLACE_PREPOSITIONS.has(preposition)) return null;
  // "11,000 people in 14 countries": a phrase with its own number is a claim of its own.
  if (context.tokens[after + 1]?.kind === 'number' || isNumberWord(context.word(after + 1))) return null;
  const start = skipDeterminers(context, after + 1);
  if (preposition === 'from' && !/^\p{Lu}/u.test(context.raw(start))) return null;
  if (preposition === 'held' && context.word(after + 1) !== 'in') return null;
  const inner = readCorePhrase(context, preposition === 'held' ? skipDeterminers(context, after + 2) : start, times);
  if (!inner || isEventOrTime(context, inner, times)) return null;
  const ofComplement = readOfComplement(context, inner.last + 1, times);
  return { first: after, last: ofComplement ? ofComplement.last : inner.last };
}

/** "food and medicine": two bare nouns joined by "and" that together end the phrase. */
function readCoordinated(context: ClaimContext, after: number, times: readonly Span[]): Phrase | null {
  if (context.word(after) !== 'and' || classAt(context, after + 1) !== 'noun') return null;
  const inner = readCorePhrase(context, after + 1, times);
  if (!inner || inner.last - inner.first > 1) return null;
  const next = classAt(context, inner.last + 1);
  return next === 'preposition' || next === 'punctuation' ? { first: after, last: inner.last } : null;
}

/**
 * The counted noun phrase starting at `index`: premodifiers, head, an of-complement and one
 * phrase of place ("Palestinian prisoners in Israeli jails", "members of parliament").
 */
export function readNounPhrase(context: ClaimContext, index: number, times: readonly Span[], attach: { of: boolean; place: boolean } = { of: true, place: true }): Phrase | null {
  const core = readCorePhrase(context, index, times);
  if (!core) return null;
  let last = core.last;
  const coordinated = readCoordinated(context, last + 1, times);
  if (coordinated) last = coordinated.last;
  const ofComplement = attach.of ? readOfComplement(context, last + 1, times) : null;
  if (ofComplement) last = ofComplement.last;
  const place = attach.place ? readPlaceComplement(context, last + 1, times) : null;
  if (place) last = place.last;
  return { first: core.first, last };
}

/** "seized", "displaced", "held": a past form that can modify a noun; "need" and "speed" only end like one. */
export function looksPastParticiple(word: string): boolean {
  const form = verbFormOf(word);
  return form === 'past' || form === undefined && /[a-z]{2,}[^e]ed$/.test(word);
}

function isPluralWord(word: string): boolean {
  return PLURAL_WITHOUT_S.has(word) || word.length > 3 && word.endsWith('s') && !/(ss|us|is|news)$/.test(word);
}

/** Whether the phrase names more than one thing (its head is plural), so "the latter" or "them" can point at it. */
export function isPluralPhrase(context: ClaimContext, phrase: Phrase, head = phrase.last): boolean {
  const word = context.word(head);
  if (PLURAL_WITHOUT_S.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !/(ss|us|is|ics|news)$/.test(word);
}

/** The head of a counted phrase: the last word before its of- or place complement. */
export function headOf(context: ClaimContext, phrase: Phrase): number {
  for (let index = phrase.first; index <= phrase.last; index += 1) {
    const word = context.word(index);
    if (index > phrase.first && (word === 'of' || PLACE_PREPOSITIONS.has(word) || word === 'and')) return index - 1;
  }
  return phrase.last;
}

/**
 * The noun phrase that ends at `last`, read leftwards to the start of its clause: the subject before
 * a verb ("the death toll from the earthquake rose") or the object before "at" ("put the toll at 45").
 */
export function readPhraseEndingAt(context: ClaimContext, last: number, times: readonly Span[]): Phrase | null {
  const sentence = context.tokens[last]?.sentence;
  if (sentence === undefined) return null;
  let first = last + 1;
  for (let index = last; index >= 0 && index > last - 12 && context.tokens[index]!.sentence === sentence; index -= 1) {
    const token = context.tokens[index]!;
    if (overlapsSorted(times, token.start, token.end)) break;
    if (isPossessive(context, index)) {
      first = index;
      continue;
    }
    const wordClass = classAt(context, index);
    const word = context.word(index);
    const form = verbFormOf(word);
    // Read leftwards from a verb, the word before it is the subject's head even when it could be a verb
    // ("exports fell", "demand had risen"); inside the phrase, a verb form after "of" or "the" is a noun.
    const verbAsNoun = wordClass === 'verb' && (form === 'base' || form === 'third')
      && (index === last || ['determiner', 'preposition'].includes(classAt(context, index - 1)));
    const nominal = isNominal(wordClass) || verbAsNoun || wordClass === 'participle' && first <= last && isNominal(classAt(context, index + 1));
    if (nominal) first = index; else if (wordClass === 'determiner' || ARTICLES.has(word)) first = index;
    else if (wordClass === 'preposition' && INNER_PREPOSITIONS.has(word) && first <= last) first = index;
    else break;
  }
  while (first <= last && (ARTICLES.has(context.word(first)) || POSSESSIVE_PRONOUNS.has(context.word(first)) || classAt(context, first) === 'determiner' || classAt(context, first) === 'preposition')) first += 1;
  if (first > last) return null;
  return first <= last ? { first, last } : null;
}
