import type { EventType } from '../../doc/schema/event.ts';
import type { TriggerPos } from './lexicon.ts';

/** A token range [start, end) within a sentence view. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/** An event mention as found in one sentence, before its participants and modality are read. Plain data. */
export interface EventCandidate {
  readonly sentence: number;
  readonly trigger: TokenRange;
  readonly pos: TriggerPos;
  readonly cameo: string;
  readonly plover?: EventType;
  readonly mode?: string;
  readonly reverse: boolean;
  readonly say: boolean;
  /** The verb whose subject is the actor: the trigger itself, a light verb ("held talks") or a frame word. */
  readonly predicate: number;
  /** The light verb governing a nominal trigger. */
  readonly lightVerb?: number;
  /** The token that satisfied the pattern's object constraint. */
  readonly objectAt?: number;
  /** Set when a frame produced the event ("agreed to lift", "urged Iran to release"). */
  readonly frame?: string;
  /** Where the actor is named when it is not the predicate's subject: "said South Africa would give aid". */
  readonly actorRange?: TokenRange;
  /** The noun phrase between a frame word and "to": the addressee of an appeal or demand. */
  readonly frameObject?: TokenRange;
  /** The event a frame absorbed; its recipients become the frame event's. */
  readonly complement?: EventCandidate;
  /** A nominal mention of the same event in the clause ("killed in the IDF airstrikes"), merged into this one. */
  readonly merged?: EventCandidate;
  /** Set by frames that keep their complement apart: "hoped for more talks". */
  readonly hypothetical: boolean;
  /** A negated intent read as a refusal: "will not lift the ban". */
  readonly refusal?: boolean;
  readonly rule: string;
}

/**
 * A candidate with every field present (absent ones undefined) and in one order: candidates pass
 * through a dozen rules per sentence, and when they all share one hidden class those rules stay
 * compiled instead of being recompiled for each new combination of optional fields. The copies
 * the rules make pass through this function again: V8 gives a spread copy a class of its own.
 */
export function completeCandidate(fields: EventCandidate): EventCandidate {
  return {
    sentence: fields.sentence,
    trigger: fields.trigger,
    pos: fields.pos,
    cameo: fields.cameo,
    plover: fields.plover,
    mode: fields.mode,
    reverse: fields.reverse,
    say: fields.say,
    predicate: fields.predicate,
    lightVerb: fields.lightVerb,
    objectAt: fields.objectAt,
    frame: fields.frame,
    actorRange: fields.actorRange,
    frameObject: fields.frameObject,
    complement: fields.complement,
    merged: fields.merged,
    hypothetical: fields.hypothetical,
    refusal: fields.refusal,
    rule: fields.rule,
  };
}

/**
 * Candidates in text order. The rules keep them in order unless they add one, so the list is
 * checked before it is sorted: sorting copies the list, and this runs several times per sentence.
 */
export function inTextOrder(candidates: EventCandidate[]): EventCandidate[] {
  for (let index = 1; index < candidates.length; index += 1) {
    if (candidates[index]!.trigger.start < candidates[index - 1]!.trigger.start) return candidates.sort((a, b) => a.trigger.start - b.trigger.start);
  }
  return candidates;
}
