import type { ActorRef, NewsEvent } from '../../src/doc/schema/event.ts';
import type { ExpectedCoding } from './petrarch-records.ts';

/** International and non-state prefixes that stand where a country code would. */
const NON_STATE_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC', 'NGM', 'UIS']);

/**
 * A CAMEO actor code reduced to what two coders with different dictionaries can agree on: the
 * country (or IGO/NGO element), else the sector of a "---" code. "USAGOV" -> "USA", "---REB" -> "REB".
 */
export function actorKey(code: string): string {
  const upper = code.toUpperCase();
  if (upper.startsWith('---')) return upper.slice(3, 6) || '---';
  return upper.slice(0, 3);
}

export function actorKeyOf(actor: ActorRef): string | undefined {
  if (actor.country) return actor.country;
  if (actor.sector) return actor.sector;
  return undefined;
}

export interface CodedTriple {
  readonly source: string;
  readonly target: string;
  readonly root: string;
}

/**
 * The dyads a CAMEO coder would write for our events: every actor x recipient pair (an event without
 * a recipient pairs with "---"), and for a joint event with several actors and no recipient
 * ("The US, Russia and Switzerland met") every ordered pair of actors, as PETRARCH expands them. Our
 * events keep one event with many actors; the expansion is only for comparing with dyadic data.
 */
export function triplesOf(events: readonly NewsEvent[]): CodedTriple[] {
  return events.flatMap((event) => {
    const root = event.cameo.slice(0, 2);
    const sources = event.actors.map((actor) => actorKeyOf(actor) ?? '---');
    const targets = event.recipients.map((actor) => actorKeyOf(actor) ?? '---');
    if (targets.length === 0 && sources.length > 1) {
      return [...sources.flatMap((source) => sources.filter((other) => other !== source).map((target) => ({ source, target, root }))), ...sources.map((source) => ({ source, target: '---', root }))];
    }
    return (sources.length > 0 ? sources : ['---']).flatMap((source) => (targets.length > 0 ? targets : ['---']).map((target) => ({ source, target, root })));
  });
}

export interface TripleCounts {
  codings: number;
  codeAgreement: number;
  sourceAgreement: number;
  targetAgreement: number;
  tripleAgreement: number;
}

/** For each expected coding: is its root among our events, its source among our actors, its target among our recipients, and all three in one triple? */
export function countAgreement(expected: readonly ExpectedCoding[], events: readonly NewsEvent[], counts: TripleCounts): void {
  const triples = triplesOf(events);
  for (const coding of expected) {
    const root = coding.event.slice(0, 2);
    const source = actorKey(coding.source);
    const target = actorKey(coding.target);
    counts.codings += 1;
    if (triples.some((triple) => triple.root === root)) counts.codeAgreement += 1;
    if (triples.some((triple) => triple.source === source)) counts.sourceAgreement += 1;
    if (triples.some((triple) => triple.target === target)) counts.targetAgreement += 1;
    if (triples.some((triple) => triple.root === root && triple.source === source && triple.target === target)) counts.tripleAgreement += 1;
  }
}
