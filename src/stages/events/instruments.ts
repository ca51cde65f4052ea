import eventAgents from '../../lexicons/event-agents.json' with { type: 'json' };
import type { Roles } from './assign-roles.ts';
import type { EventCandidate } from './candidate.ts';
import { objectWindowEnd } from './find-triggers.ts';
import { phraseNounForms } from './inflect.ts';
import type { SentenceView } from './sentence-view.ts';

interface Instrument {
  readonly sequences: readonly (readonly string[])[];
  readonly cameo: string;
  readonly mode: string;
}

const INSTRUMENTS: readonly Instrument[] = eventAgents.instruments.map((instrument) => ({
  sequences: instrument.words.flatMap((word) => phraseNounForms(word)),
  cameo: instrument.cameo,
  mode: instrument.mode,
}));

/** Codes that say force was used without saying how; a named weapon makes them specific. */
const GENERIC_FORCE = new Set(['18', '180', '19', '190', '1823', '182']);

function containsSequence(words: readonly string[], sequence: readonly string[]): boolean {
  for (let at = 0; at + sequence.length <= words.length; at += 1) {
    let matches = true;
    for (let offset = 0; offset < sequence.length && matches; offset += 1) matches = words[at + offset] === sequence[offset];
    if (matches) return true;
  }
  return false;
}

/** "Warplanes attacked", "killed by tank shelling": the weapon named near a generic use of force gives its CAMEO code and PLOVER mode. */
/** Every word that begins an instrument name: a sentence without one needs no closer look. */
const FIRST_WORDS: ReadonlySet<string> = new Set(INSTRUMENTS.flatMap((instrument) => instrument.sequences.map((sequence) => sequence[0]!)));

export function upgradeInstrument(view: SentenceView, candidate: EventCandidate, roles: Roles, cameo: string): { cameo: string; mode: string } | undefined {
  if (!GENERIC_FORCE.has(cameo) || !view.words.some((word) => FIRST_WORDS.has(word))) return undefined;
  const actorWords = roles.actors.flatMap((actor) => view.words.slice(actor.start, actor.end));
  const from = Math.max(0, candidate.trigger.start - 2);
  const windowWords = view.words.slice(from, objectWindowEnd(view, candidate.trigger.end, 10));
  for (const instrument of INSTRUMENTS) {
    if (instrument.sequences.some((sequence) => containsSequence(actorWords, sequence) || containsSequence(windowWords, sequence))) {
      return { cameo: instrument.cameo === '182' && !cameo.startsWith('18') ? cameo : instrument.cameo, mode: instrument.mode };
    }
  }
  return undefined;
}
