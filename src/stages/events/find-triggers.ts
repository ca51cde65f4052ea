import irregular from '../../lexicons/irregular-verbs.json' with { type: 'json' };
import { AMBIGUOUS_FORMS, GRAMMAR, LIGHT_VERBS, PATTERN_INDEX, PREPOSITIONS, type EventPattern, type TriggerPos, type WordSet } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';

/** A lexicon pattern found in a sentence: tokens [start, end) of the view. */
export interface TriggerMatch {
  readonly pattern: EventPattern;
  readonly start: number;
  readonly end: number;
  /** The token that satisfied the pattern's object constraint, when it has one. */
  readonly objectAt?: number;
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
  for (let at = Math.max(0, from); at < Math.min(to, words.length); at += 1) {
    if (set.single.has(words[at]!)) return at;
    if (set.multi.some((sequence) => sequenceAt(words, at, sequence))) return at;
  }
  return -1;
}

export function isClauseBreak(word: string): boolean {
  return GRAMMAR.clauseBreaks.has(word);
}

/** End (exclusive) of the stretch after `from` that can hold a verb's object: it stops at a clause break or subordinator. */
export function objectWindowEnd(view: SentenceView, from: number, limit = OBJECT_WINDOW): number {
  let end = from;
  while (end < view.words.length && end < from + limit) {
    const word = view.words[end]!;
    if (isClauseBreak(word) || (end > from && GRAMMAR.subordinators.has(word) && word !== 'that')) break;
    if (word === '.' || word === '!' || word === '?' || word === ',') break;
    end += 1;
  }
  return end;
}

/** What the trigger finder knows of a sentence beyond its words: which tokens belong to names. */
export interface TriggerContext {
  /** Tokens inside an entity mention: "Stone" in "Single Stone Auction" is no trigger. */
  readonly inName: ReadonlySet<number>;
  /** Tokens that end a people or country adjective ("Israeli", "Russian"): the next word is a noun. */
  readonly afterModifier: ReadonlySet<number>;
  /** Tokens that start with a capital letter. */
  readonly capitalised: ReadonlySet<number>;
}

/** Irregular pasts and participles ("spoke", "met", "held") are verbs wherever they stand. */
const PAST_FORMS: ReadonlySet<string> = new Set(Object.values(irregular.verbs).flat());

const DEGREE_WORDS = new Set(['less', 'more', 'very', 'most', 'so', 'too', 'as', 'quite', 'rather', 'highly', 'deeply']);

/**
 * Part of speech of a trigger form from its neighbours: news writing puts a determiner, possessive,
 * adjective of nationality or preposition before a nominal event ("the attack", "Israel's strikes",
 * "Israeli bombing", "during talks") and a subject, auxiliary or "to" before a verb. A Penn tag wins
 * when a tagger has run.
 */
export function guessPos(view: SentenceView, at: number, context?: TriggerContext): TriggerPos {
  const tag = view.tokens[at]?.tag;
  if (tag) return tag.startsWith('VB') ? 'verb' : 'noun';
  const word = view.words[at]!;
  const previous = view.words[at - 1];
  const plural = word.endsWith('s') && !word.endsWith('ss');
  if (previous === undefined) return plural || view.words[at + 1] === 'for' || view.words[at + 1] === 'of' ? 'noun' : 'verb';
  if (previous === 'to' || GRAMMAR.auxiliaries.has(previous) || GRAMMAR.negations.has(previous) || GRAMMAR.pronouns.has(previous) || previous === 'who' || previous === 'which') return 'verb';
  if (GRAMMAR.beForms.has(previous)) return word.endsWith('ing') || word.endsWith('ed') ? 'verb' : 'noun';
  if (GRAMMAR.determiners.has(previous) || GRAMMAR.possessivePronouns.has(previous) || previous === "'s" || previous === "'" || PREPOSITIONS.has(previous) || /^\d/.test(previous)) return 'noun';
  if (DEGREE_WORDS.has(previous)) return 'noun';
  if (context?.afterModifier.has(at - 1)) return 'noun';
  if (/(ed|ing)$/.test(word) || PAST_FORMS.has(word)) return 'verb';
  if (previous.endsWith('ed') && previous.length > 4) return 'noun';
  if (plural) {
    const determined = GRAMMAR.determiners.has(view.words[at - 2] ?? '') || view.words[at - 2] === "'s";
    return context?.capitalised.has(at - 1) && !determined ? 'verb' : 'noun';
  }
  // A bare form right after a capitalised singular name is a noun ("US moves", "Russian state"): a verb would agree ("Russia states").
  if (context?.capitalised.has(at - 1) && !previous.endsWith('s')) return 'noun';
  return 'verb';
}

interface Candidate {
  readonly pattern: EventPattern;
  readonly length: number;
  readonly objectAt?: number;
  readonly constrained: boolean;
}

function evaluate(view: SentenceView, at: number, length: number, pattern: EventPattern): Candidate | undefined {
  const after = at + length;
  if (pattern.not && findWord(view.words, after, Math.min(after + NOT_WINDOW, objectWindowEnd(view, after)), pattern.not) >= 0) return undefined;
  if (pattern.preceding && findWord(view.words, at - PRECEDING_WINDOW, at, pattern.preceding) < 0) return undefined;
  let objectAt: number | undefined;
  if (pattern.object) {
    const found = findWord(view.words, after, objectWindowEnd(view, after), pattern.object);
    if (found < 0) return undefined;
    objectAt = found;
  }
  return { pattern, length, ...(objectAt !== undefined ? { objectAt } : {}), constrained: pattern.object !== undefined || pattern.preceding !== undefined };
}

/** The best pattern at a position: the longest form, then a satisfied constraint, then lexicon order. */
function bestAt(view: SentenceView, at: number, context?: TriggerContext): Candidate | undefined {
  const forms = PATTERN_INDEX.get(view.words[at]!);
  if (!forms) return undefined;
  if (context && (context.inName.has(at) || (at > 0 && context.capitalised.has(at) && !isAfterQuoteOpening(view, at)))) return undefined;
  const pos = guessPos(view, at, context);
  const ambiguous = AMBIGUOUS_FORMS.has(view.words[at]!);
  let best: Candidate | undefined;
  for (const form of forms) {
    // A form only nouns share is trusted; a verb form read as a noun is dropped ("the state", "with support").
    if (form.pattern.pos !== pos && (ambiguous || form.pattern.pos === 'verb')) continue;
    if (!sequenceAt(view.words, at, form.sequence)) continue;
    const candidate = evaluate(view, at, form.sequence.length, form.pattern);
    if (!candidate) continue;
    if (!best || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/** A capital after an opening quote mark starts a quoted sentence, not a name. */
function isAfterQuoteOpening(view: SentenceView, at: number): boolean {
  const previous = view.words[at - 1];
  return previous === '"' || previous === '“' || previous === "'" || previous === '‘' || previous === ':' || previous === '(';
}

function isBetter(candidate: Candidate, best: Candidate): boolean {
  if (candidate.length !== best.length) return candidate.length > best.length;
  if (candidate.constrained !== best.constrained) return candidate.constrained;
  return candidate.pattern.priority < best.pattern.priority;
}

/** Every trigger in the sentence, left to right, without overlaps. */
export function findTriggers(view: SentenceView, context?: TriggerContext): TriggerMatch[] {
  const matches: TriggerMatch[] = [];
  for (let at = 0; at < view.words.length; at += 1) {
    const best = bestAt(view, at, context);
    if (!best) continue;
    matches.push({ pattern: best.pattern, start: at, end: at + best.length, ...(best.objectAt !== undefined ? { objectAt: best.objectAt } : {}) });
    at += best.length - 1;
  }
  return matches;
}

/** Length of a light verb form starting at `at` ("carried out" is 2), or 0. */
export function lightVerbAt(words: readonly string[], at: number): number {
  let longest = 0;
  for (const sequence of LIGHT_VERBS) if (sequence.length > longest && sequenceAt(words, at, sequence)) longest = sequence.length;
  return longest;
}
