import { completeCandidate, type EventCandidate } from './candidate.ts';
import { lookupCameo } from './cameo.ts';
import { findTriggers, isClauseBreak, lightVerbAt, type TriggerContext, type TriggerMatch } from './find-triggers.ts';
import { applyFrames, applySaidIntents, frameWordsIn } from './frames.ts';
import { GRAMMAR, PREPOSITIONS } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';

/** How far left of a nominal trigger its light verb may be: "carried out several air strikes". */
const LIGHT_VERB_REACH = 4;

function toCandidate(view: SentenceView, match: TriggerMatch): EventCandidate {
  const { pattern } = match;
  return completeCandidate({
    sentence: view.index,
    trigger: { start: match.start, end: match.end },
    pos: pattern.pos,
    cameo: pattern.cameo,
    plover: pattern.plover,
    mode: pattern.mode,
    reverse: pattern.reverse,
    say: pattern.say,
    predicate: match.start,
    objectAt: match.objectAt,
    hypothetical: false,
    rule: `${pattern.pos}:${pattern.lemma}${pattern.object ? '+object' : ''}`,
  });
}

/** The light verb governing a nominal trigger, looking left past determiners and modifiers. */
function lightVerbFor(view: SentenceView, nounStart: number): number | undefined {
  for (let at = nounStart - 1; at >= 0 && at >= nounStart - LIGHT_VERB_REACH; at -= 1) {
    const word = view.words[at]!;
    if (isClauseBreak(word) || word === ',' || GRAMMAR.subordinators.has(word)) return undefined;
    // "issued for Kyani's meetings": a preposition puts the noun outside the verb's object ("dozens of strikes" keeps it).
    if (at < nounStart - 1 && PREPOSITIONS.has(word) && word !== 'of') return undefined;
    for (let start = at; start >= Math.max(0, at - 2); start -= 1) {
      const length = lightVerbAt(view.words, start);
      // "the start of the talks" is a noun, not a light verb.
      const before = view.words[start - 1] ?? '';
      if (length > 0 && start + length === at + 1 && !GRAMMAR.determiners.has(before) && !GRAMMAR.possessivePronouns.has(before) && before !== "'s") return start;
    }
  }
  return undefined;
}

function attachLightVerbs(view: SentenceView, candidates: readonly EventCandidate[]): EventCandidate[] {
  return candidates.map((candidate) => {
    if (candidate.pos !== 'noun') return candidate;
    const lightVerb = lightVerbFor(view, candidate.trigger.start);
    return lightVerb === undefined ? candidate : completeCandidate({ ...candidate, lightVerb, predicate: lightVerb, rule: `${candidate.rule}<${view.words[lightVerb]}` });
  });
}

/**
 * A verb pattern that names its object ("imposed sanctions", "released the hostages") already codes
 * the nominal trigger it found there; a verb of saying that governs a nominal trigger is used lightly
 * ("announced a ceasefire") and the nominal event is what happened.
 */
/** "broke up a strike": force used against a protest leaves the protest an event of its own. */
function isTargetedActivity(verb: EventCandidate, noun: EventCandidate): boolean {
  const verbType = verb.plover ?? lookupCameo(verb.cameo).plover;
  const nounType = noun.plover ?? lookupCameo(noun.cameo).plover;
  return (verbType === 'ASSAULT' || verbType === 'COERCE') && nounType === 'PROTEST';
}

function dropRedundant(candidates: readonly EventCandidate[]): EventCandidate[] {
  // Which verb pattern names each nominal trigger as its object, found once.
  const absorber = new Map<EventCandidate, EventCandidate>();
  for (const verb of candidates) {
    if (verb.pos !== 'verb' || verb.objectAt === undefined) continue;
    for (const noun of candidates) {
      if (noun.pos === 'noun' && verb.objectAt >= noun.trigger.start && verb.objectAt < noun.trigger.end && !absorber.has(noun) && !isTargetedActivity(verb, noun)) absorber.set(noun, verb);
    }
  }
  const lightVerbs = new Set(candidates.map((candidate) => candidate.lightVerb));
  const result: EventCandidate[] = [];
  for (const candidate of candidates) {
    if (candidate.pos === 'noun') {
      if (!absorber.has(candidate)) result.push(candidate);
      continue;
    }
    if (candidate.say && lightVerbs.has(candidate.trigger.start)) continue;
    // The trigger of "imposed sanctions" covers both words: the noun names the event as much as the verb.
    let noun: EventCandidate | undefined;
    for (const [absorbed, verb] of absorber) if (verb === candidate) noun = absorbed;
    result.push(noun && noun.trigger.start >= candidate.trigger.end ? completeCandidate({ ...candidate, trigger: { start: candidate.trigger.start, end: noun.trigger.end } }) : candidate);
  }
  return result;
}

/** Where a verb's clause ends for merging: a clause break, a relative pronoun or the next verb trigger ("killed X and wounded Y"). */
function mergeWindowEnd(view: SentenceView, candidates: readonly EventCandidate[], from: number): number {
  let end = from;
  while (end < view.words.length && end < from + 20) {
    const word = view.words[end]!;
    if (isClauseBreak(word) || word === '.' || RELATIVE_OR_CONTRAST.has(word)) break;
    if (candidates.some((other) => other.pos === 'verb' && other.trigger.start === end)) break;
    end += 1;
  }
  return end;
}

const RELATIVE_OR_CONTRAST = new Set(['that', 'which', 'who', 'whom', 'but', 'while', 'because', 'although', 'whereas', 'as', 'when', 'after', 'before']);

/** Nominal events named as what a meeting or statement was about ("discussed the release of hostages") did not happen (yet). */
function markTopics(view: SentenceView, candidates: readonly EventCandidate[]): EventCandidate[] {
  // Only talks have topics: "confirmed the talks" says they happened, "discussed the release" does not.
  const talkers = candidates.filter((candidate) => candidate.pos === 'verb' && /^04/.test(candidate.cameo));
  return candidates.map((candidate) => {
    if (candidate.pos !== 'noun' || candidate.lightVerb !== undefined) return candidate;
    const talker = talkers.find((verb) => verb.trigger.end <= candidate.trigger.start && candidate.trigger.start < mergeWindowEnd(view, candidates, verb.trigger.end));
    if (!talker || (candidate.plover ?? lookupCameo(candidate.cameo).plover) === (talker.plover ?? lookupCameo(talker.cameo).plover)) return candidate;
    return completeCandidate({ ...candidate, hypothetical: true, rule: `${candidate.rule}:topic` });
  });
}

function typeOf(candidate: EventCandidate): string {
  return candidate.plover ?? lookupCameo(candidate.cameo).plover;
}

/** The nominal mention of the same event as a verb: in its clause after it, or as its subject right before it. */
function sameEventNominal(view: SentenceView, candidates: readonly EventCandidate[], verb: EventCandidate, absorbed: ReadonlySet<EventCandidate>): EventCandidate | undefined {
  const type = typeOf(verb);
  const windowEnd = mergeWindowEnd(view, candidates, verb.trigger.end);
  let before: EventCandidate | undefined;
  for (const other of candidates) {
    if (other === verb || other.pos !== 'noun' || absorbed.has(other) || typeOf(other) !== type) continue;
    if (other.trigger.start >= verb.trigger.end && other.trigger.start < windowEnd && (other.lightVerb === undefined || other.trigger.start === verb.trigger.end)) return other;
    // "IDF airstrikes killed fifteen": the nominal subject of a verb of the same kind names the same event.
    if (!before && other.lightVerb === undefined && other.trigger.end <= verb.trigger.start && onlyVerbGroupBetween(view, other.trigger.end, verb.trigger.start)) before = other;
  }
  return before;
}

function onlyVerbGroupBetween(view: SentenceView, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const word = view.words[at]!;
    if (!GRAMMAR.auxiliaries.has(word) && !GRAMMAR.adverbs.has(word) && !GRAMMAR.beForms.has(word)) return false;
  }
  return true;
}

/** A longer code, a code that is not a residual "x0", or a mode says more about an event. */
function specificity(candidate: EventCandidate): number {
  return candidate.cameo.length * 10 + (candidate.cameo.endsWith('0') ? 0 : 5) + (candidate.mode ? 1 : 0);
}

/**
 * Two mentions of one event in one clause become one: "have been killed in the IDF airstrikes",
 * "discussed the release of hostages during a meeting with a delegation of Hamas". The verb keeps its
 * trigger and takes the more specific code; the nominal's participants are read too.
 */
function mergeSameEvent(view: SentenceView, candidates: readonly EventCandidate[]): EventCandidate[] {
  const result: EventCandidate[] = [];
  const absorbed = new Set<EventCandidate>();
  for (const candidate of candidates) {
    if (absorbed.has(candidate)) continue;
    if (candidate.pos !== 'verb' || candidate.say || candidate.frame) {
      result.push(candidate);
      continue;
    }
    const nominal = sameEventNominal(view, candidates, candidate, absorbed);
    if (!nominal) {
      result.push(candidate);
      continue;
    }
    absorbed.add(nominal);
    const specific = specificity(nominal) > specificity(candidate) ? nominal : candidate;
    result.push(completeCandidate({
      ...candidate,
      cameo: specific.cameo,
      ...(specific.mode ? { mode: specific.mode } : {}),
      ...(specific.plover ? { plover: specific.plover } : {}),
      merged: nominal,
      rule: `${candidate.rule}+${nominal.rule}`,
    }));
  }
  return mergePurposeClauses(view, result.filter((candidate) => !absorbed.has(candidate)));
}

/** "Putin spoke with Erdogan to discuss the war": a same-type verb in a purpose infinitive is the same event. */
function mergePurposeClauses(view: SentenceView, candidates: readonly EventCandidate[]): EventCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.pos !== 'verb' || candidate.frame || view.words[candidate.trigger.start - 1] !== 'to') return true;
    const type = candidate.plover ?? lookupCameo(candidate.cameo).plover;
    return !candidates.some((earlier) => earlier !== candidate && earlier.trigger.end <= candidate.trigger.start && candidate.trigger.start - earlier.trigger.end <= 12
      && (earlier.plover ?? lookupCameo(earlier.cameo).plover) === type
      && !view.words.slice(earlier.trigger.end, candidate.trigger.start).some((word) => isClauseBreak(word)));
  });
}

/**
 * "Syrian forces backed by Russian warplanes", "soldiers, supported by allied fighters": a participle
 * of support modifying a noun describes the actor, it is not an event of its own.
 */
function dropDescriptiveSupport(view: SentenceView, candidates: readonly EventCandidate[]): EventCandidate[] {
  return candidates.filter((candidate) => {
    if (candidate.pos !== 'verb' || !candidate.cameo.startsWith('05')) return true;
    const word = view.words[candidate.trigger.start]!;
    const previous = view.words[candidate.trigger.start - 1] ?? '';
    return !((word.endsWith('ed') || word.endsWith('ing')) && (view.words[candidate.trigger.end] === 'by' || word.endsWith('ing'))
      && !GRAMMAR.beForms.has(previous) && !GRAMMAR.auxiliaries.has(previous) && !GRAMMAR.pronouns.has(previous) && previous !== 'and');
  });
}

/** Every event mention of one sentence, as plain data. */
export function findCandidates(view: SentenceView, context?: TriggerContext): EventCandidate[] {
  const matches = findTriggers(view, context);
  const frameWords = frameWordsIn(view);
  // Most sentences of news name no event: without a trigger or a frame word no rule below can make one.
  if (matches.length === 0 && frameWords.length === 0) return [];
  const triggers = dropDescriptiveSupport(view, matches.map((match) => toCandidate(view, match)));
  const withLightVerbs = dropRedundant(attachLightVerbs(view, triggers));
  const framed = applySaidIntents(view, applyFrames(view, withLightVerbs, frameWords));
  return mergeSameEvent(view, markTopics(view, framed));
}
