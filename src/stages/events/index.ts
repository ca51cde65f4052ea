import { withLayers, type Doc } from '../../doc/doc.ts';
import type { ActorRef, EventType, NewsEvent } from '../../doc/schema/event.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import type { Stage } from '../../stage.ts';
import { assignRoles, type Roles } from './assign-roles.ts';
import { attributeEvent, type SayingSource } from './attribution.ts';
import type { EventCandidate } from './candidate.ts';
import { cameoRoot, lookupCameo } from './cameo.ts';
import { clusterEvents } from './clusters.ts';
import { dateEvent } from './event-date.ts';
import { findCandidates } from './find-candidates.ts';
import type { TriggerContext } from './find-triggers.ts';
import { frameCode } from './frames.ts';
import { GRAMMAR } from './lexicon.ts';
import { upgradeInstrument } from './instruments.ts';
import { makesPreviousConditional, readModality, type Modality } from './modality.ts';
import { findParticipants, mentionsBySentence, type MentionRef, type Participant } from './participants.ts';
import { buildSentenceViews, charSpanOf, tokenRangeOf, type SentenceView } from './sentence-view.ts';
import { statementsFromQuotes } from './statements.ts';

function toActorRef(view: SentenceView, participant: Participant): ActorRef {
  const { entity } = participant;
  const country = participant.country ?? entity?.country;
  const sector = participant.sector ?? entity?.sector;
  const actorCode = entity?.actorCode ?? (country ? `${country}${sector ?? ''}` : undefined);
  // Built field by field, in the output's key order, rather than with conditional spreads: one
  // object per actor instead of four.
  const ref: Mutable<ActorRef> = { entity: entity?.id ?? null, name: participant.name };
  if (country) ref.country = country;
  if (sector) ref.sector = sector;
  if (actorCode) ref.actorCode = actorCode;
  ref.start = view.tokens[participant.start]!.start;
  ref.end = view.tokens[participant.end - 1]!.end;
  return ref;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Coded {
  readonly cameo: string;
  readonly type: EventType;
  readonly mode: string | undefined;
  readonly rule: string;
}

/** Codes that already say where or how a meeting took place: a third-party reading does not override them. */
const MEETING_CODES: ReadonlySet<string> = new Set(['041', '042', '043', '044']);

/** The final code: a negated future of one's own cooperation is a refusal (CAMEO 12); named weapons refine force. */
function codeEvent(view: SentenceView, candidate: EventCandidate, roles: Roles, modality: Modality): Coded {
  let cameo = candidate.cameo;
  let rule = candidate.rule;
  let mode = candidate.mode;
  let plover = candidate.plover;
  if (modality.refusal && Number(cameoRoot(cameo)) >= 3 && Number(cameoRoot(cameo)) <= 8) {
    cameo = frameCode('reject', cameo, candidate.frame !== undefined);
    rule = `${rule}+refusal`;
    mode = undefined;
    plover = undefined;
  }
  if (lookupCameo(cameo).plover === 'CONSULT' && !MEETING_CODES.has(cameo) && !plover && isThirdPartyMeeting(roles)) {
    cameo = '044';
    mode = undefined;
    rule = `${rule}+third-party`;
  }
  const upgraded = upgradeInstrument(view, candidate, roles, cameo);
  if (upgraded) {
    cameo = upgraded.cameo;
    mode = upgraded.mode;
    rule = `${rule}+instrument`;
  }
  const code = lookupCameo(cameo);
  const finalMode = mode ?? code.mode;
  // mode always present (undefined when there is none): one shape for every coded event.
  return { cameo, type: plover ?? code.plover, mode: finalMode || undefined, rule };
}

/**
 * "Delegations from Valdoria and Ostrava met in Geneva": a meeting in a place that is none of the
 * parties' own is held at a third location (CAMEO 044, PLOVER third-party). Every party must be
 * known to differ from the place.
 */
function isThirdPartyMeeting(roles: Roles): boolean {
  const place = roles.location;
  const parties = [...roles.actors, ...roles.recipients];
  if (!place || parties.length < 2) return false;
  return parties.every((party) => {
    const country = party.country ?? party.entity?.country;
    if (country && place.country) return country !== place.country;
    const home = party.entity ?? party.origin ?? null;
    return home !== null && place.entity !== null && home.id !== place.entity.id && (home.type === 'GPE' || home.type === 'NORP');
  });
}

/** "..., officials said" or "Officials said ...": verbs of saying name the voice the rest of the sentence is in. */
function sayingSources(view: SentenceView, candidates: readonly EventCandidate[], rolesOf: readonly Roles[]): SayingSource[] {
  const sources: SayingSource[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index]!;
    if (!candidate.say) continue;
    const speaker = rolesOf[index]!.actors[0];
    if (!speaker) continue;
    const trigger = charSpanOf(view, candidate.trigger.start, candidate.trigger.end);
    let beforeSpeaker = speaker.start - 1;
    while (beforeSpeaker >= 0 && GRAMMAR.determiners.has(view.words[beforeSpeaker]!)) beforeSpeaker -= 1;
    const trailing = speaker.start > candidate.trigger.start || view.words[candidate.trigger.start - 1] === ',' || view.words[beforeSpeaker] === ',';
    sources.push({ trigger, entity: speaker.entity?.id ?? null, name: speaker.name, trailing });
  }
  return sources;
}

const IN_NAME = 1;
const ENDS_MODIFIER = 2;

/**
 * Which tokens are inside names, end a nationality adjective, or are capitalised: the trigger
 * finder's view of names. A class rather than closures: one is made for every sentence.
 */
class SentenceNames implements TriggerContext {
  // Names are read only when a trigger form is met, which most sentences need once or twice:
  // one flag byte per token (IN_NAME, ENDS_MODIFIER) rather than two sets per sentence.
  private flags: Uint8Array | undefined;
  private titleCase: boolean | undefined;

  constructor(
    private readonly doc: Doc,
    private readonly view: SentenceView,
    private readonly mentions: readonly MentionRef[],
  ) {}

  private readNames(): Uint8Array {
    const flags = new Uint8Array(this.view.tokens.length);
    for (const mention of this.mentions) {
      if (mention.kind !== 'name') continue;
      const range = tokenRangeOf(this.view, mention);
      if (!range) continue;
      for (let at = range.start; at < range.end; at += 1) flags[at]! |= IN_NAME;
      if (mention.entity.type === 'NORP') flags[range.end - 1]! |= ENDS_MODIFIER;
    }
    this.flags = flags;
    return flags;
  }

  isInName(at: number): boolean {
    return ((this.flags ?? this.readNames())[at]! & IN_NAME) !== 0;
  }

  isAfterModifier(at: number): boolean {
    return ((this.flags ?? this.readNames())[at]! & ENDS_MODIFIER) !== 0;
  }

  // Capitals are read only where a trigger form stands, so they are computed on demand.
  isCapitalised(at: number): boolean {
    const token = this.view.tokens[at];
    if (!token) return false;
    const first = this.doc.analysisText[token.start]!;
    return first !== first.toLowerCase() && first === first.toUpperCase();
  }

  isTitleCase(): boolean {
    if (this.titleCase === undefined) {
      let words = 0;
      let capitalised = 0;
      for (let at = 0; at < this.view.tokens.length; at += 1) {
        if (this.view.tokens[at]!.kind !== 'word') continue;
        words += 1;
        if (this.isCapitalised(at)) capitalised += 1;
      }
      this.titleCase = words >= 3 && capitalised / words >= 0.6;
    }
    return this.titleCase;
  }
}

/** "I can also say": a verb of saying inside a quotation is the speaker's aside, not a statement of its own. */
function isSayingInsideQuote(view: SentenceView, candidate: EventCandidate, quotes: readonly Quote[]): boolean {
  if (!candidate.say || candidate.frame) return false;
  const start = view.tokens[candidate.trigger.start]!.start;
  return quotes.some((quote) => quote.start <= start && start < quote.end);
}

const NO_QUOTES: readonly Quote[] = [];

/**
 * The quotes that reach into each sentence (by their words or by their cue), in the order given:
 * only they can hold or cue its events. Each quote finds its sentences by binary search, rather than
 * every sentence testing every quote, which grew with the square of a long article's length.
 */
function quotesBySentence(views: readonly SentenceView[], quotes: readonly Quote[]): (readonly Quote[])[] {
  const grouped: Quote[][] = [];
  for (let index = 0; index < views.length; index += 1) grouped.push([]);
  for (const quote of quotes) {
    addToSentences(views, grouped, quote, quote.start, quote.end);
    if (quote.cue !== null) addToSentences(views, grouped, quote, quote.cue.start, quote.cue.end);
  }
  return grouped.map((group) => (group.length === 0 ? NO_QUOTES : group));
}

/** Adds the quote to every sentence that [start, end) overlaps, once each. */
function addToSentences(views: readonly SentenceView[], grouped: Quote[][], quote: Quote, start: number, end: number): void {
  // The first sentence ending after `start`: sentences are in text order and do not overlap.
  let low = 0;
  let high = views.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (views[middle]!.sentence.end <= start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < views.length; index += 1) {
    const sentence = views[index]!.sentence;
    if (sentence.start >= end) break;
    const group = grouped[index]!;
    if (start < sentence.end && end > sentence.start && group[group.length - 1] !== quote) group.push(quote);
  }
}

function eventsOfSentence(doc: Doc, view: SentenceView, mentions: readonly MentionRef[], quotes: readonly Quote[], conditional: boolean): NewsEvent[] {
  const found = findCandidates(view, new SentenceNames(doc, view, mentions));
  if (found.length === 0) return [];
  const candidates = quotes.length === 0 ? found : found.filter((candidate) => !isSayingInsideQuote(view, candidate, quotes));
  if (candidates.length === 0) return [];
  // Participants are read only for sentences that hold an event: most of the cost of a sentence.
  const participants = findParticipants(doc, view, mentions);
  // Roles by candidate position: the candidates of a sentence are few.
  const rolesOf: Roles[] = [];
  for (const candidate of candidates) {
    const type = candidate.plover ?? lookupCameo(candidate.cameo).plover;
    rolesOf.push(assignRoles(view, participants, candidate, type));
  }
  const sayings = sayingSources(view, candidates, rolesOf);
  return candidates.map((candidate, index) => {
    const roles = rolesOf[index]!;
    const modality = readModality(view, candidate, candidates);
    const coded = codeEvent(view, candidate, roles, modality);
    const refusal = coded.rule.endsWith('+refusal') || coded.rule.includes('+refusal+');
    const trigger = charSpanOf(view, candidate.trigger.start, candidate.trigger.end);
    const isStatement = coded.type === 'STATEMENT' || coded.type === 'APPEAL';
    const { attributedTo, quote } = attributeEvent(trigger, quotes, sayings, isStatement);
    const date = dateEvent(doc, trigger, view.sentence);
    let recipients = roles.recipients;
    if (coded.mode === 'visit' && recipients.length === 0 && roles.location) recipients = [roles.location];
    const location = roles.location && !recipients.includes(roles.location) ? roles.location : undefined;
    const code = lookupCameo(coded.cameo);
    // Built field by field in the output's key order (optional fields only when present), rather
    // than with conditional spreads, which allocate a throwaway object for each. The id and the
    // cluster are written in place once every event of the article is found.
    const event = { id: '', cluster: '', type: coded.type } as Mutable<NewsEvent>;
    if (coded.mode) event.mode = coded.mode;
    event.cameo = coded.cameo;
    event.quadClass = code.quadClass;
    event.goldstein = code.goldstein;
    event.actors = roles.actors.map((participant) => toActorRef(view, participant));
    event.recipients = recipients.map((participant) => toActorRef(view, participant));
    event.trigger = trigger;
    event.sentence = { start: view.sentence.start, end: view.sentence.end };
    if (date) event.date = date;
    if (location) {
      const place: Mutable<NonNullable<NewsEvent['location']>> = { start: view.tokens[location.start]!.start, end: view.tokens[location.end - 1]!.end, name: location.name, entity: location.entity?.id ?? null };
      if (location.country) place.country = location.country;
      event.location = place;
    }
    event.negated = modality.negated && !refusal;
    event.planned = modality.planned && !refusal;
    event.hypothetical = modality.hypothetical || conditional;
    event.reported = attributedTo !== 'author';
    event.attributedTo = attributedTo;
    if (quote) event.quote = quote;
    event.rule = coded.rule;
    return event;
  });
}

/** Finds every event mention, codes it, and groups mentions of one event into clusters. */
export function findEvents(doc: Doc): NewsEvent[] {
  const views = buildSentenceViews(doc);
  const mentions = mentionsBySentence(doc, views);
  const quotes = [...doc.quotes].sort((a, b) => a.start - b.start);
  const quotesOf = quotesBySentence(views, quotes);
  const found: NewsEvent[] = [];
  for (let index = 0; index < views.length; index += 1) {
    const view = views[index]!;
    const conditional = index + 1 < views.length && makesPreviousConditional(views[index + 1]!);
    for (const event of eventsOfSentence(doc, view, mentions[index]!, quotesOf[index]!, conditional)) found.push(event);
  }
  const covered = found.map((event) => event.trigger).sort((a, b) => a.start - b.start);
  const isCovered = (cue: { start: number; end: number }) => {
    // The last trigger starting before the cue ends is the only one that can overlap it (triggers do not overlap).
    let low = 0;
    let high = covered.length - 1;
    let candidate = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (covered[middle]!.start < cue.end) {
        candidate = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return candidate >= 0 && covered[candidate]!.end > cue.start;
  };
  // The halves of a split quote and the quotes that continue a speaker's turn share one cue: one statement each cue.
  const seenCues = new Set<string>();
  const cuedQuotes = quotes.filter((quote) => {
    if (!quote.cue || isCovered(quote.cue)) return false;
    const key = `${quote.cue.start}:${quote.cue.end}`;
    if (seenCues.has(key)) return false;
    seenCues.add(key);
    return true;
  });
  for (const event of statementsFromQuotes(doc, cuedQuotes, views)) found.push(event);
  found.sort((a, b) => a.trigger.start - b.trigger.start);
  // The events were made here and are not shared yet: numbered in place rather than copied.
  for (let index = 0; index < found.length; index += 1) (found[index] as Mutable<NewsEvent>).id = `v${index + 1}`;
  return clusterEvents(found);
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'mentions', 'times', 'quotes'],
  assigns: ['events'],
  run: (doc: Doc): Doc => withLayers(doc, { events: findEvents(doc) }),
};
