import type { Doc } from '../../doc/doc.ts';
import type { Entity, EntityRole, Mention } from '../../doc/schema/entity.ts';
import type { Stage } from '../../stage.ts';
import { findCandidates, type EntityCandidate } from './candidates.ts';
import { givenNameGender } from './given-names.ts';
import { recogniseNames } from './recognise.ts';
import { attachRoles, type RoleCandidate } from './roles.ts';
import { harmoniseTypes } from './type-cues.ts';

export interface FoundNames {
  readonly candidates: readonly EntityCandidate[];
  readonly roles: ReadonlyMap<EntityCandidate, readonly RoleCandidate[]>;
}

/** Finding: the recogniser and the lexicons sentence by sentence, types made consistent over the article, then titles; plain data out. */
export function findNames(doc: Doc): FoundNames {
  const candidates: EntityCandidate[] = [];
  const roles = new Map<EntityCandidate, RoleCandidate[]>();
  const sentences = recogniseNames(doc);
  const typed = harmoniseTypes(sentences, sentences.map((sentence) => findCandidates(doc, sentence)));
  sentences.forEach((sentence, index) => {
    const attached = attachRoles(doc, sentence, typed[index]!);
    candidates.push(...attached.candidates);
    for (const [candidate, found] of attached.roles) roles.set(candidate, found);
  });
  return { candidates, roles };
}

function groupKey(candidate: EntityCandidate): string {
  const name = candidate.name.replace(/\s+/g, ' ');
  return candidate.category ? `${candidate.type}\u0000${name}\u0000${candidate.country ?? ''}` : `${candidate.type}\u0000${name}`;
}

function toCharacterSpan(doc: Doc, start: number, end: number): { start: number; end: number } {
  return { start: doc.tokens[start]!.start, end: doc.tokens[end - 1]!.end };
}

/** Writing: one entity per distinct name (and type), with every mention, role, country and sector. */
export function writeEntities(doc: Doc, found: FoundNames): Entity[] {
  const groups = new Map<string, EntityCandidate[]>();
  for (const candidate of found.candidates) {
    const key = groupKey(candidate);
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  return [...groups.values()].map((group, index) => {
    const first = group[0]!;
    const mentions: Mention[] = group.map((candidate) => ({ ...toCharacterSpan(doc, candidate.start, candidate.end), kind: 'name', rule: candidate.rule }));
    const roles: EntityRole[] = group.flatMap((candidate) => (found.roles.get(candidate) ?? []).map((role) => ({
      ...toCharacterSpan(doc, role.start, role.end),
      title: role.title,
      ...(role.sector ? { sector: role.sector } : {}),
      ...(role.country ? { country: role.country } : {}),
      rule: role.rule,
    })));
    const roleCandidates = group.flatMap((candidate) => found.roles.get(candidate) ?? []);
    const country = first.country ?? roleCandidates.find((role) => role.country)?.country;
    const sector = first.sector ?? roleCandidates.find((role) => role.sector)?.sector;
    const gender = first.type === 'PERSON' ? (roleCandidates.find((role) => role.gender)?.gender ?? givenNameGender(first.name)) : undefined;
    const aliases = [...new Set(mentions.map((mention) => doc.text.slice(mention.start, mention.end)))].filter((alias) => alias !== first.name);
    return {
      id: `e${index + 1}`,
      name: first.name,
      type: first.type,
      ...(country ? { country } : {}),
      ...(sector ? { sector } : {}),
      aliases,
      mentions,
      ...(roles.length > 0 ? { roles } : {}),
      ...(gender ? { gender } : {}),
    };
  });
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'tags'],
  assigns: ['entities'],
  run: (doc: Doc): Doc => ({ ...doc, entities: writeEntities(doc, findNames(doc)) }),
};
