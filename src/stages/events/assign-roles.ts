import type { EventType } from '../../doc/schema/event.ts';
import type { EventCandidate } from './candidate.ts';
import { objectWindowEnd } from './find-triggers.ts';
import { GRAMMAR } from './lexicon.ts';
import type { Participant } from './participants.ts';
import { coordinatedRight, findByAgent, findModifier, findObjects, findSubject, isPassive } from './roles.ts';
import type { SentenceView } from './sentence-view.ts';

export interface Roles {
  readonly actors: readonly Participant[];
  readonly recipients: readonly Participant[];
  readonly location: Participant | undefined;
}

/** Uses of force take a target after "at" or "into" ("fired at the town"); other events happen there. */
const FORCE_TYPES: ReadonlySet<EventType> = new Set(['ASSAULT', 'COERCE', 'THREATEN', 'MOBILIZE', 'SANCTION']);
const VERB_PREPOSITIONS: ReadonlySet<string> = new Set([...GRAMMAR.recipientPrepositions].filter((word) => word !== 'from' && word !== 'between'));
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set([...VERB_PREPOSITIONS, 'of']);

function participantsIn(view: SentenceView, participants: readonly Participant[], start: number, end: number): Participant[] {
  const index = participants.findIndex((participant) => participant.start >= start && participant.end <= end);
  return index >= 0 ? coordinatedRight(view, participants, index, end) : [];
}

/** "talks between Russia and Hamas": both sides act. */
function betweenGroup(view: SentenceView, participants: readonly Participant[], after: number): Participant[] {
  if (view.words[after] !== 'between') return [];
  const index = participants.findIndex((participant) => participant.start > after && participant.start <= after + 3);
  return index >= 0 ? coordinatedRight(view, participants, index) : [];
}

/** "a scheme of sanctions is being prepared by the US Government": the agent of the verb the nominal is subject of. */
function passiveAgentAfter(view: SentenceView, participants: readonly Participant[], nounEnd: number): Participant[] {
  const end = objectWindowEnd(view, nounEnd, 8);
  for (let at = nounEnd; at < end; at += 1) {
    if (GRAMMAR.beForms.has(view.words[at]!) && at + 1 < view.words.length) {
      for (let verb = at + 1; verb < Math.min(end + 2, view.words.length); verb += 1) {
        if (isPassive(view, verb)) return findByAgent(view, participants, verb + 1);
        if (!GRAMMAR.beForms.has(view.words[verb]!) && !GRAMMAR.adverbs.has(view.words[verb]!)) break;
      }
    }
  }
  return [];
}

function nominalRoles(view: SentenceView, participants: readonly Participant[], candidate: EventCandidate, force: boolean): { actors: Participant[]; recipients: Participant[] } {
  const { trigger } = candidate;
  const recipients = findObjects(view, participants, trigger.end, { allowDirect: false, prepositions: NOUN_PREPOSITIONS, force });
  if (candidate.lightVerb !== undefined) {
    if (isPassive(view, candidate.lightVerb)) return { actors: findByAgent(view, participants, trigger.end), recipients };
    return { actors: findSubject(view, participants, candidate.lightVerb), recipients };
  }
  const between = betweenGroup(view, participants, trigger.end);
  if (between.length > 0) return { actors: between, recipients: [] };
  const modifier = findModifier(view, participants, trigger.start);
  if (modifier.length > 0) return { actors: modifier, recipients };
  const byAgent = view.words[trigger.end] === 'by' ? findByAgent(view, participants, trigger.end) : [];
  if (byAgent.length > 0) return { actors: byAgent, recipients: recipients.filter((participant) => !byAgent.includes(participant)) };
  return { actors: passiveAgentAfter(view, participants, trigger.end), recipients };
}

/** "received aid from X": the giver follows "from". */
const GIVER_PREPOSITIONS: ReadonlySet<string> = new Set(['from']);

function verbalRoles(view: SentenceView, participants: readonly Participant[], candidate: EventCandidate, force: boolean): { actors: Participant[]; recipients: Participant[] } {
  if (candidate.reverse) {
    const givers = findObjects(view, participants, candidate.trigger.end, { allowDirect: false, prepositions: GIVER_PREPOSITIONS, force: false });
    return { actors: givers, recipients: findSubject(view, participants, candidate.predicate) };
  }
  if (candidate.say) {
    // "..., said Foreign Minister Sergey Ivanov": the speaker follows a trailing verb of saying.
    const previous = view.words[candidate.trigger.start - 1];
    const following = participants.find((participant) => participant.start >= candidate.trigger.end && participant.start <= candidate.trigger.end + 2 && participant.preposition === null);
    if (following && (previous === ',' || previous === '"' || previous === '”' || previous === "'")) return { actors: coordinatedRight(view, participants, participants.indexOf(following)), recipients: [] };
    if (isPassive(view, candidate.predicate)) return { actors: findByAgent(view, participants, candidate.trigger.end), recipients: [] };
    return { actors: findSubject(view, participants, candidate.predicate), recipients: [] };
  }
  if (isPassive(view, candidate.predicate)) {
    return { actors: findByAgent(view, participants, candidate.trigger.end), recipients: findSubject(view, participants, candidate.predicate) };
  }
  return { actors: findSubject(view, participants, candidate.predicate), recipients: findObjects(view, participants, candidate.trigger.end, { allowDirect: true, prepositions: VERB_PREPOSITIONS, force }) };
}

function frameRoles(view: SentenceView, participants: readonly Participant[], candidate: EventCandidate, type: EventType): { actors: Participant[]; recipients: Participant[] } {
  const named = candidate.actorRange ? participantsIn(view, participants, candidate.actorRange.start, candidate.actorRange.end) : [];
  const actors = named.length > 0 ? named : findSubject(view, participants, candidate.predicate);
  if (candidate.frameObject) return { actors, recipients: participantsIn(view, participants, candidate.frameObject.start, candidate.frameObject.end) };
  const complement = candidate.complement;
  if (complement) {
    const inner = complement.pos === 'noun'
      ? nominalRoles(view, participants, complement, FORCE_TYPES.has(type))
      : verbalRoles(view, participants, complement, FORCE_TYPES.has(type));
    return { actors, recipients: inner.recipients.filter((recipient) => !actors.includes(recipient)) };
  }
  return { actors, recipients: findObjects(view, participants, candidate.trigger.end, { allowDirect: true, prepositions: VERB_PREPOSITIONS, force: false }) };
}

/** The place an event happened: a place named after "in", "at", "near" in the clause, nearest after the trigger. */
function findLocation(view: SentenceView, participants: readonly Participant[], candidate: EventCandidate, actors: readonly Participant[], recipients: readonly Participant[]): Participant | undefined {
  const end = objectWindowEnd(view, candidate.trigger.end, 16);
  // One pass over the places, in text order: the first after the trigger wins; else the last before it in the same clause.
  let before: Participant | undefined;
  for (const participant of participants) {
    if (!participant.isPlace || participant.preposition === null || !GRAMMAR.locationPrepositions.has(participant.preposition) || participant.start >= end) continue;
    if (actors.includes(participant) || recipients.includes(participant)) continue;
    if (participant.start >= candidate.trigger.end) return participant;
    if (participant.end <= candidate.trigger.start && !hasBreakBetween(view, participant.end, candidate.trigger.start)) before = participant;
  }
  return before;
}

function hasBreakBetween(view: SentenceView, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const word = view.words[at]!;
    if (GRAMMAR.clauseBreaks.has(word) || word === ',') return true;
  }
  return false;
}

const NO_PARTICIPANTS: readonly Participant[] = [];

/** The participants in order, each start once, leaving out those starting where an excluded one does. Plain loops: a list holds a few. */
function distinct(participants: readonly Participant[], exclude: readonly Participant[] = NO_PARTICIPANTS): Participant[] {
  const result: Participant[] = [];
  for (const participant of participants) {
    if (startsWithAny(exclude, participant.start) || startsWithAny(result, participant.start)) continue;
    result.push(participant);
  }
  return result;
}

function startsWithAny(participants: readonly Participant[], start: number): boolean {
  for (const participant of participants) if (participant.start === start) return true;
  return false;
}

/** Who acts, who is acted upon, and where, for one event mention. */
export function assignRoles(view: SentenceView, participants: readonly Participant[], candidate: EventCandidate, type: EventType): Roles {
  const force = FORCE_TYPES.has(type);
  let { actors, recipients } = candidate.frame
    ? frameRoles(view, participants, candidate, type)
    : candidate.pos === 'noun' ? nominalRoles(view, participants, candidate, force) : verbalRoles(view, participants, candidate, force);
  if (candidate.merged) {
    const nominal = nominalRoles(view, participants, candidate.merged, force);
    if (actors.length === 0) actors = nominal.actors;
    recipients = recipients.filter((participant) => !actors.includes(participant));
    if (recipients.length === 0) recipients = nominal.recipients.filter((participant) => !actors.includes(participant));
  }
  actors = distinct(actors);
  recipients = distinct(recipients, actors);
  const location = findLocation(view, participants, candidate, actors, recipients)
    ?? (candidate.merged ? findLocation(view, participants, candidate.merged, actors, recipients) : undefined);
  // Every Roles has the same three fields, so that its readers see one shape.
  return { actors, recipients, location };
}
