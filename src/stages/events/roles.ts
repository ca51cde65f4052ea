import { isClauseBreak, objectWindowEnd } from './find-triggers.ts';
import { GRAMMAR, PREPOSITIONS } from './lexicon.ts';
import type { Participant } from './participants.ts';
import type { SentenceView } from './sentence-view.ts';

/** How far left a subject may sit from its verb, in tokens: news leads rarely put more between them. */
const SUBJECT_REACH = 30;
const RECIPIENT_REACH = 12;
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const COORDINATION_WORDS = new Set([',', 'and', '&', 'as', 'well', 'along', 'with', 'together', 'plus', 'the', 'a', 'an', 'both', 'also']);
const PARTICIPLE_ENDINGS = /(ed|en|wn|ght|lt|nt|pt|ld|ck|ung|ut|it|et|ot|id|ne)$/;

/** Places named after "in", "at" are where an event happened; these event types also take them as targets ("fired at the town"). */
const FORCE_PREPOSITIONS = new Set(['at', 'into', 'toward', 'towards', 'over', 'across']);

/** A group of coordinated participants: "Russia and Turkiye", "Bogdanov, Ryabkov, and Galuzin". */
function isCoordinationGap(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 4) return false;
  const gap = view.words.slice(from, to);
  return gap.length > 0 && gap.every((word) => COORDINATION_WORDS.has(word)) && gap.some((word) => word === ',' || word === 'and' || word === '&' || word === 'with' || word === 'plus');
}

/** An agent phrase followed by a comma and a name is one person: "an Iranian emissary, Ali Bagheri Kyani". */
function isApposition(view: SentenceView, first: Participant, second: Participant): boolean {
  return first.entity === null && second.entity?.type === 'PERSON' && second.start === first.end + 1 && view.words[first.end] === ',';
}

function mergeApposition(descriptor: Participant, named: Participant): Participant {
  // Field by field, in the order findParticipants writes them: one shape for every participant.
  return {
    start: descriptor.start,
    end: named.end,
    entity: named.entity,
    name: named.name,
    country: (named.entity?.country ?? descriptor.country) || named.country,
    sector: (named.sector ?? descriptor.sector) || named.sector,
    isPlace: named.isPlace,
    possessive: named.possessive,
    preposition: named.preposition,
    origin: named.origin,
  };
}

/** The participant at `index` with those coordinated to its right. */
export function coordinatedRight(view: SentenceView, participants: readonly Participant[], index: number, limit = view.words.length): Participant[] {
  let group: Participant[] = [participants[index]!];
  for (let next = index + 1; next < participants.length; next += 1) {
    const last = group.at(-1)!;
    const candidate = participants[next]!;
    if (candidate.end > limit) break;
    if (isApposition(view, last, candidate)) {
      group = [...group.slice(0, -1), mergeApposition(last, candidate)];
      continue;
    }
    if (!isCoordinationGap(view, last.end, candidate.start)) break;
    group.push(candidate);
  }
  return group;
}

/** The participant at `index` with those coordinated to its left, in text order. */
function coordinatedLeft(view: SentenceView, participants: readonly Participant[], index: number): Participant[] {
  const group: Participant[] = [participants[index]!];
  for (let previous = index - 1; previous >= 0; previous -= 1) {
    const first = group[0]!;
    const candidate = participants[previous]!;
    if (isApposition(view, candidate, first)) {
      group[0] = mergeApposition(candidate, first);
      continue;
    }
    if (candidate.preposition !== null && candidate.preposition !== first.preposition) break;
    if (!isCoordinationGap(view, candidate.end, first.start)) break;
    group.unshift(candidate);
  }
  return group;
}

/** The subject of the verb at `predicate`: the nearest participant to its left that no preposition governs, within the clause. */
/** ", which represents 2,500 workers," right before a verb: the subject stands before the relative clause. */
function relativeClauseBefore(view: SentenceView, predicate: number): number | undefined {
  let at = predicate - 1;
  while (at >= 0 && (GRAMMAR.adverbs.has(view.words[at]!) || GRAMMAR.auxiliaries.has(view.words[at]!))) at -= 1;
  if (view.words[at] !== ',') return undefined;
  for (let back = at - 1; back >= 0 && back >= at - 25; back -= 1) {
    const word = view.words[back]!;
    if (isClauseBreak(word)) return undefined;
    if (word === ',' && RELATIVE_PRONOUNS.has(view.words[back + 1] ?? '') && view.words[back + 1] !== 'that') return back;
  }
  return undefined;
}

const OPEN = 0;
const CLAUSE_BREAK = 1;
/** A subordinator that does not open a relative clause right after the participant ("Hamas, which ..." does). */
const SUBORDINATE = 2;
/** A relative pronoun right after the participant, with another subordinator later in the gap. */
const RELATIVE_THEN_SUBORDINATE = 3;
type Gap = typeof OPEN | typeof CLAUSE_BREAK | typeof SUBORDINATE | typeof RELATIVE_THEN_SUBORDINATE;

/** What stands between a participant and its verb, words [from, to): a clause break, a subordinator, or nothing that matters. */
function readGap(view: SentenceView, from: number, to: number): Gap {
  let subordinatorAt = -1;
  let otherSubordinator = false;
  for (let at = from; at < to; at += 1) {
    const word = view.words[at]!;
    if (isClauseBreak(word)) return CLAUSE_BREAK;
    if (!GRAMMAR.subordinators.has(word)) continue;
    if (subordinatorAt < 0) subordinatorAt = at;
    if (!RELATIVE_PRONOUNS.has(word)) otherSubordinator = true;
  }
  if (subordinatorAt < 0) return OPEN;
  let relative = RELATIVE_PRONOUNS.has(view.words[subordinatorAt]!);
  for (let at = from; at < subordinatorAt && relative; at += 1) relative = view.words[at] === ',';
  if (!relative) return SUBORDINATE;
  return otherSubordinator ? RELATIVE_THEN_SUBORDINATE : OPEN;
}

export function findSubject(view: SentenceView, participants: readonly Participant[], predicate: number): Participant[] {
  const relative = relativeClauseBefore(view, predicate);
  if (relative !== undefined) return findSubject(view, participants.filter((participant) => participant.end <= relative), relative);
  // A gerund's subject stands right before it, whatever governs it: "conditional on the IDF lifting its siege".
  if (view.words[predicate]?.endsWith('ing')) {
    const index = participants.findIndex((participant) => participant.end === predicate && !participant.possessive);
    if (index >= 0 && participants[index]!.preposition !== null) return [participants[index]!];
  }
  for (let index = participants.length - 1; index >= 0; index -= 1) {
    const participant = participants[index]!;
    if (participant.end > predicate) continue;
    if (predicate - participant.end > SUBJECT_REACH) break;
    // The words between the participant and the verb, read in one pass without copying them.
    const gap = readGap(view, participant.end, predicate);
    if (gap === CLAUSE_BREAK) break;
    if (gap === SUBORDINATE) {
      // The subject sits between the subordinator and the verb, or there is none in this clause.
      continue;
    }
    if (participant.preposition !== null || participant.possessive) {
      if (participant.possessive && participant.end + 1 === predicate) return [participant];
      continue;
    }
    if (gap === RELATIVE_THEN_SUBORDINATE) continue;
    return coordinatedLeft(view, participants, index);
  }
  return [];
}

/** Whether the verb at `at` is a passive participle: "was released", "have been killed", "is being prepared". */
export function isPassive(view: SentenceView, at: number): boolean {
  const tag = view.tokens[at]?.tag;
  const word = view.words[at]!;
  if (tag ? tag !== 'VBN' : !PARTICIPLE_ENDINGS.test(word)) return false;
  for (let previous = at - 1; previous >= 0 && previous >= at - 4; previous -= 1) {
    const before = view.words[previous]!;
    if (GRAMMAR.beForms.has(before)) return true;
    if (!(GRAMMAR.adverbs.has(before) || GRAMMAR.negations.has(before) || before.endsWith('ly'))) break;
  }
  // A reduced relative: "the missiles fired by the army", "civilians killed by shelling".
  return view.words[at + 1] === 'by' && at > 0 && !GRAMMAR.auxiliaries.has(view.words[at - 1]!);
}

/** Participants after `from` within the clause that a preposition in `prepositions` (or none) governs: the objects. */
export function findObjects(
  view: SentenceView,
  participants: readonly Participant[],
  from: number,
  options: { readonly allowDirect: boolean; readonly prepositions: ReadonlySet<string>; readonly force: boolean; readonly reach?: number },
): Participant[] {
  const end = objectWindowEnd(view, from, options.reach ?? RECIPIENT_REACH);
  for (let index = 0; index < participants.length; index += 1) {
    const participant = participants[index]!;
    if (participant.start < from) continue;
    if (participant.start >= end) break;
    const preposition = participant.preposition;
    if (preposition === null ? !options.allowDirect : !(options.prepositions.has(preposition) || (options.force && FORCE_PREPOSITIONS.has(preposition)))) continue;
    if (participant.isPlace && preposition !== null && GRAMMAR.locationPrepositions.has(preposition) && !(options.force && FORCE_PREPOSITIONS.has(preposition))) continue;
    return coordinatedRight(view, participants, index);
  }
  return [];
}

/** The agent of a passive: the participants after "by" in the clause. */
export function findByAgent(view: SentenceView, participants: readonly Participant[], from: number): Participant[] {
  const end = objectWindowEnd(view, from, RECIPIENT_REACH);
  const index = participants.findIndex((participant) => participant.start >= from && participant.start < end && participant.preposition === 'by');
  return index >= 0 ? coordinatedRight(view, participants, index) : [];
}

function isFunctionWord(word: string): boolean {
  return PREPOSITIONS.has(word) || GRAMMAR.auxiliaries.has(word) || GRAMMAR.beForms.has(word) || GRAMMAR.subordinators.has(word) || GRAMMAR.coordinators.has(word) || GRAMMAR.pronouns.has(word);
}

/** The modifier or possessor of a nominal trigger: "IDF airstrikes", "Kyani's meetings", "Israeli bombing". */
export function findModifier(view: SentenceView, participants: readonly Participant[], nounStart: number): Participant[] {
  for (let index = participants.length - 1; index >= 0; index -= 1) {
    const participant = participants[index]!;
    if (participant.end > nounStart) continue;
    // Measured before the words are copied: most participants stand far from the noun.
    if (nounStart - participant.end > 3) return [];
    const gap = view.words.slice(participant.end, nounStart);
    const adjectival = gap.every((word) => word === "'s" || word === "'" || word === '-' || /^[a-z][a-z-]*$/.test(word)) && !gap.some((word) => word !== "'s" && isFunctionWord(word));
    if (!adjectival) return [];
    if (participant.preposition !== null && !participant.possessive && gap.length > 0) return [];
    return coordinatedLeft(view, participants, index);
  }
  return [];
}
