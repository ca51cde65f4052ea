import cameo from '../../lexicons/cameo.json' with { type: 'json' };
import cameoPlover from '../../lexicons/cameo-plover.json' with { type: 'json' };
import type { EventType } from '../../doc/schema/event.ts';

export type QuadClass = 1 | 2 | 3 | 4;

/** One CAMEO code with everything the output derives from it. */
export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly plover: EventType;
  readonly mode?: string;
}

interface PloverEntry {
  readonly type: string;
  readonly mode?: string;
}

const CODES: Readonly<Record<string, { name: string; goldstein: number }>> = cameo.codes;
const PLOVER: Readonly<Record<string, PloverEntry>> = cameoPlover.codes;

/** The two-digit CAMEO root ("19" for "195"). */
export function cameoRoot(code: string): string {
  return code.slice(0, 2);
}

/** GDELT quad class from the CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict. */
export function quadClassOf(code: string): QuadClass {
  const root = Number(cameoRoot(code));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** CAMEO 09-20 are conflictual; frames code a threat or a demand of them differently from an offer of cooperation. */
export function isConflictCode(code: string): boolean {
  return Number(cameoRoot(code)) >= 9;
}

export function isKnownCameoCode(code: string): boolean {
  return CODES[code] !== undefined;
}

const LOOKED_UP = new Map<string, CameoCode>();

export function lookupCameo(code: string): CameoCode {
  const cached = LOOKED_UP.get(code);
  if (cached) return cached;
  const found = readCameo(code);
  LOOKED_UP.set(code, found);
  return found;
}

function readCameo(code: string): CameoCode {
  const entry = CODES[code];
  const plover = PLOVER[code];
  if (!entry || !plover) throw new Error(`CAMEO code ${code} is used by the event lexicon but missing from lexicons/cameo.json or cameo-plover.json.`);
  return {
    code,
    name: entry.name,
    goldstein: entry.goldstein,
    quadClass: quadClassOf(code),
    plover: plover.type as EventType,
    ...(plover.mode ? { mode: plover.mode } : {}),
  };
}

/** Every code of the codebook, for tests and exports. */
export function allCameoCodes(): string[] {
  return Object.keys(CODES);
}

const PLOVER_SCORES: Readonly<Record<string, number>> = cameoPlover.scores;

/** The PLOVER conflict-cooperation score of a type and mode (the type's own score when the mode has none); undefined for STATEMENT and APPEAL. */
export function ploverScore(type: EventType, mode?: string): number | undefined {
  return (mode !== undefined ? PLOVER_SCORES[`${type}:${mode}`] : undefined) ?? PLOVER_SCORES[type];
}
