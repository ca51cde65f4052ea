import { createHash } from 'node:crypto';
import type { EntityOccurrence, IdentityAssignment, IdentityPin } from '../store/corpus-store.ts';
import { clusterOccurrences } from './identity.ts';
import { nameKey } from './name-key.ts';

/**
 * Cross-article identity as the store needs it: every article-level entity assigned to one
 * corpus entity, with the user's merge and split pins applied last. The clustering itself
 * (spelling and transliteration variants, shared surnames) is src/corpus/identity.ts.
 */

function stableId(key: string): string {
  return `e-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

function occurrenceKey(occurrence: Pick<EntityOccurrence, 'article' | 'entity'>): string {
  return `${occurrence.article}\u0000${occurrence.entity}`;
}

/** Clusters a pin names: by corpus entity id, or by any name of their members. */
function clustersNamed(reference: string, occurrences: readonly EntityOccurrence[], clusterOf: Map<string, string>): Set<string> {
  const key = nameKey(reference);
  const found = new Set<string>();
  for (const occurrence of occurrences) {
    const cluster = clusterOf.get(occurrenceKey(occurrence))!;
    if (stableId(cluster) === reference || nameKey(occurrence.name) === key) found.add(cluster);
  }
  return found;
}

/**
 * Applies the user's pins in order: a merge joins whole corpus entities, a split moves the
 * occurrences with the given names out of one. Pins name entities by id or by name, so that they
 * survive re-resolution when new articles arrive.
 */
function applyPins(occurrences: readonly EntityOccurrence[], clusterOf: Map<string, string>, pins: readonly IdentityPin[]): void {
  for (const pin of pins) {
    if (pin.kind === 'merge') {
      const clusters = new Set(pin.entities.flatMap((reference) => [...clustersNamed(reference, occurrences, clusterOf)]));
      const target = [...clusters].sort()[0];
      if (!target) continue;
      for (const [occurrence, cluster] of clusterOf) if (clusters.has(cluster)) clusterOf.set(occurrence, target);
    } else {
      const clusters = clustersNamed(pin.entity, occurrences, clusterOf);
      const names = new Set(pin.names.map(nameKey));
      const splitKey = `split:${[...names].sort().join('|')}`;
      for (const occurrence of occurrences) {
        const key = occurrenceKey(occurrence);
        if (clusters.has(clusterOf.get(key)!) && names.has(nameKey(occurrence.name))) clusterOf.set(key, splitKey);
      }
    }
  }
}

/** The canonical name of a cluster: its most mentioned name, the longest on a tie. */
function canonicalName(members: readonly EntityOccurrence[]): EntityOccurrence {
  return [...members].sort((a, b) => b.mentionCount - a.mentionCount || b.name.length - a.name.length || a.name.localeCompare(b.name))[0]!;
}

export function resolveIdentities(occurrences: readonly EntityOccurrence[], pins: readonly IdentityPin[] = []): IdentityAssignment {
  const clusterOf = clusterOccurrences(occurrences);
  applyPins(occurrences, clusterOf, pins);
  const members = new Map<string, EntityOccurrence[]>();
  for (const occurrence of occurrences) {
    const cluster = clusterOf.get(occurrenceKey(occurrence))!;
    const group = members.get(cluster);
    if (group) group.push(occurrence);
    else members.set(cluster, [occurrence]);
  }
  const entities: IdentityAssignment['entities'][number][] = [];
  const links: IdentityAssignment['links'][number][] = [];
  for (const [cluster, group] of members) {
    const id = stableId(cluster);
    const canonical = canonicalName(group);
    const aliases = [...new Set(group.flatMap((occurrence) => [occurrence.name, ...occurrence.aliases]))].filter((alias) => alias !== canonical.name).sort();
    entities.push({
      id,
      name: canonical.name,
      type: canonical.type,
      ...(group.find((occurrence) => occurrence.country)?.country ? { country: group.find((occurrence) => occurrence.country)!.country! } : {}),
      ...(group.find((occurrence) => occurrence.actorCode)?.actorCode ? { actorCode: group.find((occurrence) => occurrence.actorCode)!.actorCode! } : {}),
      aliases,
    });
    for (const occurrence of group) links.push({ article: occurrence.article, entity: occurrence.entity, corpusEntity: id });
  }
  return { entities, links };
}
