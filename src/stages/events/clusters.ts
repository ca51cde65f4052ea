import type { ActorRef, NewsEvent } from '../../doc/schema/event.ts';

/** The identity of a participant for clustering: its entity, else its country, sector and words. */
function participantKey(actor: ActorRef): string {
  return actor.entity ?? `${actor.country ?? ''}:${actor.sector ?? ''}:${actor.name.toLowerCase()}`;
}

interface Cluster {
  readonly id: string;
  readonly type: NewsEvent['type'];
  mode: string | undefined;
  readonly negated: boolean;
  /** Participant keys of the members, each once: a few per cluster, so arrays rather than sets. */
  readonly keys: string[];
  readonly entityKeys: string[];
  date: string | undefined;
  location: string | undefined;
  /** The date of the first member dated from its own text, and the place of the first placed member: what the others are lent. */
  firstDate: NewsEvent['date'];
  firstLocation: NewsEvent['location'];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** An event's participant keys: a few per event, so plain arrays (duplicates do not matter to the tests below). */
interface EventKeys {
  readonly keys: string[];
  readonly entityKeys: string[];
}

function keysOf(event: NewsEvent): EventKeys {
  const keys: string[] = [];
  const entityKeys: string[] = [];
  for (const actor of event.actors) addKeys(actor, keys, entityKeys);
  for (const actor of event.recipients) addKeys(actor, keys, entityKeys);
  return { keys, entityKeys };
}

function addKeys(actor: ActorRef, keys: string[], entityKeys: string[]): void {
  keys.push(participantKey(actor));
  if (actor.entity !== null) entityKeys.push(actor.entity);
}

/** Plain loops: this runs for every open cluster of the type, for every event. */
function sharesAny(keys: readonly string[], others: readonly string[]): boolean {
  for (const key of keys) if (others.includes(key)) return true;
  return false;
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  for (const key of small) if (!large.includes(key)) return false;
  return true;
}

function addOnce(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

/**
 * Mentions of the same event share participants, type, polarity, date and place: "the talks with
 * Hamas", "a meeting with a delegation of Hamas in Moscow on Thursday" and "the talks with Hamas"
 * again are one event. Two mentions join when they share a participant and the named participants
 * of one are among the other's, so that Russia–Hamas and Russia–Iran talks stay apart.
 */
function compatible(cluster: Cluster, event: NewsEvent, { keys, entityKeys }: EventKeys): boolean {
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

/**
 * Gives every event a cluster id and lends each mention the date and place its cluster knows.
 * The events are the stage's own, made for this article: they are written in place, not copied.
 */
export function clusterEvents(events: readonly NewsEvent[]): NewsEvent[] {
  let count = 0;
  const byType = new Map<NewsEvent['type'], Cluster[]>();
  const clusterOf: Cluster[] = [];
  for (const event of events) {
    const eventKeys = keysOf(event);
    const { keys, entityKeys } = eventKeys;
    const sameType = byType.get(event.type) ?? [];
    const clusterable = keys.length > 0 && event.type !== 'STATEMENT' && event.type !== 'APPEAL';
    let cluster = clusterable ? sameType.find((candidate) => compatible(candidate, event, eventKeys)) : undefined;
    if (!cluster) {
      count += 1;
      cluster = { id: `c${count}`, type: event.type, mode: undefined, negated: event.negated, keys: [], entityKeys: [], date: undefined, location: undefined, firstDate: undefined, firstLocation: undefined };
      if (clusterable) {
        sameType.push(cluster);
        byType.set(event.type, sameType);
      }
    }
    // A cluster that no later mention can join (a statement, a mention without participants) needs no keys.
    if (clusterable) {
      for (const key of keys) addOnce(cluster.keys, key);
      for (const key of entityKeys) addOnce(cluster.entityKeys, key);
    }
    if (event.mode) cluster.mode ??= event.mode;
    if (event.date?.source === 'text') {
      cluster.date ??= event.date.value;
      cluster.firstDate ??= event.date;
    }
    if (event.location?.entity) cluster.location ??= event.location.entity;
    if (event.location) cluster.firstLocation ??= event.location;
    clusterOf.push(cluster);
  }
  // Every cluster is complete only now: its first date and place are lent in a second pass.
  events.forEach((event, index) => {
    const cluster = clusterOf[index]!;
    const target = event as Mutable<NewsEvent>;
    target.cluster = cluster.id;
    if (event.date?.source !== 'text' && cluster.firstDate) target.date = cluster.firstDate;
    if (!event.location && cluster.firstLocation) target.location = cluster.firstLocation;
  });
  return events as NewsEvent[];
}
