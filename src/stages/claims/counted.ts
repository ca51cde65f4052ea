import type { Span } from '../../doc/span.ts';
import claimWords from '../../lexicons/claim-words.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';
import { headOf, isPluralPhrase, looksPastParticiple, readNounPhrase, readPhraseEndingAt, skipDeterminers, type Phrase } from './noun-phrases.ts';
import type { Bound } from './qualifiers.ts';
import { wordClassOf } from './word-class.ts';

/** What a claim counts, found as plain data: a span of the text and the rule that found it. */
export interface CountedFinding {
  readonly span: Span | null;
  readonly rule: string;
  /** Last token read after the number (the counted phrase or "of the latter"); the predicate follows it. */
  readonly tail: number;
  /** Set when the subject phrase sits before the number, so the number has no predicate of its own. */
  readonly subjectBefore: boolean;
  /** A bound the verb implies when no qualifier states one ("now exceed 40" is more than 40). */
  readonly impliedBound?: Bound;
  /** A unit taken over from the claim this one is compared with ("up from 180" roubles). */
  readonly inheritedUnit?: string;
}

/** The claims found earlier in the article, which an elliptical number or "the latter" may point back to. */
export interface EarlierClaim {
  readonly sentence: number;
  readonly counted: Span | null;
  readonly unit?: string;
}

const UNWRAP_NOUNS = new Set(claimWords.unwrapNouns);
const AFTER_COUNTED_STOPS = new Set(claimWords.afterCountedStops);
const PUT_AT_VERBS = new Set(claimWords.putAtVerbs);
const MEASURE_UNITS = new Set(['percent', 'percentage point', 'fraction']);
const ANAPHORS = new Set(['latter', 'former']);
const PRONOUN_ANAPHORS = new Set(['them', 'those', 'these']);
/** "40 of us": the speakers' own group is counted as written. */
const SPEAKER_GROUPS = new Set(['us', 'you']);
/** "was just 38 percent", "is now 31 percent": adverbs between a verb of change and its number. */
const ADVERBS_BEFORE_NUMBER = new Set(['just', 'only', 'still', 'now', 'already', 'currently', 'even', 'barely', 'merely', 'officially']);
/** Verbs that set a quantity to a number: "raised its main rate to 9.5 percent". */
const SETTING_VERBS = new Set(['raised', 'raises', 'raise', 'cut', 'cuts', 'lowered', 'lowers', 'lower', 'increased', 'increases', 'increase', 'reduced', 'reduces', 'reduce', 'boosted', 'hiked', 'lifted', 'slashed', 'trimmed', 'revised', 'brought', 'pushed', 'set', 'fixed', 'capped', 'kept', 'held']);
/** "now exceed 40", "topped 1,000": the verb itself says "more than". */
const LOWER_BOUND_VERBS = new Set(['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpassed', 'surpasses', 'topped', 'tops', 'top', 'passed', 'passes', 'pass', 'crossed']);

interface ChangeVerb {
  readonly words: readonly string[];
}
/** Verbs linking a subject to the number after it, longest first; "to", "by", "at" particles are optional. */
const CHANGE_VERBS: readonly ChangeVerb[] = [...new Set(claimWords.changeVerbs.map((phrase) => phrase.replace(/ (to|at|by)$/, '')))]
  .map((phrase) => ({ words: phrase.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);
const CHANGE_VERB_WORDS = new Set(CHANGE_VERBS.flatMap((verb) => verb.words));
/**
 * The change verbs by their last word, longest first as in CHANGE_VERBS: a claim's verb is read
 * backwards from the word before the number, so only the verbs ending in that word can match.
 */
const CHANGE_VERBS_BY_LAST_WORD: ReadonlyMap<string, readonly ChangeVerb[]> = (() => {
  const index = new Map<string, ChangeVerb[]>();
  for (const verb of CHANGE_VERBS) {
    const last = verb.words[verb.words.length - 1]!;
    const list = index.get(last);
    if (list) list.push(verb);
    else index.set(last, [verb]);
  }
  return index;
})();
const MODALS_AND_ADVERBS = new Set(['could', 'may', 'might', 'will', 'would', 'should', 'can', 'has', 'have', 'had', 'now', 'already', 'still', 'reportedly', 'again', 'also', 'since', 'just', 'be', 'been', 'is', 'was', 'are', 'were']);
const LINKING_PARTICLES = new Set(['to', 'by', 'at', 'around', 'about', 'worth', 'of']);

function spanOf(context: ClaimContext, phrase: Phrase): Span {
  return { start: context.tokens[phrase.first]!.start, end: context.tokens[phrase.last]!.end };
}

/** "the number of displaced people" counts displaced people; "the total" alone stays itself. */
function unwrap(context: ClaimContext, phrase: Phrase): Phrase {
  for (let index = phrase.first; index < phrase.last; index += 1) {
    if (context.word(index + 1) !== 'of' || !UNWRAP_NOUNS.has(context.word(index))) continue;
    const inner = skipDeterminers(context, index + 2);
    if (inner <= phrase.last) return { first: inner, last: phrase.last };
  }
  return phrase;
}

/** Plural noun phrases of a sentence, in order, read without their of-complements, for "the latter" and "them". */
function pluralPhrasesIn(context: ClaimContext, sentence: number, before: number, times: readonly Span[]): Phrase[] {
  const phrases: Phrase[] = [];
  const last = Math.min(context.sentenceLast(sentence), before - 1);
  for (let index = context.sentenceFirst(sentence); index >= 0 && index <= last; index += 1) {
    const wordClass = wordClassOf(context, index);
    const pastBeforeNoun = wordClass === 'verb' && context.tokens[index]!.tag === 'VBD' && looksPastParticiple(context.word(index));
    if (wordClass !== 'noun' && wordClass !== 'proper' && wordClass !== 'adjective' && wordClass !== 'participle' && !pastBeforeNoun) continue;
    const phrase = readNounPhrase(context, index, times, { of: false, place: true });
    if (!phrase || phrase.last > last) continue;
    if (isPluralPhrase(context, phrase, headOf(context, phrase))) phrases.push(phrase);
    index = phrase.last;
  }
  return phrases;
}

/** "the latter" is the last plural phrase before; "the former" the one before that; "them" the last. */
function resolveAnaphor(context: ClaimContext, anaphor: string, numberToken: number, times: readonly Span[]): Phrase | null {
  const sentence = context.tokens[numberToken]!.sentence;
  const here = pluralPhrasesIn(context, sentence, numberToken, times);
  const previous = sentence > 0 ? pluralPhrasesIn(context, sentence - 1, Number.POSITIVE_INFINITY, times) : [];
  // A pair named in this sentence ("fishermen and trawlers, and 90 of the latter") wins over the sentence before.
  const candidates = anaphor === 'former' || anaphor === 'latter' ? (here.length >= 2 ? here : previous) : (previous.length > 0 ? previous : here);
  if (anaphor === 'former') return candidates.length >= 2 ? candidates[candidates.length - 2]! : null;
  return candidates[candidates.length - 1] ?? null;
}

/** "of the latter", "of them", "of the wounded", "of voters": the partitive after the number. */
function readPartitive(context: ClaimContext, after: number, numberToken: number, times: readonly Span[], measured: boolean): CountedFinding | null {
  if (context.word(after) !== 'of') return null;
  if (SPEAKER_GROUPS.has(context.word(after + 1))) {
    const token = context.tokens[after + 1]!;
    return { span: { start: token.start, end: token.end }, rule: 'partitive-speakers', tail: after + 1, subjectBefore: false };
  }
  const start = skipDeterminers(context, after + 1);
  const word = context.word(start);
  if (ANAPHORS.has(word) || PRONOUN_ANAPHORS.has(context.word(after + 1))) {
    const anaphor = ANAPHORS.has(word) ? word : context.word(after + 1);
    const tail = ANAPHORS.has(word) ? start : after + 1;
    const antecedent = resolveAnaphor(context, anaphor, numberToken, times);
    return { span: antecedent ? spanOf(context, antecedent) : null, rule: `anaphora-${anaphor}`, tail, subjectBefore: false };
  }
  // "480 kilograms of cocaine at the port": with a unit, the place belongs to the event, not to the cocaine.
  const phrase = readNounPhrase(context, start, times, { of: true, place: !measured });
  return phrase ? { span: spanOf(context, phrase), rule: 'partitive', tail: phrase.last, subjectBefore: false } : null;
}

/** The phrase after the number: "nine thousand Russian passport holders", "$2.5 billion in aid", "tonnes of grain". */
function readFollowing(context: ClaimContext, after: number, numberToken: number, unit: string | undefined, times: readonly Span[]): CountedFinding | null {
  let start = after;
  // "2,000-strong force", "12 more", "20 other people".
  if (context.raw(start) === '-' && context.word(start + 1) === 'strong') start += 2;
  if (context.word(start) === 'more' && wordClassOf(context, start + 1) !== 'noun') return null;
  // "4 metres high", "11 people alive" when nothing else follows.
  if (AFTER_COUNTED_STOPS.has(context.word(start))) return null;
  const partitive = readPartitive(context, start, numberToken, times, unit !== undefined && unit !== 'percent' && unit !== 'fraction');
  if (partitive) return partitive;
  // "half the staff at the embassy": a share written straight before its determiner.
  if (unit === 'fraction' && ['the', 'its', 'their', 'his', 'her', 'our'].includes(context.word(start))) {
    const phrase = readNounPhrase(context, skipDeterminers(context, start), times);
    if (phrase) return { span: spanOf(context, phrase), rule: 'share', tail: phrase.last, subjectBefore: false };
  }
  // "$2.5 billion in reconstruction aid", "$1 billion worth of weapons".
  if (unit && !MEASURE_UNITS.has(unit) && (context.word(start) === 'in' || context.word(start) === 'worth' && context.word(start + 1) === 'of')) {
    const inner = readNounPhrase(context, skipDeterminers(context, start + (context.word(start) === 'in' ? 1 : 2)), times);
    if (inner && !isEventLike(context, inner)) return { span: spanOf(context, inner), rule: 'money-in', tail: inner.last, subjectBefore: false };
    return null;
  }
  const phrase = readNounPhrase(context, start, times);
  if (!phrase) return null;
  return { span: spanOf(context, phrase), rule: 'following', tail: phrase.last, subjectBefore: false };
}

function isEventLike(context: ClaimContext, phrase: Phrase): boolean {
  return claimWords.eventNouns.includes(context.word(headOf(context, phrase)));
}

const NO_VERBS: readonly ChangeVerb[] = [];

function endsWithVerb(context: ClaimContext, first: number, verb: ChangeVerb): boolean {
  for (let offset = 0; offset < verb.words.length; offset += 1) if (context.word(first + offset) !== verb.words[offset]) return false;
  return true;
}

/** Reads a change verb ending at `last` ("has risen", "could rise", "now exceed"); returns its first token. */
function changeVerbEndingAt(context: ClaimContext, last: number): { first: number; verb: string } | null {
  for (const verb of CHANGE_VERBS_BY_LAST_WORD.get(context.word(last)) ?? NO_VERBS) {
    const first = last - verb.words.length + 1;
    if (first < 0 || !endsWithVerb(context, first, verb)) continue;
    let start = first;
    while (MODALS_AND_ADVERBS.has(context.word(start - 1))) start -= 1;
    return { first: start, verb: context.word(last) };
  }
  // "could rise above 100": a change verb's base form after a modal.
  const word = context.word(last);
  if (/^(rise|fall|climb|reach|exceed|top|double|surpass|grow|drop|increase|decrease|decline|hit|pass|cost|total|remain|stand)$/.test(word) || CHANGE_VERB_WORDS.has(word) && wordClassOf(context, last) !== 'noun') {
    let start = last;
    while (MODALS_AND_ADVERBS.has(context.word(start - 1))) start -= 1;
    return { first: start, verb: word };
  }
  return null;
}

/** "the death toll rose to 312", "unemployment stood at 5%", "casualties now exceed 40", "a ticket costs 250 roubles". */
function readSubjectOfChange(context: ClaimContext, claimStart: number, times: readonly Span[]): CountedFinding | null {
  let verbLast = claimStart - 1;
  while (ADVERBS_BEFORE_NUMBER.has(context.word(verbLast))) verbLast -= 1;
  if (LINKING_PARTICLES.has(context.word(verbLast)) && context.word(verbLast) !== 'of') verbLast -= 1;
  // "raised its main rate to 9.5 percent": the object of a verb that sets it is counted.
  if (context.word(claimStart - 1) === 'to' || context.word(claimStart - 1) === 'by') {
    const object = readPhraseEndingAt(context, claimStart - 2, times);
    if (object && SETTING_VERBS.has(context.word(object.first - 1) === 'its' || context.word(object.first - 1) === 'the' || context.word(object.first - 1) === 'their' ? context.word(object.first - 2) : context.word(object.first - 1))) {
      return { span: spanOf(context, unwrap(context, object)), rule: 'object-of-setting', tail: claimStart - 1, subjectBefore: true };
    }
  }
  const change = changeVerbEndingAt(context, verbLast);
  if (!change) return null;
  const subject = readPhraseEndingAt(context, change.first - 1, times);
  if (!subject || wordClassOf(context, subject.first) === 'pronoun') return null;
  const counted = unwrap(context, subject);
  return {
    span: spanOf(context, counted),
    rule: 'subject-of-change',
    tail: claimStart - 1,
    subjectBefore: true,
    ...(LOWER_BOUND_VERBS.has(change.verb) ? { impliedBound: 'lower' as const } : {}),
  };
}

/** "put the number of dead at 86", "estimated the crowd at 25,000". */
function readPutAt(context: ClaimContext, claimStart: number, times: readonly Span[]): CountedFinding | null {
  if (context.word(claimStart - 1) !== 'at') return null;
  const object = readPhraseEndingAt(context, claimStart - 2, times);
  if (!object || !PUT_AT_VERBS.has(context.word(object.first - 1)) && !PUT_AT_VERBS.has(context.word(object.first - 2))) return null;
  return { span: spanOf(context, unwrap(context, object)), rule: 'put-at', tail: claimStart - 1, subjectBefore: true };
}

/** "a loss of US$1.3bn", "rainfall of 240 millimetres". */
function readOfBefore(context: ClaimContext, claimStart: number, times: readonly Span[]): CountedFinding | null {
  if (context.word(claimStart - 1) !== 'of') return null;
  const owner = readPhraseEndingAt(context, claimStart - 2, times);
  if (!owner) return null;
  return { span: spanOf(context, owner), rule: 'of-before', tail: claimStart - 1, subjectBefore: true };
}

/** "the contract is worth £45m". */
function readWorth(context: ClaimContext, claimStart: number, times: readonly Span[]): CountedFinding | null {
  if (context.word(claimStart - 1) !== 'worth') return null;
  let verb = claimStart - 2;
  while (MODALS_AND_ADVERBS.has(context.word(verb))) verb -= 1;
  const subject = readPhraseEndingAt(context, verb, times);
  return subject ? { span: spanOf(context, subject), rule: 'worth', tail: claimStart - 1, subjectBefore: true } : null;
}

/** "180 have been rescued", "and 12 more", "of which 37": the number leaves its noun to the claim before it. */
function readEllipsis(context: ClaimContext, claimStart: number, numberToken: number, earlier: readonly EarlierClaim[], unit: string | undefined): CountedFinding | null {
  // A count or a share ("62% trust the army" after "1,000 adults") takes the noun before; an amount of money does not.
  if (unit && unit !== 'percent' && unit !== 'fraction') return null;
  const sentence = context.tokens[numberToken]!.sentence;
  for (let index = earlier.length - 1; index >= 0; index -= 1) {
    const candidate = earlier[index]!;
    if (candidate.sentence < sentence - 1) break;
    if (!candidate.counted) continue;
    const before = context.word(claimStart - 1);
    const compared = before === 'from' || before === 'with' && context.word(claimStart - 2) === 'compared';
    return {
      span: candidate.counted,
      rule: 'ellipsis',
      tail: numberToken,
      subjectBefore: false,
      ...(compared && candidate.unit ? { inheritedUnit: candidate.unit } : {}),
    };
  }
  return null;
}

/**
 * What the number counts: the phrase after it (with partitives and "the latter"), else the subject it
 * is said of ("the death toll rose to 312"), else the noun of the claim before it (ellipsis).
 */
export function findCounted(
  context: ClaimContext,
  claim: { readonly start: number; readonly numeral: number; readonly numberLast: number; readonly end: number; readonly unit?: string },
  earlier: readonly EarlierClaim[],
  times: readonly Span[],
): CountedFinding {
  const following = readFollowing(context, claim.end + 1, claim.numeral, claim.unit, times);
  if (following) return following;
  const left = readPutAt(context, claim.start, times) ?? readSubjectOfChange(context, claim.start, times) ?? readWorth(context, claim.start, times)
    ?? (claim.unit ? readOfBefore(context, claim.start, times) : null);
  if (left) return left;
  // "40 of us" names no antecedent; "62% trust the army" leans on the claim before it.
  const ellipsis = readEllipsis(context, claim.start, claim.numeral, earlier, claim.unit);
  if (ellipsis) return { ...ellipsis, tail: claim.end };
  return { span: null, rule: 'none', tail: claim.end, subjectBefore: false };
}
