import { describe, expect, it } from 'vitest';
import type { EntityOccurrence } from '../store/corpus-store.ts';
import { resolveIdentities } from './resolve-identities.ts';

function occurrence(article: string, entity: string, name: string, type: EntityOccurrence['type'] = 'PERSON', mentionCount = 1): EntityOccurrence {
  return { article, entity, name, type, aliases: [], mentionCount };
}

function groups(occurrences: EntityOccurrence[], pins: Parameters<typeof resolveIdentities>[1] = []): string[][] {
  const assignment = resolveIdentities(occurrences, pins);
  const byEntity = new Map<string, string[]>();
  for (const link of assignment.links) byEntity.set(link.corpusEntity, [...(byEntity.get(link.corpusEntity) ?? []), `${link.article}/${link.entity}`]);
  return [...byEntity.values()].map((members) => members.sort()).sort();
}

describe('resolveIdentities (placeholder resolver)', () => {
  it('joins the same name across articles, whatever its accents and case', () => {
    expect(groups([occurrence('a', 'e1', 'Ilkay Dogan'), occurrence('b', 'e1', 'ILKAY DOĞAN')])).toEqual([['a/e1', 'b/e1']]);
  });

  it('joins a lone surname to the only full name that ends with it', () => {
    expect(groups([occurrence('a', 'e1', 'Mira Castell'), occurrence('b', 'e4', 'Castell')])).toEqual([['a/e1', 'b/e4']]);
  });

  it('keeps a lone surname apart when two people share it', () => {
    expect(groups([occurrence('a', 'e1', 'Mira Castell'), occurrence('b', 'e1', 'Jon Castell'), occurrence('c', 'e1', 'Castell')])).toHaveLength(3);
  });

  it('keeps a person and an organisation with the same name apart', () => {
    expect(groups([occurrence('a', 'e1', 'Harlan', 'PERSON'), occurrence('b', 'e1', 'Harlan', 'ORG')])).toHaveLength(2);
  });

  it('names the entity by its most mentioned name and keeps the others as aliases', () => {
    const assignment = resolveIdentities([occurrence('a', 'e1', 'Mira Castell', 'PERSON', 4), occurrence('b', 'e2', 'Castell')]);
    expect(assignment.entities).toEqual([expect.objectContaining({ name: 'Mira Castell', aliases: ['Castell'] })]);
  });

  it('applies a merge pin given by names', () => {
    expect(groups([occurrence('a', 'e1', 'Abu Marzouq'), occurrence('b', 'e1', 'Abu Marzouk')], [{ kind: 'merge', entities: ['Abu Marzouq', 'Abu Marzouk'] }])).toEqual([['a/e1', 'b/e1']]);
  });

  it('applies a split pin, moving the occurrences with the given names out', () => {
    const occurrences = [occurrence('a', 'e1', 'Mira Castell'), occurrence('b', 'e4', 'Castell')];
    expect(groups(occurrences, [{ kind: 'split', entity: 'Mira Castell', names: ['Castell'] }])).toEqual([['a/e1'], ['b/e4']]);
  });
});
