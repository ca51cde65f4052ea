import type { EventRow, Timeline } from '../../../src/server/responses.ts';
import { describeEvent, eventModality } from '../article/describe.ts';
import { getJson } from '../api.ts';
import { h, svg } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { errorBox, EVENT_TYPES, formField, pageTitle } from './common.ts';

function filtersForm(query: URLSearchParams): HTMLFormElement {
  const type = query.get('type') ?? '';
  const form = h(
    'form',
    { class: 'filters inline', 'aria-label': 'Timeline filters' },
    formField('Type', h('select', { name: 'type' }, h('option', { value: '' }, 'all types'), EVENT_TYPES.map((value) => h('option', { value, selected: value === type }, value)))),
    formField('Actor', h('input', { type: 'text', name: 'actor', value: query.get('actor') ?? '', placeholder: 'name or code, e.g. RUS' })),
    formField('From', h('input', { type: 'date', name: 'since', value: query.get('since') ?? '' })),
    formField('To', h('input', { type: 'date', name: 'until', value: query.get('until') ?? '' })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value) || undefined]));
    location.hash = link('/timeline', data);
  });
  return form;
}

/** One bar per day, so bursts of activity stand out before reading the list. */
function densityChart(timeline: Timeline): SVGElement | null {
  if (timeline.days.length < 2) return null;
  const width = 900;
  const height = 60;
  const max = Math.max(...timeline.days.map((day) => day.events.length));
  const barWidth = Math.max(2, Math.min(24, width / timeline.days.length - 2));
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height + 14}`, class: 'density', role: 'img', 'aria-label': 'Events per day' },
    timeline.days.map((day, index) => {
      const barHeight = Math.max(2, (day.events.length / max) * height);
      const x = (index / timeline.days.length) * width;
      return svg('rect', { x, y: height - barHeight, width: barWidth, height: barHeight, class: 'bar' }, svg('title', {}, `${day.date}: ${day.events.length} events`));
    }),
    svg('text', { x: 0, y: height + 12, class: 'axis' }, timeline.days[0]!.date),
    svg('text', { x: width, y: height + 12, class: 'axis', 'text-anchor': 'end' }, timeline.days.at(-1)!.date),
  );
}

/** Mentions of one event in one article ("met", "the talks") share a cluster: the timeline shows it once. */
function collapseClusters(rows: readonly EventRow[]): { row: EventRow; mentions: number }[] {
  const byCluster = new Map<string, { row: EventRow; mentions: number }>();
  for (const row of rows) {
    const key = `${row.article.id}\u0000${row.event.cluster}`;
    const seen = byCluster.get(key);
    if (seen) seen.mentions += 1;
    else byCluster.set(key, { row, mentions: 1 });
  }
  return [...byCluster.values()];
}

function eventItem({ row, mentions }: { row: EventRow; mentions: number }): HTMLElement {
  const { event } = row;
  return h(
    'li',
    { class: 'timeline-event', 'data-testid': 'timeline-event' },
    h('span', { class: `badge event-type type-${event.type.toLowerCase()}` }, event.type),
    ' ',
    h('strong', {}, describeEvent(event)),
    eventModality(event).map((word) => h('span', { class: 'badge modality' }, word)),
    event.attributedTo !== 'author' ? h('span', { class: 'badge voice-attributed' }, `per ${event.attributedTo.name}`) : null,
    mentions > 1 ? h('span', { class: 'badge' }, `${mentions} mentions`) : null,
    h('p', { class: 'sentence' }, row.sentenceText),
    h('a', { class: 'source', href: link(`/article/${encodeURIComponent(row.article.id)}`, { event: event.id }) }, row.article.title ?? row.article.id),
    event.date?.source === 'article' ? h('span', { class: 'meta' }, ' · dated by publication') : null,
  );
}

export async function timelineView({ query }: RouteContext): Promise<Node> {
  const root = h('div', { class: 'timeline' }, pageTitle('Timeline of events'), filtersForm(query));
  try {
    const timeline = await getJson<Timeline>('/api/timeline', { type: query.get('type'), actor: query.get('actor'), since: query.get('since'), until: query.get('until') });
    root.append(
      h('p', { class: 'status' }, `${timeline.eventsRead} events on ${timeline.days.length} days${timeline.undated ? `, ${timeline.undated} undated` : ''}${timeline.truncated ? ' (only the first events were read: narrow the filters)' : ''}.`),
      densityChart(timeline) ?? '',
      h(
        'ol',
        { class: 'days' },
        timeline.days.map((day) => h('li', { class: 'day' }, h('h3', {}, h('time', { datetime: day.date }, day.date)), h('ul', {}, collapseClusters(day.events).map(eventItem)))),
      ),
    );
  } catch (error) {
    root.append(errorBox(error));
  }
  return root;
}
