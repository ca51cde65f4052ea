import type { Doc } from '../../doc/doc.ts';
import type { Entity, EntityType, Mention, Sector } from '../../doc/schema/entity.ts';
import { spansOverlap } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import { matchGazetteer } from './gazetteer.ts';
import { findTitledNames } from './person-names.ts';

interface EntityCandidate {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly sector?: Sector;
  readonly rule: string;
}

function findCandidates(doc: Doc): EntityCandidate[] {
  const titled: EntityCandidate[] = findTitledNames(doc).map((found) => ({
    start: found.start,
    end: found.end,
    name: doc.text.slice(found.start, found.end),
    type: 'PERSON',
    ...(found.title.sector ? { sector: found.title.sector } : {}),
    rule: 'titled-name',
  }));
  const listed: EntityCandidate[] = matchGazetteer(doc)
    .filter((match) => !titled.some((candidate) => spansOverlap(candidate, match)))
    .map((match) => ({ start: match.start, end: match.end, ...match.entry, rule: 'gazetteer' }));
  return [...titled, ...listed].sort((a, b) => a.start - b.start);
}

/** Groups candidates with the same canonical name and type into one entity each. */
export function groupCandidates(candidates: readonly EntityCandidate[]): Entity[] {
  const byKey = new Map<string, { candidate: EntityCandidate; mentions: Mention[] }>();
  for (const candidate of candidates) {
    const key = `${candidate.type}\u0000${candidate.name}`;
    const mention: Mention = { start: candidate.start, end: candidate.end, kind: 'name', rule: candidate.rule };
    const group = byKey.get(key);
    if (group) group.mentions.push(mention);
    else byKey.set(key, { candidate, mentions: [mention] });
  }
  return [...byKey.values()].map(({ candidate, mentions }, index) => ({
    id: `e${index + 1}`,
    name: candidate.name,
    type: candidate.type,
    ...(candidate.country ? { country: candidate.country } : {}),
    ...(candidate.sector ? { sector: candidate.sector } : {}),
    aliases: [],
    mentions,
  }));
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  assigns: ['entities'],
  run: (doc: Doc): Doc => ({ ...doc, entities: groupCandidates(findCandidates(doc)) }),
};
