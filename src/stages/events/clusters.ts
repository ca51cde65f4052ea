import type { ActorRef, NewsEvent } from '../../doc/schema/event.ts';

/** The identity of a participant for clustering: its entity, else its country, sector and words. */
function participantKey(actor: ActorRef): string {
  return actor.entity ?? `${actor.country ?? ''}:${actor.sector ?? ''}:${actor.name.toLowerCase()}`;
}

interface Cluster {
  readonly id: string;
  readonly type: NewsEvent['type'];
  mode?: string;
  readonly negated: boolean;
  readonly keys: Set<string>;
  readonly entityKeys: Set<string>;
  date?: string;
  location?: string;
}

function keysOf(event: NewsEvent): { keys: Set<string>; entityKeys: Set<string> } {
  const all = [...event.actors, ...event.recipients];
  return { keys: new Set(all.map(participantKey)), entityKeys: new Set(all.filter((actor) => actor.entity !== null).map((actor) => actor.entity!)) };
}

/** A loop rather than a spread of the set: this runs for every open cluster of the type, for every event. */
function sharesAny(keys: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const key of keys) if (others.has(key)) return true;
  return false;
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const key of small) if (!large.has(key)) return false;
  return true;
}

/**
 * Mentions of the same event share participants, type, polarity, date and place: "the talks with
 * Hamas", "a meeting with a delegation of Hamas in Moscow on Thursday" and "the talks with Hamas"
 * again are one event. Two mentions join when they share a participant and the named participants
 * of one are among the other's, so that Russia–Hamas and Russia–Iran talks stay apart.
 */
function compatible(cluster: Cluster, event: NewsEvent, { keys, entityKeys }: { keys: Set<string>; entityKeys: Set<string> }): boolean {
  if (cluster.type !== event.type || cluster.negated !== event.negated) return false;
  // Lifting a siege and ending a war are both RETREAT, but not one event: modes must agree where both are known.
  if (event.mode && cluster.mode && event.mode !== cluster.mode && event.type !== 'CONSULT' && event.type !== 'ASSAULT') return false;
  if (event.type === 'STATEMENT' || event.type === 'APPEAL') return false;
  if (!sharesAny(keys, cluster.keys)) return false;
  if (!isSubset(entityKeys, cluster.entityKeys) && !isSubset(cluster.entityKeys, entityKeys)) return false;
  if (event.date?.source === 'text' && cluster.date && cluster.date !== event.date.value) return false;
  if (event.location?.entity && cluster.location && cluster.location !== event.location.entity) return false;
  return true;
}

/** Gives every event a cluster id and lends each mention the date and place its cluster knows. */
export function clusterEvents(events: readonly NewsEvent[]): NewsEvent[] {
  let count = 0;
  const byType = new Map<NewsEvent['type'], Cluster[]>();
  const assigned = events.map((event) => {
    const eventKeys = keysOf(event);
    const { keys, entityKeys } = eventKeys;
    const sameType = byType.get(event.type) ?? [];
    const clusterable = keys.size > 0 && event.type !== 'STATEMENT' && event.type !== 'APPEAL';
    let cluster = clusterable ? sameType.find((candidate) => compatible(candidate, event, eventKeys)) : undefined;
    if (!cluster) {
      count += 1;
      cluster = { id: `c${count}`, type: event.type, negated: event.negated, keys: new Set(), entityKeys: new Set() };
      if (clusterable) {
        sameType.push(cluster);
        byType.set(event.type, sameType);
      }
    }
    for (const key of keys) cluster.keys.add(key);
    for (const key of entityKeys) cluster.entityKeys.add(key);
    if (event.mode) cluster.mode ??= event.mode;
    if (event.date?.source === 'text') cluster.date ??= event.date.value;
    if (event.location?.entity) cluster.location ??= event.location.entity;
    return { event, cluster };
  });
  const byCluster = new Map<string, NewsEvent[]>();
  for (const { event, cluster } of assigned) {
    const members = byCluster.get(cluster.id);
    if (members) members.push(event);
    else byCluster.set(cluster.id, [event]);
  }
  return assigned.map(({ event, cluster }) => {
    const members = byCluster.get(cluster.id)!;
    const datedMember = members.find((member) => member.date?.source === 'text');
    const placedMember = members.find((member) => member.location);
    const date = event.date?.source === 'text' || !datedMember?.date ? event.date : datedMember.date;
    const location = event.location ?? placedMember?.location;
    return { ...event, cluster: cluster.id, ...(date ? { date } : {}), ...(location ? { location } : {}) };
  });
}
