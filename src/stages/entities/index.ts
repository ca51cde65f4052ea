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
  // A single non-breaking space counts too: "Donald\u00a0Trump" is the same person as "Donald Trump".
  const name = /\s\s|[^\S ]/.test(candidate.name) ? candidate.name.replace(/\s+/g, ' ') : candidate.name;
  return candidate.category ? `${candidate.type}\u0000${name}\u0000${candidate.country ?? ''}` : `${candidate.type}\u0000${name}`;
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
  const { tokens } = doc;
  const entities: Entity[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    // Plain literals of one shape (no spreads): later stages read these objects in their inner loops.
    const mentions: Mention[] = group.map((candidate): Mention => ({ start: tokens[candidate.start]!.start, end: tokens[candidate.end - 1]!.end, kind: 'name', rule: candidate.rule }));
    const roleCandidates = group.flatMap((candidate) => found.roles.get(candidate) ?? []);
    const roles: EntityRole[] = roleCandidates.map((role) => {
      const written: { start: number; end: number; title: string; sector?: EntityRole['sector']; country?: string; rule: string } = { start: tokens[role.start]!.start, end: tokens[role.end - 1]!.end, title: role.title, rule: role.rule };
      if (role.sector) written.sector = role.sector;
      if (role.country) written.country = role.country;
      return written;
    });
    const country = first.country ?? roleCandidates.find((role) => role.country)?.country;
    const sector = first.sector ?? roleCandidates.find((role) => role.sector)?.sector;
    const gender = first.type === 'PERSON' ? (roleCandidates.find((role) => role.gender)?.gender ?? givenNameGender(first.name)) : undefined;
    const aliases: string[] = [];
    for (const mention of mentions) {
      const alias = doc.text.slice(mention.start, mention.end);
      if (alias !== first.name && !aliases.includes(alias)) aliases.push(alias);
    }
    // Fields in the schema's order, so that the JSON reads the same as ever.
    const entity: Partial<{ -readonly [K in keyof Entity]: Entity[K] }> = { id: `e${entities.length + 1}`, name: first.name, type: first.type };
    if (country) entity.country = country;
    if (sector) entity.sector = sector;
    entity.aliases = aliases;
    entity.mentions = mentions;
    if (roles.length > 0) entity.roles = roles;
    if (gender) entity.gender = gender;
    entities.push(entity as Entity);
  }
  return entities;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'tags'],
  assigns: ['entities'],
  run: (doc: Doc): Doc => ({ ...doc, entities: writeEntities(doc, findNames(doc)) }),
};
