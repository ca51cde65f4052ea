import eventFrames from '../../lexicons/event-frames.json' with { type: 'json' };
import type { EventCandidate, TokenRange } from './candidate.ts';
import { isConflictCode } from './cameo.ts';
import { isClauseBreak } from './find-triggers.ts';
import { nounForms, phraseVerbForms } from './inflect.ts';
import { GRAMMAR } from './lexicon.ts';
import type { SentenceView } from './sentence-view.ts';

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

interface FrameWord {
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

/** How far an appeal's addressee may stretch between the verb and "to": "urged the Syrian government to...". */
const FRAME_OBJECT_REACH = 7;

function frameWordsIn(view: SentenceView): FrameWord[] {
  const found: FrameWord[] = [];
  for (let at = 0; at < view.words.length; at += 1) {
    const forms = FRAME_FORMS.get(view.words[at]!);
    const match = forms?.find((form) => form.sequence.every((word, offset) => view.words[at + offset] === word));
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
  const table = isConflictCode(complementCameo) ? FRAMES.get(frame.conflictFrame) ?? frame : frame;
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
function complementAfter(view: SentenceView, candidates: readonly EventCandidate[], at: number): EventCandidate | undefined {
  const start = skipAdverbs(view, at);
  const direct = candidates.find((candidate) => candidate.trigger.start === start || candidate.lightVerb === start);
  if (direct) return direct;
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
  if (kind === 'adjective' || kind === 'noun') {
    if (next !== 'to' && !(kind === 'noun' && next === 'for')) return undefined;
    const complement = complementAfter(view, candidates, word.end + 1);
    return complement ? { frameName: frame.name, complement } : undefined;
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
    if (isClauseBreak(current) || current === ',' || GRAMMAR.subordinators.has(current) || current === '.') return undefined;
    if (candidates.some((candidate) => candidate.trigger.start === position)) return undefined;
  }
  return undefined;
}

/**
 * Applies frames right to left, so that nested frames ("urged France to press the US to lift
 * sanctions") resolve inside out: an absorbing frame replaces its complement with one event coded
 * through the frame's map; a frame that does not absorb marks its complement hypothetical.
 */
export function applyFrames(view: SentenceView, input: readonly EventCandidate[]): EventCandidate[] {
  let candidates = [...input];
  const words = frameWordsIn(view).reverse();
  for (const word of words) {
    const reading = readFrame(view, candidates, word);
    if (!reading?.complement) continue;
    const frame = FRAMES.get(reading.frameName)!;
    const complement = reading.complement;
    const atWord = candidates.find((candidate) => candidate.trigger.start === word.start);
    if (!frame.absorbs) {
      candidates = candidates.map((candidate) => (candidate === complement ? { ...candidate, hypothetical: true } : candidate));
      if (!atWord) candidates.push(frameEvent(view, word, frame.own, frame.name, undefined, undefined, 'frame:' + frame.name));
      continue;
    }
    const cameo = frameCode(reading.frameName, complement.cameo, complement.frame !== undefined);
    const event = frameEvent(view, word, cameo, reading.frameName, complement, reading.frameObject, `frame:${reading.frameName}(${complement.rule})`);
    candidates = candidates.filter((candidate) => candidate !== complement && candidate !== atWord);
    candidates.push(event);
  }
  return candidates.sort((a, b) => a.trigger.start - b.trigger.start);
}

function frameEvent(view: SentenceView, word: FrameWord, cameo: string, frameName: string, complement: EventCandidate | undefined, frameObject: TokenRange | undefined, rule: string): EventCandidate {
  return {
    sentence: view.index,
    trigger: { start: word.start, end: word.end },
    pos: word.kind === 'verb' ? 'verb' : 'noun',
    cameo,
    reverse: false,
    say: false,
    predicate: word.start,
    frame: frameName,
    ...(complement ? { complement } : {}),
    ...(frameObject ? { frameObject } : {}),
    hypothetical: false,
    rule,
  };
}

/**
 * "The rebels said they will release the pilots": a speaker announcing its own future action
 * commits to it, which CAMEO codes as an intent (03) or, for force, a threat (13); "will not"
 * makes it a refusal (12).
 */
export function applySaidIntents(view: SentenceView, input: readonly EventCandidate[]): EventCandidate[] {
  let candidates = [...input];
  for (const say of input.filter((candidate) => candidate.say)) {
    let at = say.trigger.end;
    // Skip a time adverbial between the verb and its complement: "said Thursday they will".
    while (at < view.words.length && at < say.trigger.end + 3 && /^(that|on|yesterday|today|\p{L}+day)$/u.test(view.words[at]!) && !GRAMMAR.pronouns.has(view.words[at]!)) at += 1;
    if (!GRAMMAR.pronouns.has(view.words[at] ?? '')) continue;
    at += 1;
    if (!GRAMMAR.futureWords.has(view.words[at] ?? '') && view.words[at] !== 'would') continue;
    at += 1;
    let negated = false;
    if (GRAMMAR.negations.has(view.words[at] ?? '') || view.words[at] === "n't") {
      negated = true;
      at += 1;
    }
    const complement = complementAfter(view, candidates, at);
    if (!complement || complement.say) continue;
    const frameName = negated ? 'reject' : 'intent';
    const cameo = frameCode(frameName, complement.cameo, complement.frame !== undefined);
    const event: EventCandidate = {
      sentence: view.index, trigger: say.trigger, pos: 'verb', cameo, reverse: false, say: false, predicate: say.predicate,
      frame: frameName, complement, hypothetical: false, rule: `said-intent:${frameName}(${complement.rule})`,
    };
    candidates = candidates.filter((candidate) => candidate !== complement && candidate !== say);
    candidates.push(event);
  }
  return candidates.sort((a, b) => a.trigger.start - b.trigger.start);
}
