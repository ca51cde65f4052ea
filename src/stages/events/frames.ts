import eventFrames from '../../lexicons/event-frames.json' with { type: 'json' };
import { completeCandidate, inTextOrder, type EventCandidate, type TokenRange } from './candidate.ts';
import { isConflictCode } from './cameo.ts';
import { isClauseBreak } from './find-triggers.ts';
import { nounForms, phraseVerbForms } from './inflect.ts';
import { GRAMMAR } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';
import { WordFilter } from './word-filter.ts';

interface FrameDefinition {
  readonly name: string;
  readonly absorbs: boolean;
  readonly own: string;
  readonly withObject?: string;
  readonly withoutObject?: string;
  readonly conflictFrame: string;
  readonly map: Readonly<Record<string, string>>;
}

type FrameWordKind = 'verb' | 'adjective' | 'noun';

export interface FrameWord {
  readonly frame: FrameDefinition;
  readonly kind: FrameWordKind;
  readonly start: number;
  readonly end: number;
}

interface RawFrame {
  absorbs: boolean;
  own: string;
  verbs: string[];
  adjectives: string[];
  nouns: string[];
  withObject?: string;
  withoutObject?: string;
  conflictFrame: string;
  map: Record<string, string>;
}

const FRAMES: ReadonlyMap<string, FrameDefinition> = new Map(
  Object.entries(eventFrames.frames as Record<string, RawFrame>).map(([name, raw]) => [name, {
    name, absorbs: raw.absorbs, own: raw.own, conflictFrame: raw.conflictFrame, map: raw.map,
    ...(raw.withObject ? { withObject: raw.withObject } : {}), ...(raw.withoutObject ? { withoutObject: raw.withoutObject } : {}),
  }]),
);

const FRAME_FORMS: ReadonlyMap<string, readonly { sequence: readonly string[]; frame: FrameDefinition; kind: FrameWordKind }[]> = (() => {
  const index = new Map<string, { sequence: readonly string[]; frame: FrameDefinition; kind: FrameWordKind }[]>();
  const add = (sequence: readonly string[], frame: FrameDefinition, kind: FrameWordKind) => {
    const list = index.get(sequence[0]!) ?? [];
    list.push({ sequence, frame, kind });
    index.set(sequence[0]!, list);
  };
  for (const [name, raw] of Object.entries(eventFrames.frames as Record<string, RawFrame>)) {
    const frame = FRAMES.get(name)!;
    for (const verb of raw.verbs) for (const sequence of phraseVerbForms(verb)) add(sequence, frame, 'verb');
    for (const adjective of raw.adjectives) add([adjective], frame, 'adjective');
    for (const noun of raw.nouns) for (const form of nounForms(noun)) add([form], frame, 'noun');
  }
  for (const list of index.values()) list.sort((a, b) => b.sequence.length - a.sequence.length);
  return index;
})();

const FRAME_FILTER = new WordFilter(FRAME_FORMS.keys());

/** Objects that only say a complement follows ("asked to", "pressure into"), which the frame reads itself. */
const FUNCTION_OBJECTS = new Set(['to', 'for', 'into', 'with', 'on']);

/** How far an appeal's addressee may stretch between the verb and "to": "urged the Syrian government to...". */
const FRAME_OBJECT_REACH = 12;

/** The frame words of a sentence, left to right: found once per sentence, before the trigger rules run. */
export function frameWordsIn(view: SentenceView): FrameWord[] {
  const found: FrameWord[] = [];
  for (let at = 0; at < view.words.length; at += 1) {
    const word = view.words[at]!;
    if (!FRAME_FILTER.mayHold(word)) continue;
    const forms = FRAME_FORMS.get(word);
    if (forms === undefined) continue;
    const match = firstMatchingForm(view.words, at, forms);
    if (!match) continue;
    found.push({ frame: match.frame, kind: match.kind, start: at, end: at + match.sequence.length });
    at += match.sequence.length - 1;
  }
  return found;
}

/** The CAMEO code a frame gives its complement: the longest matching prefix of the complement's code. */
export function frameCode(frameName: string, complementCameo: string, complementIsFrame: boolean): string {
  const frame = FRAMES.get(frameName);
  if (!frame) throw new Error(`Unknown event frame ${frameName}.`);
  if (complementIsFrame) return frame.own;
  // Investigating (09) is verbal: an appeal to investigate is an appeal, not a demand for force.
  const forceful = isConflictCode(complementCameo) && !complementCameo.startsWith('09');
  const table = forceful ? FRAMES.get(frame.conflictFrame) ?? frame : frame;
  for (let length = complementCameo.length; length >= 0; length -= 1) {
    const code = table.map[complementCameo.slice(0, length)];
    if (code) return code;
  }
  return table.own;
}

function skipAdverbs(view: SentenceView, at: number): number {
  let position = at;
  while (position < view.words.length && (GRAMMAR.adverbs.has(view.words[position]!) || view.words[position]!.endsWith('ly'))) position += 1;
  return position;
}

/** The event that a frame word's "to" introduces: "to lift the ban", "to hold talks", "to a ceasefire". */
function complementAfter(view: SentenceView, candidates: readonly EventCandidate[], at: number, verbOnly = false): EventCandidate | undefined {
  const start = skipAdverbs(view, at);
  const direct = candidates.find((candidate) => candidate.trigger.start === start || candidate.lightVerb === start);
  if (direct || verbOnly) return direct;
  // "agreed to a ceasefire", "calls for sanctions": a nominal event within a short noun phrase.
  for (let position = start; position < Math.min(view.words.length, start + 5); position += 1) {
    const word = view.words[position]!;
    if (isClauseBreak(word) || GRAMMAR.subordinators.has(word) || word === ',') return undefined;
    const nominal = candidates.find((candidate) => candidate.pos === 'noun' && candidate.trigger.start === position);
    if (nominal) return nominal;
  }
  return undefined;
}

interface FrameReading {
  readonly frameName: string;
  readonly complement?: EventCandidate;
  readonly frameObject?: TokenRange;
}

function readFrame(view: SentenceView, candidates: readonly EventCandidate[], word: FrameWord): FrameReading | undefined {
  const { frame, kind } = word;
  const next = view.words[word.end];
  // "considering sending troops", "the possibility of transferring helicopters": a gerund complement.
  const gerundAt = next === 'of' && kind === 'noun' ? word.end + 1 : word.end;
  const gerund = candidates.find((candidate) => candidate.trigger.start === gerundAt && view.words[gerundAt]!.endsWith('ing'));
  if (gerund && kind !== 'adjective') return { frameName: frame.name, complement: gerund };
  if (kind === 'adjective' || kind === 'noun') {
    if (next !== 'to' && !(kind === 'noun' && next === 'for')) return undefined;
    const complement = complementAfter(view, candidates, word.end + 1);
    // "is ready to contribute to the normalisation": the readiness itself is the event.
    return complement ? { frameName: frame.name, complement } : next === 'to' && kind === 'adjective' ? { frameName: frame.name } : undefined;
  }
  if (next === 'on' || next === 'for') {
    const complement = complementAfter(view, candidates, word.end + 1);
    return complement ? { frameName: frame.withoutObject ?? frame.name, complement } : undefined;
  }
  for (let position = word.end; position < Math.min(view.words.length, word.end + FRAME_OBJECT_REACH); position += 1) {
    const current = view.words[position]!;
    if (current === 'to') {
      const complement = complementAfter(view, candidates, position + 1);
      if (!complement) return undefined;
      if (position === word.end) return { frameName: frame.withoutObject ?? frame.name, complement };
      return { frameName: frame.withObject ?? frame.name, complement, frameObject: { start: word.end, end: position } };
    }
    if (current === '(') {
      const close = view.words.indexOf(')', position);
      if (close > position && close - position <= 5) {
        position = close;
        continue;
      }
    }
    if (isClauseBreak(current) || current === ',' || GRAMMAR.subordinators.has(current) || current === '.') return undefined;
    if (candidates.some((candidate) => candidate.trigger.start === position)) return undefined;
  }
  return undefined;
}

/** The first form whose words stand at `at` (forms come longest first). Plain loops: this runs for every word of every sentence. */
function firstMatchingForm<Form extends { readonly sequence: readonly string[] }>(words: readonly string[], at: number, forms: readonly Form[]): Form | undefined {
  for (const form of forms) {
    let matches = true;
    for (let offset = 0; offset < form.sequence.length && matches; offset += 1) matches = words[at + offset] === form.sequence[offset];
    if (matches) return form;
  }
  return undefined;
}

/**
 * Applies frames right to left, so that nested frames ("urged France to press the US to lift
 * sanctions") resolve inside out: an absorbing frame replaces its complement with one event coded
 * through the frame's map; a frame that does not absorb marks its complement hypothetical.
 */
export function applyFrames(view: SentenceView, input: readonly EventCandidate[], frameWords: readonly FrameWord[] = frameWordsIn(view)): EventCandidate[] {
  let candidates = [...input];
  const words = [...frameWords].reverse();
  for (const word of words) {
    const atWord = candidates.find((candidate) => candidate.trigger.start === word.start);
    // A pattern that names its object ("declined to comment", "accepted an invitation") has already coded the frame word.
    if (namesContent(view, atWord) || candidates.some((candidate) => candidate.objectAt === word.start)) continue;
    const reading = readFrame(view, candidates, word);
    if (!reading) continue;
    const frame = FRAMES.get(reading.frameName)!;
    const complement = reading.complement;
    if (!complement) {
      if (!atWord) candidates.push(frameEvent(view, word, frame.own, frame.name, undefined, undefined, `frame:${frame.name}`));
      continue;
    }
    if (complement.say) continue;
    if (!frame.absorbs) {
      candidates = candidates.map((candidate) => (candidate === complement ? completeCandidate({ ...candidate, hypothetical: true }) : candidate));
      if (!atWord) candidates.push(frameEvent(view, word, frame.own, frame.name, undefined, undefined, 'frame:' + frame.name));
      continue;
    }
    const cameo = frameCode(reading.frameName, complement.cameo, complement.frame !== undefined);
    const event = frameEvent(view, word, cameo, reading.frameName, complement, reading.frameObject, `frame:${reading.frameName}(${complement.rule})`);
    candidates = candidates.filter((candidate) => candidate !== complement && candidate !== atWord);
    candidates.push(event);
  }
  return inTextOrder(candidates);
}

function namesContent(view: SentenceView, candidate: EventCandidate | undefined): boolean {
  return candidate?.objectAt !== undefined && !FUNCTION_OBJECTS.has(view.words[candidate.objectAt]!);
}

function frameEvent(view: SentenceView, word: FrameWord, cameo: string, frameName: string, complement: EventCandidate | undefined, frameObject: TokenRange | undefined, rule: string): EventCandidate {
  return completeCandidate({
    sentence: view.index,
    trigger: { start: word.start, end: word.end },
    pos: word.kind === 'verb' ? 'verb' : 'noun',
    cameo,
    reverse: false,
    say: false,
    predicate: word.start,
    frame: frameName,
    complement,
    frameObject,
    hypothetical: false,
    rule,
  });
}

/** How far a reported clause's subject may stretch: "said the Sri Lankan government must ...". */
const REPORTED_SUBJECT_REACH = 8;

/** Skips a time adverbial and "that" after a verb of saying: "said Thursday that". */
function reportedClauseStart(view: SentenceView, at: number): number {
  let position = at;
  // "told Danek that ...": the addressee of a verb of telling stands before "that".
  const that = view.words.indexOf('that', at);
  if (that > at && that - at <= 4 && !view.words.slice(at, that).some((word) => isClauseBreak(word) || word === ',')) position = that;
  while (position < view.words.length && position < at + 4 && /^(that|on|yesterday|today|here|\p{L}+day)$/u.test(view.words[position]!)) position += 1;
  return position;
}

/** The modal of a reported clause and where it stands: "[Ethiopia] would", "[the rebels] will not", "[Israel] must". */
function reportedModal(view: SentenceView, from: number): { modal: string; at: number } | undefined {
  for (let position = from; position < Math.min(view.words.length, from + REPORTED_SUBJECT_REACH); position += 1) {
    const word = view.words[position]!;
    if (GRAMMAR.futureWords.has(word) || word === 'would' || word === 'must' || word === 'should' || (word === 'had' || word === 'have') && position > from) {
      return { modal: word, at: position };
    }
    if (isClauseBreak(word) || word === ',' || word === '.' || (position > from && GRAMMAR.subordinators.has(word))) return undefined;
    if (GRAMMAR.auxiliaries.has(word) || GRAMMAR.beForms.has(word)) return undefined;
  }
  return undefined;
}

/** "claim" with a past perfect complement is a claim of responsibility: "claimed that they had attacked". */
const CLAIM_FORMS = new Set(['claim', 'claims', 'claimed', 'claiming', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledged', 'acknowledges']);

/**
 * A speaker's report of what someone will, must or should do is coded as what it is, as CAMEO does:
 * "the rebels said they will release the pilots" is an intent (03; a threat, 13, for force);
 * "will not" a refusal (12); "said Israel must end attacks" a demand (10); "should" an appeal (02);
 * "claimed they had attacked" a claim of responsibility (015).
 */
export function applySaidIntents(view: SentenceView, input: readonly EventCandidate[]): EventCandidate[] {
  let candidates = [...input];
  for (const say of input.filter((candidate) => candidate.say)) {
    const clause = reportedClauseStart(view, say.trigger.end);
    const found = reportedModal(view, clause);
    if (!found) continue;
    let at = found.at + 1;
    let negated = false;
    if (GRAMMAR.negations.has(view.words[at] ?? '') || view.words[at] === "n't") {
      negated = true;
      at += 1;
    }
    while (at < view.words.length && (view.words[at] === 'be' || view.words[at] === 'first' || GRAMMAR.adverbs.has(view.words[at]!))) at += 1;
    // A modal is followed by a verb: the complement is the event that verb (or its light object) names.
    const complement = complementAfter(view, candidates, at, true);
    if (complement?.say) continue;
    let frameName: string;
    if (found.modal === 'had' || found.modal === 'have') {
      if (!CLAIM_FORMS.has(view.words[say.trigger.start]!) || !complement) continue;
      candidates = replaceWith(candidates, say, complement, completeCandidate({ ...say, cameo: '015', say: false, rule: `claimed-responsibility(${complement.rule})` }));
      continue;
    }
    if (found.modal === 'must') frameName = 'demand';
    else if (found.modal === 'should') frameName = 'appeal';
    else frameName = negated ? 'reject' : 'intent';
    if (!complement) {
      if (frameName === 'demand' || frameName === 'appeal') {
        const own = frameCode(frameName, '010', true);
        candidates = replaceWith(candidates, say, undefined, completeCandidate({ ...say, cameo: own, say: false, frame: frameName, frameObject: { start: clause, end: found.at }, rule: `said-${frameName}` }));
      }
      continue;
    }
    const cameo = frameCode(frameName, complement.cameo, complement.frame !== undefined);
    const subject = { start: clause, end: found.at };
    const pronounSubject = found.at === clause + 1 && GRAMMAR.pronouns.has(view.words[clause]!);
    const addressed = frameName === 'demand' || frameName === 'appeal';
    // The statement stays a statement; the act it announces is recoded where the text names it
    // ("told Danek that Ostrava would suspend the talks": a threat triggered by "suspend").
    const event: EventCandidate = completeCandidate({
      ...complement,
      plover: undefined,
      mode: undefined,
      cameo,
      frame: frameName,
      complement,
      predicate: say.predicate,
      hypothetical: false,
      rule: `said-${frameName}(${complement.rule})`,
      ...(addressed ? { frameObject: subject } : pronounSubject || found.at === clause ? {} : { actorRange: subject }),
    });
    candidates = [...candidates.filter((candidate) => candidate !== complement), event];
  }
  return inTextOrder(candidates);
}

function replaceWith(candidates: readonly EventCandidate[], say: EventCandidate, complement: EventCandidate | undefined, event: EventCandidate): EventCandidate[] {
  return [...candidates.filter((candidate) => candidate !== complement && candidate !== say), event];
}
