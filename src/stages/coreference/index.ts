import type { Doc } from '../../doc/doc.ts';
import type { Entity, Mention } from '../../doc/schema/entity.ts';
import { compareSpans } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';

const PERSONAL_PRONOUNS: Readonly<Record<string, 'female' | 'male'>> = { she: 'female', her: 'female', he: 'male', him: 'male', his: 'male' };

function lastWord(name: string): string {
  return name.split(/\s+/).at(-1) ?? name;
}

/** A single-word PERSON name that is the surname of a fuller PERSON name joins that entity. */
function mergeSurnames(entities: readonly Entity[]): Entity[] {
  const merged: Entity[] = [];
  for (const entity of [...entities].sort((a, b) => b.name.length - a.name.length)) {
    const fuller = entity.type === 'PERSON' && !entity.name.includes(' ')
      ? merged.find((candidate) => candidate.type === 'PERSON' && lastWord(candidate.name) === entity.name)
      : undefined;
    if (fuller) {
      const index = merged.indexOf(fuller);
      merged[index] = { ...fuller, aliases: [...fuller.aliases, entity.name], mentions: [...fuller.mentions, ...entity.mentions].sort(compareSpans) };
    } else {
      merged.push(entity);
    }
  }
  return merged;
}

/** "she"/"he" link to the nearest PERSON mentioned before them in the same or previous sentences. */
function linkPronouns(doc: Doc, entities: Entity[]): Entity[] {
  const added = new Map<string, Mention[]>();
  const personMentions = entities
    .filter((entity) => entity.type === 'PERSON')
    .flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  for (const token of doc.tokens) {
    const word = doc.analysisText.slice(token.start, token.end).toLowerCase();
    if (!(word in PERSONAL_PRONOUNS)) continue;
    const antecedent = personMentions.filter((candidate) => candidate.mention.end <= token.start).at(-1);
    if (!antecedent) continue;
    const mentions = added.get(antecedent.entity.id) ?? [];
    mentions.push({ start: token.start, end: token.end, kind: 'pronoun', rule: 'nearest-person' });
    added.set(antecedent.entity.id, mentions);
  }
  return entities.map((entity) => {
    const extra = added.get(entity.id);
    return extra ? { ...entity, mentions: [...entity.mentions, ...extra].sort(compareSpans) } : entity;
  });
}

function renumber(entities: readonly Entity[]): Entity[] {
  return [...entities]
    .sort((a, b) => compareSpans(a.mentions[0]!, b.mentions[0]!))
    .map((entity, index) => ({ ...entity, id: `e${index + 1}` }));
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  requires: ['tokens', 'entities'],
  assigns: ['mentions'],
  run: (doc: Doc): Doc => {
    const entities = renumber(mergeSurnames(doc.entities));
    return { ...doc, entities: linkPronouns(doc, entities) };
  },
};
