import type { ActorRef } from '../doc/schema/event.ts';
import type { EventRow } from '../store/corpus-store.ts';
import type { Network, NetworkEdge, NetworkNode } from './responses.ts';

/** Examples kept per edge: enough to read what the relation is, small enough for one response. */
const EXAMPLES_PER_EDGE = 3;

/**
 * The comparable form of an actor's name, so that "Erdoğan" in one article and "Erdogan" in
 * another are one node; actors the pipeline could not name are left out.
 */
export function actorKey(actor: ActorRef): string {
  return actor.name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function eventDate(row: EventRow): string | null {
  return row.event.date?.value.slice(0, 10) ?? row.article.published?.slice(0, 10) ?? null;
}

interface NodeTally {
  readonly key: string;
  readonly names: Map<string, number>;
  country?: string;
  events: number;
}

function mostFrequent(names: Map<string, number>): string {
  return [...names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
}

/**
 * Who did what to whom, as a graph: one node per actor, one directed edge per (actor, recipient,
 * event type) with the number of events (distinct event clusters per article) as its weight. Events with several actors or recipients
 * contribute an edge for every pair, as GDELT-style dyads do.
 */
export function buildNetwork(rows: readonly EventRow[], truncated: boolean): Network {
  const nodes = new Map<string, NodeTally>();
  const edges = new Map<string, NetworkEdge & { examples: NetworkEdge['examples'] }>();
  // An article that mentions one meeting three times ("met", "the talks", "the meeting") shares one
  // cluster id across the mentions: the edge counts the meeting once.
  const counted = new Set<string>();
  const tallyNode = (actor: ActorRef): string | undefined => {
    const key = actorKey(actor);
    if (!key) return undefined;
    let node = nodes.get(key);
    if (!node) {
      node = { key, names: new Map(), events: 0 };
      nodes.set(key, node);
    }
    node.names.set(actor.name, (node.names.get(actor.name) ?? 0) + 1);
    node.events += 1;
    if (actor.country && !node.country) node.country = actor.country;
    return key;
  };
  for (const row of rows) {
    const { event } = row;
    const actors = [...new Set(event.actors.map(tallyNode).filter((key): key is string => key !== undefined))];
    const recipients = [...new Set(event.recipients.map(tallyNode).filter((key): key is string => key !== undefined))];
    const date = eventDate(row);
    for (const source of actors) {
      for (const target of recipients) {
        if (source === target) continue;
        const edgeKey = `${source}\u0000${target}\u0000${event.type}`;
        const edge = edges.get(edgeKey) ?? { source, target, type: event.type, count: 0, firstDate: null, lastDate: null, examples: [] };
        const occurrence = `${edgeKey}\u0000${row.article.id}\u0000${event.cluster}`;
        if (counted.has(occurrence)) continue;
        counted.add(occurrence);
        edge.count += 1;
        if (date !== null) {
          if (edge.firstDate === null || date < edge.firstDate) edge.firstDate = date;
          if (edge.lastDate === null || date > edge.lastDate) edge.lastDate = date;
        }
        if (edge.examples.length < EXAMPLES_PER_EDGE) edge.examples.push({ article: row.article.id, event: event.id, sentence: row.sentenceText });
        edges.set(edgeKey, edge);
      }
    }
  }
  const nodeList: NetworkNode[] = [...nodes.values()].map((node) => ({
    id: node.key,
    name: mostFrequent(node.names),
    ...(node.country ? { country: node.country } : {}),
    events: node.events,
  }));
  return { nodes: nodeList, edges: [...edges.values()], eventsRead: rows.length, truncated };
}
