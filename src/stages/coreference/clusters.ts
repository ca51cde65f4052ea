import type { Doc } from '../../doc/doc.ts';
import type { Entity, EntityRole, EntityType, KnownOffice, Mention, Sector } from '../../doc/schema/entity.ts';
import { findSpanIndexAt } from '../../doc/span.ts';

/** An entity while coreference is working on it: mentions are added and clusters merged in place. */
export interface Cluster {
  name: string;
  type: EntityType;
  country?: string;
  sector?: Sector;
  gender?: 'female' | 'male';
  /** The office from the known-officials lexicon that supplied the country or sector, if any. */
  knownOffice?: KnownOffice;
  roles: EntityRole[];
  mentions: Mention[];
  /** Set when this cluster was merged into another; it is dropped at the end. */
  mergedInto?: Cluster;
}

/**
 * A cluster with every field present (undefined when unknown), in one order: every cluster then
 * has one hidden class. Clusters built field by field had one per combination of the optional
 * fields, and the coreference loops that read them (pronouns, descriptions) were optimised and
 * thrown away again each time a new combination came by — most of the stage's cold-start cost.
 */
export function newCluster(name: string, type: EntityType, country: string | undefined, sector: Sector | undefined, gender: 'female' | 'male' | undefined, roles: EntityRole[], mentions: Mention[]): Cluster {
  return { name, type, country, sector, gender, knownOffice: undefined, roles, mentions, mergedInto: undefined };
}

export function toClusters(entities: readonly Entity[]): Cluster[] {
  return entities.map((entity): Cluster => newCluster(entity.name, entity.type, entity.country || undefined, entity.sector || undefined, entity.gender || undefined, [...(entity.roles ?? [])], [...entity.mentions]));
}

/** Moves every mention and role of `from` into `into`; the fuller name and known attributes win. */
export function mergeCluster(into: Cluster, from: Cluster): void {
  if (into === from) return;
  into.mentions.push(...from.mentions);
  into.roles.push(...from.roles);
  into.country ??= from.country;
  into.sector ??= from.sector;
  into.gender ??= from.gender;
  if (from.name.length > into.name.length && from.type === into.type) into.name = from.name;
  from.mentions = [];
  from.roles = [];
  from.mergedInto = into;
}

export function liveClusters(clusters: readonly Cluster[]): Cluster[] {
  return clusters.filter((cluster) => !cluster.mergedInto);
}

/** A mention with the cluster it belongs to, for searches in text order. */
export interface PlacedMention {
  readonly cluster: Cluster;
  readonly mention: Mention;
  readonly sentence: number;
}

/** All mentions of the live clusters, sorted by position, each with its sentence number. */
export function placeMentions(doc: Doc, clusters: readonly Cluster[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const cluster of clusters) {
    if (cluster.mergedInto) continue;
    for (const mention of cluster.mentions) placed.push(placeMention(doc, cluster, mention));
  }
  return placed.sort(comparePlaced);
}

export function placeMention(doc: Doc, cluster: Cluster, mention: Mention): PlacedMention {
  return { cluster, mention, sentence: Math.max(0, findSpanIndexAt(doc.sentences, mention.start)) };
}

function comparePlaced(a: PlacedMention, b: PlacedMention): number {
  return a.mention.start - b.mention.start || a.mention.end - b.mention.end;
}

/**
 * Placed mentions with more added, in the order placeMentions would give them: the additions
 * (sorted by span) are merged in, instead of placing every mention again; undefined when an
 * addition shares its span with a placed mention.
 */
export function withPlaced(placed: readonly PlacedMention[], additions: readonly PlacedMention[]): PlacedMention[] | undefined {
  const merged: PlacedMention[] = [];
  let next = 0;
  for (const item of placed) {
    while (next < additions.length && comparePlaced(additions[next]!, item) < 0) merged.push(additions[next++]!);
    // Two mentions at one span are ordered by their clusters: only placing everything again knows that order.
    if (next < additions.length && comparePlaced(additions[next]!, item) === 0) return undefined;
    merged.push(item);
  }
  while (next < additions.length) merged.push(additions[next++]!);
  return merged;
}


/** Index of the last placed mention starting before `offset` (-1 if none), by binary search. */
export function lastMentionBefore(placed: readonly PlacedMention[], offset: number): number {
  let low = 0;
  let high = placed.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (placed[middle]!.mention.start < offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Whether a span overlaps one of the placed mentions (sorted by start), checked around its position. */
export function overlapsPlaced(placed: readonly PlacedMention[], span: { start: number; end: number }): boolean {
  for (let index = lastMentionBefore(placed, span.end); index >= 0; index -= 1) {
    const { mention } = placed[index]!;
    if (mention.end > span.start) return true;
    // Mentions never span more than a sentence; far enough back, nothing can reach this span.
    if (span.start - mention.start > 400) return false;
  }
  return false;
}
