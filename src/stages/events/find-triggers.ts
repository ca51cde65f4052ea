import irregular from '../../lexicons/irregular-verbs.json' with { type: 'json' };
import { AMBIGUOUS_FORMS, GRAMMAR, LIGHT_VERBS, PATTERN_FILTER, PATTERN_INDEX, PREPOSITIONS, type EventPattern, type TriggerPos, type WordSet } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';

/** A lexicon pattern found in a sentence: tokens [start, end) of the view. */
export interface TriggerMatch {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  /** The token that satisfied the pattern's object constraint, when it has one. */
  readonly objectAt: number | undefined;
}

/** How far after a trigger its object may lie: news clauses put the object within a few words of the verb. */
const OBJECT_WINDOW = 8;
const NOT_WINDOW = 3;
const PRECEDING_WINDOW = 3;

function sequenceAt(words: readonly string[], at: number, sequence: readonly string[]): boolean {
  for (let offset = 0; offset < sequence.length; offset += 1) if (words[at + offset] !== sequence[offset]) return false;
  return true;
}

/** Index of the first word of `set` in words[from, to), or -1. */
export function findWord(words: readonly string[], from: number, to: number, set: WordSet): number {
  const end = Math.min(to, words.length);
  for (let at = Math.max(0, from); at < end; at += 1) {
    const word = words[at]!;
    if (set.single.has(word)) return at;
    // A plain loop, not .some(): this runs for every word of every object window.
    if (set.multiFirstWords.has(word)) for (const sequence of set.multi) if (sequenceAt(words, at, sequence)) return at;
  }
  return -1;
}

export function isClauseBreak(word: string): boolean {
  return GRAMMAR.clauseBreaks.has(word);
}

/** End (exclusive) of the stretch after `from` that can hold a verb's object: it stops at a clause break or subordinator. */
export function objectWindowEnd(view: SentenceView, from: number, limit = OBJECT_WINDOW): number {
  let end = from;
  let budget = limit;
  while (end < view.words.length && budget > 0) {
    const word = view.words[end]!;
    // A short parenthesis inside a noun phrase is read through: "the Lebanese Armed Forces (LAF) with aircraft".
    if (word === '(') {
      const close = view.words.indexOf(')', end);
      if (close > end && close - end <= 4) {
        end = close + 1;
        continue;
      }
    }
    if (isClauseBreak(word) || (end > from && GRAMMAR.subordinators.has(word) && word !== 'that' && word !== 'as')) break;
    if (word === '.' || word === '!' || word === '?' || word === ',') break;
    end += 1;
    budget -= 1;
  }
  return end;
}

/** What the trigger finder knows of a sentence beyond its words: which tokens belong to names. */
export interface TriggerContext {
  /** Tokens inside an entity mention: "Stone" in "Single Stone Auction" is no trigger. */
  isInName(at: number): boolean;
  /** Tokens that end a people or country adjective ("Israeli", "Russian"): the next word is a noun. */
  isAfterModifier(at: number): boolean;
  /** Tokens that start with a capital letter. */
  isCapitalised(at: number): boolean;
  /** A headline in title case: capitals say nothing about names there. */
  isTitleCase(): boolean;
}

/** Irregular pasts and participles ("spoke", "met", "held") are verbs wherever they stand. */
const PAST_FORMS: ReadonlySet<string> = new Set(Object.values(irregular.verbs).flat());

const DEGREE_WORDS = new Set(['less', 'more', 'very', 'most', 'so', 'too', 'as', 'quite', 'rather', 'highly', 'deeply']);

/** A part-of-speech guess and whether the evidence is strong (a determiner, preposition or nationality adjective before it). */
export interface PosGuess {
  readonly pos: TriggerPos;
  readonly strong: boolean;
}

/**
 * Part of speech of a trigger form from its neighbours: news writing puts a determiner, possessive,
 * adjective of nationality or preposition before a nominal event ("the attack", "Israel's strikes",
 * "Israeli bombing", "during talks") and a subject, auxiliary or "to" before a verb. A Penn tag wins
 * when a tagger has run.
 */
export function guessPos(view: SentenceView, at: number, context?: TriggerContext): PosGuess {
  const guess = guessPosFromNeighbours(view, at, context);
  if (guess.strong) return guess;
  // The tagger breaks a weak guess only: it was trained on other text and misreads "will supply" or "launched missiles".
  const tag = view.tokens[at]?.tag;
  if (tag?.startsWith('VB')) return { pos: 'verb', strong: false };
  if (tag === 'NN' || tag === 'NNS') return { pos: 'noun', strong: false };
  return guess;
}

function startsWithDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function guessPosFromNeighbours(view: SentenceView, at: number, context?: TriggerContext): PosGuess {
  const word = view.words[at]!;
  const previous = view.words[at - 1];
  const plural = word.endsWith('s') && !word.endsWith('ss');
  const verbal = word.endsWith('ed') || word.endsWith('ing') || PAST_FORMS.has(word);
  // A headline or a sentence starting with a bare form starts with a noun: "Protest leaders have agreed".
  if (previous === undefined) return { pos: verbal ? 'verb' : 'noun', strong: !verbal };
  if (previous === 'to' || GRAMMAR.auxiliaries.has(previous) || GRAMMAR.negations.has(previous) || GRAMMAR.pronouns.has(previous) || previous === 'who' || previous === 'which') return { pos: 'verb', strong: true };
  if (GRAMMAR.beForms.has(previous)) return { pos: verbal ? 'verb' : 'noun', strong: true };
  // A gerund after a preposition still names an action: "guilty of violating the ceasefire".
  if (word.endsWith('ing') && PREPOSITIONS.has(previous)) return { pos: 'verb', strong: false };
  if (GRAMMAR.determiners.has(previous) || GRAMMAR.possessivePronouns.has(previous) || previous === "'s" || previous === "'" || PREPOSITIONS.has(previous) || startsWithDigit(previous)) return { pos: 'noun', strong: true };
  if (DEGREE_WORDS.has(previous)) return { pos: 'noun', strong: true };
  if (context?.isAfterModifier(at - 1)) return { pos: 'noun', strong: true };
  if (verbal) return { pos: 'verb', strong: false };
  if (previous.endsWith('ed') && previous.length > 4) return { pos: 'noun', strong: false };
  if (plural) {
    const determined = GRAMMAR.determiners.has(view.words[at - 2] ?? '') || view.words[at - 2] === "'s";
    return { pos: context?.isCapitalised(at - 1) && !determined ? 'verb' : 'noun', strong: false };
  }
  // A bare form right after a capitalised singular name is a noun ("US moves", "Russian state"): a verb would agree ("Russia states").
  if (context?.isCapitalised(at - 1) && !previous.endsWith('s')) return { pos: 'noun', strong: false };
  return { pos: 'verb', strong: false };
}

function clauseStartBefore(view: SentenceView, at: number): number {
  for (let previous = at - 1; previous >= 0; previous -= 1) {
    if (isClauseBreak(view.words[previous]!) || view.words[previous] === ',') return previous + 1;
  }
  return 0;
}

interface Candidate {
  readonly pattern: EventPattern;
  readonly length: number;
  readonly objectAt: number | undefined;
  readonly constrained: boolean;
}

/**
 * Object windows by start position, computed once per sentence: many patterns share a trigger.
 * The finder reads one sentence at a time, so the cache holds the last sentence's windows only
 * (a per-sentence lookup in a WeakMap cost more than most windows do to compute).
 */
let windowCacheView: SentenceView | undefined;
let windowCache = new Map<number, number>();

function cachedWindowEnd(view: SentenceView, from: number): number {
  if (windowCacheView !== view) {
    windowCacheView = view;
    windowCache = new Map();
  }
  let end = windowCache.get(from);
  if (end === undefined) {
    end = objectWindowEnd(view, from);
    windowCache.set(from, end);
  }
  return end;
}

function evaluate(view: SentenceView, at: number, length: number, pattern: EventPattern): Candidate | undefined {
  const after = at + length;
  if (pattern.not && findWord(view.words, after, Math.min(after + NOT_WINDOW, cachedWindowEnd(view, after)), pattern.not) >= 0) return undefined;
  if (pattern.preceding && findWord(view.words, at - PRECEDING_WINDOW, at, pattern.preceding) < 0) return undefined;
  if (pattern.notAfter?.has(view.words[at - 1] ?? '')) return undefined;
  let objectAt: number | undefined;
  if (pattern.object) {
    let found = findWord(view.words, after, cachedWindowEnd(view, after), pattern.object);
    // A passive names its object before the verb: "UN sanctions against Iran were lifted".
    const participle = !view.words[at]!.endsWith('ing');
    if (found < 0 && participle && (GRAMMAR.beForms.has(view.words[at - 1] ?? '') || (GRAMMAR.beForms.has(view.words[at - 2] ?? '') && GRAMMAR.adverbs.has(view.words[at - 1] ?? '')))) {
      found = findWord(view.words, clauseStartBefore(view, at), at, pattern.object);
    }
    if (found < 0) return undefined;
    objectAt = found;
  }
  // objectAt is always present (undefined without an object): one shape for every candidate.
  return { pattern, length, objectAt, constrained: pattern.object !== undefined || pattern.preceding !== undefined };
}

/** The best pattern at a position: the longest form, then a satisfied constraint, then lexicon order. */
function bestAt(view: SentenceView, at: number, context?: TriggerContext): Candidate | undefined {
  const word = view.words[at]!;
  if (!PATTERN_FILTER.mayHold(word)) return undefined;
  const forms = PATTERN_INDEX.get(word);
  if (!forms) return undefined;
  if (context && (context.isInName(at) || (at > 0 && context.isCapitalised(at) && !isAfterQuoteOpening(view, at) && !context.isTitleCase()))) return undefined;
  // "U.N.-backed", "Iran-allied": the second half of a hyphenated modifier is no event.
  if (view.words[at - 1] === '-') return undefined;
  let guess: PosGuess | undefined;
  const ambiguous = AMBIGUOUS_FORMS.has(view.words[at]!);
  let best: Candidate | undefined;
  for (const form of forms) {
    // Forms come longest first, constrained first: nothing after a shorter form, or after an unconstrained one once a constrained pattern matched, can win.
    if (best && (form.sequence.length < best.length || (best.constrained && form.pattern.object === undefined && form.pattern.preceding === undefined))) break;
    if (!sequenceAt(view.words, at, form.sequence)) continue;
    guess ??= guessPos(view, at, context);
    // Where a form is both noun and verb the guess decides; a verb-only form yields only to strong evidence ("the state", "with support").
    if (form.pattern.pos !== guess.pos && (ambiguous || (form.pattern.pos === 'verb' && guess.strong))) continue;
    const candidate = evaluate(view, at, form.sequence.length, form.pattern);
    if (!candidate) continue;
    if (!best || isBetter(candidate, best, at)) best = candidate;
    // The first unconstrained match is the best unconstrained one (lexicon order).
    if (!best.constrained) break;
  }
  return best;
}

/** A capital after an opening quote mark starts a quoted sentence, not a name. */
function isAfterQuoteOpening(view: SentenceView, at: number): boolean {
  const previous = view.words[at - 1];
  return previous === '"' || previous === '“' || previous === "'" || previous === '‘' || previous === ':' || previous === '(';
}

function isBetter(candidate: Candidate, best: Candidate, at: number): boolean {
  if (candidate.length !== best.length) return candidate.length > best.length;
  if (candidate.constrained !== best.constrained) return candidate.constrained;
  // The object nearest the verb is the one it governs: "suspended humanitarian aid ... in protest".
  if (candidate.objectAt !== undefined && best.objectAt !== undefined && candidate.objectAt !== best.objectAt) return Math.abs(candidate.objectAt - at) < Math.abs(best.objectAt - at);
  return candidate.pattern.priority < best.pattern.priority;
}

/** Every trigger in the sentence, left to right, without overlaps. */
export function findTriggers(view: SentenceView, context?: TriggerContext): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (let at = 0; at < view.words.length; at += 1) {
    const best = bestAt(view, at, context);
    if (!best) continue;
    matches.push({ pattern: best.pattern, start: at, end: at + best.length, objectAt: best.objectAt });
    at += best.length - 1;
  }
  return matches;
}

/** Length of a light verb form starting at `at` ("carried out" is 2), or 0. */
const LIGHT_VERBS_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const index = new Map<string, (readonly string[])[]>();
  for (const sequence of LIGHT_VERBS) index.set(sequence[0]!, [...(index.get(sequence[0]!) ?? []), sequence]);
  return index;
})();

export function lightVerbAt(words: readonly string[], at: number): number {
  let longest = 0;
  for (const sequence of LIGHT_VERBS_BY_FIRST_WORD.get(words[at] ?? '') ?? []) if (sequence.length > longest && sequenceAt(words, at, sequence)) longest = sequence.length;
  return longest;
}
