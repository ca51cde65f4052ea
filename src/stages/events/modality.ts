import type { EventCandidate } from './candidate.ts';
import { GRAMMAR } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';

export interface Modality {
  readonly negated: boolean;
  readonly planned: boolean;
  readonly hypothetical: boolean;
  /** "will not", "cannot", "won't": a negated future of one's own action, which CAMEO codes as a refusal. */
  readonly refusal: boolean;
}

const CONDITIONAL_HEADS: ReadonlySet<string> = new Set(GRAMMAR.conditionalFollowers.map((phrase) => phrase[0]!));

/** The auxiliaries, adverbs and negations before a verb: "will not", "has already", "is being". */
function verbGroupBefore(view: SentenceView, at: number): string[] {
  const group: string[] = [];
  for (let previous = at - 1; previous >= 0 && group.length < 6; previous -= 1) {
    const word = view.words[previous]!;
    if (GRAMMAR.auxiliaries.has(word) || GRAMMAR.beForms.has(word) || GRAMMAR.negations.has(word) || GRAMMAR.adverbs.has(word) || word === "n't" || word === 'to' || word === 'going' || (word.endsWith('ly') && word.length > 3)) {
      group.push(word);
      continue;
    }
    break;
  }
  return group;
}

/** The words before an infinitive's "to": "plans to", "is set to", "are expected to". */
const INFINITIVE_FUTURES = GRAMMAR.future.filter((phrase) => phrase.length >= 2 && phrase.at(-1) === 'to');
const WORDS_BEFORE_FUTURE_TO: ReadonlySet<string> = new Set(INFINITIVE_FUTURES.map((phrase) => phrase.at(-2)!));

function plannedInfinitive(view: SentenceView, at: number): boolean {
  let position = at - 1;
  while (position >= 0 && GRAMMAR.adverbs.has(view.words[position]!)) position -= 1;
  if (view.words[position] !== 'to' || !WORDS_BEFORE_FUTURE_TO.has(view.words[position - 1] ?? '')) return false;
  return INFINITIVE_FUTURES.some((phrase) => phrase.slice(0, -1).every((word, offset) => view.words[position - (phrase.length - 1) + offset] === word));
}

function hasSayBefore(view: SentenceView, candidates: readonly EventCandidate[], at: number): boolean {
  return candidates.some((candidate) => candidate.say && candidate.trigger.start < at);
}

/** Start of the clause holding `at`: after the last clause break or comma-introduced subordinator. */
function clauseStart(view: SentenceView, at: number): number {
  for (let previous = at - 1; previous >= 0; previous -= 1) {
    if (GRAMMAR.clauseBreaks.has(view.words[previous]!) || view.words[previous] === '.') return previous + 1;
  }
  return 0;
}

/** Negation, planning and conditionality of one mention, read from its verb group and clause. */
export function readModality(view: SentenceView, candidate: EventCandidate, sentenceCandidates: readonly EventCandidate[]): Modality {
  const at = candidate.predicate;
  const group = verbGroupBefore(view, at);
  const previousWord = view.words[candidate.trigger.start - 1] ?? '';
  let negated = group.some((word) => GRAMMAR.negations.has(word) || word === "n't");
  if (candidate.pos === 'noun' && candidate.lightVerb === undefined && (previousWord === 'no' || previousWord === 'without')) negated = true;
  // "denied that Valdoria would impose sanctions": what is denied is said not to happen.
  if (sentenceCandidates.some((other) => other.cameo === '016' && other.trigger.end <= candidate.trigger.start && view.words[other.trigger.end] === 'that')) negated = true;
  // A nominal subject takes the modal of its verb: "Talks could resume", "The visit will go ahead".
  const nounModal = candidate.pos === 'noun' && candidate.lightVerb === undefined ? view.words[candidate.trigger.end] ?? '' : '';
  const will = group.some((word) => GRAMMAR.futureWords.has(word)) || (group.includes('going') && group.includes('to')) || plannedInfinitive(view, at);
  const would = group.includes('would') || group.includes("'d");
  const modal = group.some((word) => word === 'could' || word === 'might' || word === 'may' || word === 'should');
  const cannot = group.includes('cannot') || (group.includes("n't") && (group.includes('ca') || group.includes('can')));
  let planned = will || (would && hasSayBefore(view, sentenceCandidates, at)) || GRAMMAR.futureWords.has(nounModal);
  if (candidate.pos === 'noun') {
    if (GRAMMAR.plannedAdjectives.has(previousWord)) planned = true;
    for (let next = candidate.trigger.end; next < Math.min(view.words.length, candidate.trigger.end + 6); next += 1) {
      if (GRAMMAR.beForms.has(view.words[next]!) && GRAMMAR.plannedPassive.has(view.words[next + 1] ?? '') ) planned = true;
      if (view.words[next] === 'being' && GRAMMAR.plannedPassive.has(view.words[next + 1] ?? '')) planned = true;
    }
    if (candidate.lightVerb !== undefined && ['plan', 'plans', 'planned', 'planning', 'prepare', 'prepares', 'prepared', 'preparing', 'schedule', 'scheduled', 'propose', 'proposed'].includes(view.words[candidate.lightVerb]!)) planned = true;
  }
  const start = clauseStart(view, candidate.trigger.start);
  let conditional = false;
  for (let at = start; at < candidate.trigger.start && !conditional; at += 1) {
    const word = view.words[at]!;
    conditional = GRAMMAR.conditionals.has(word) || (CONDITIONAL_HEADS.has(word) && GRAMMAR.conditionalFollowers.some((phrase) => phrase.every((part, offset) => view.words[at + offset] === part)));
  }
  // "will lift the blockade if the talks go well": a future under a condition that follows it.
  let conditionAfter = false;
  for (let at = candidate.trigger.end; planned && at < view.words.length && !conditionAfter; at += 1) {
    const word = view.words[at]!;
    conditionAfter = word === 'if' || word === 'unless' || word === 'provided';
  }
  const nounHypothetical = ['could', 'might', 'may', 'would', 'should'].includes(nounModal);
  const hypothetical = candidate.hypothetical || conditional || conditionAfter || modal || nounHypothetical || (would && !planned);
  const refusal = negated && (will || would || cannot);
  return { negated, planned, hypothetical, refusal };
}

/** "This is conditional on the IDF lifting its siege": a sentence that makes the previous one's events conditional. */
export function makesPreviousConditional(view: SentenceView): boolean {
  const words = view.words;
  const start = words[0] === 'this' || words[0] === 'that' || words[0] === 'it' || words[0] === 'all';
  if (!start) return false;
  return GRAMMAR.conditionalFollowers.some((phrase) => {
    for (let at = 1; at <= 3; at += 1) if (phrase.every((word, offset) => words[at + offset] === word)) return true;
    return false;
  });
}
