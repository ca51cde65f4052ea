import { describe, expect, it } from 'vitest';
import type { NewsEvent } from '../doc/schema/event.ts';
import type { EventRow } from '../store/corpus-store.ts';
import { actorKey, buildNetwork } from './network.ts';
import { buildTimeline } from './timeline.ts';

function eventRow(id: string, type: NewsEvent['type'], actors: string[], recipients: string[], date?: string, published = '2024-11-14'): EventRow {
  const ref = (name: string) => ({ entity: null, name });
  return {
    article: { id: `article-${id}`, published },
    event: {
      id,
      cluster: id,
      type,
      cameo: '040',
      quadClass: 1,
      goldstein: 1,
      actors: actors.map(ref),
      recipients: recipients.map(ref),
      trigger: { start: 0, end: 3 },
      sentence: { start: 0, end: 10 },
      ...(date ? { date: { value: date, source: 'text' as const } } : {}),
      negated: false,
      planned: false,
      hypothetical: false,
      reported: false,
      attributedTo: 'author',
    },
    triggerText: 'met',
    sentenceText: `${actors.join(' and ')} met ${recipients.join(' and ')}.`,
  };
}

describe('actorKey', () => {
  it('joins spellings that differ only in accents, case and possessives', () => {
    expect(actorKey({ entity: null, name: 'Erdoğan' })).toBe(actorKey({ entity: null, name: "ERDOGAN's" }));
  });
});

describe('buildNetwork', () => {
  it('weighs an edge by the number of events between the same actors of the same type', () => {
    const network = buildNetwork(
      [
        eventRow('v1', 'CONSULT', ['Ana Sorel'], ['Viktor Halm'], '2024-11-13'),
        eventRow('v2', 'CONSULT', ['Ana Sorel'], ['Viktor Halm'], '2024-11-15'),
        eventRow('v3', 'ACCUSE', ['Ana Sorel'], ['Viktor Halm'], '2024-11-16'),
      ],
      false,
    );
    expect(network.edges.map((edge) => [edge.type, edge.count, edge.firstDate, edge.lastDate])).toEqual([
      ['CONSULT', 2, '2024-11-13', '2024-11-15'],
      ['ACCUSE', 1, '2024-11-16', '2024-11-16'],
    ]);
    expect(network.nodes.find((node) => node.name === 'Ana Sorel')?.events).toBe(3);
  });

  it('counts the mentions of one event in one article once', () => {
    const first = eventRow('v1', 'CONSULT', ['Ana Sorel'], ['Viktor Halm'], '2024-11-13');
    const again = eventRow('v2', 'CONSULT', ['Ana Sorel'], ['Viktor Halm'], '2024-11-13');
    const sameMeeting = { ...again, article: first.article, event: { ...again.event, cluster: first.event.cluster } };
    expect(buildNetwork([first, sameMeeting], false).edges[0]!.count).toBe(1);
  });

  it('draws an edge for every actor–recipient pair and none from an actor to itself', () => {
    const network = buildNetwork([eventRow('v1', 'AGREE', ['Valdoria', 'Ostrava'], ['Ostrava'])], false);
    expect(network.edges.map((edge) => `${edge.source}>${edge.target}`)).toEqual(['valdoria>ostrava']);
  });

  it('keeps actors without recipients as nodes, without edges', () => {
    const network = buildNetwork([eventRow('v1', 'MOBILIZE', ['Ostrava'], [])], false);
    expect(network.nodes).toHaveLength(1);
    expect(network.edges).toEqual([]);
  });
});

describe('buildTimeline', () => {
  it('orders days by date, places intervals at their start and counts the undated', () => {
    const timeline = buildTimeline(
      [eventRow('v1', 'CONSULT', ['A'], ['B'], '2024-11-15'), eventRow('v2', 'CONSULT', ['A'], ['B'], '2024-11-01/2024-11-07'), { ...eventRow('v3', 'CONSULT', ['A'], ['B']), article: { id: 'x' } }],
      false,
    );
    expect(timeline.days.map((day) => day.date)).toEqual(['2024-11-01', '2024-11-15']);
    expect(timeline.undated).toBe(1);
  });

  it('dates an event without a date of its own by its article', () => {
    const timeline = buildTimeline([eventRow('v1', 'CONSULT', ['A'], ['B'], undefined, '2024-11-20')], false);
    expect(timeline.days[0]!.date).toBe('2024-11-20');
  });
});
