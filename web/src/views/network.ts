import type cytoscape from 'cytoscape';
import type { Network, NetworkEdge } from '../../../src/server/responses.ts';
import { getJson } from '../api.ts';
import { excerpt, h } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { entityNameLink, errorBox, EVENT_TYPES, formField, pageTitle } from './common.ts';

/** Colours by the broad kind of relation: cooperation in greens and blues, conflict in reds. */
const TYPE_COLOURS: Partial<Record<string, string>> = {
  CONSULT: '#2f6fb0', AGREE: '#2a9d8f', SUPPORT: '#2a9d8f', COOPERATE: '#3d9a50', AID: '#3d9a50', CONCEDE: '#7a9a3d',
  RETREAT: '#7a9a3d', REQUEST: '#8a6fb0', APPEAL: '#8a6fb0', STATEMENT: '#6b7785', ACCUSE: '#d17a22', REJECT: '#c0612b',
  THREATEN: '#c44536', PROTEST: '#c0612b', MOBILIZE: '#b0413e', SANCTION: '#a4343a', COERCE: '#8f2d56', ASSAULT: '#7b1e1e',
};

function edgeLabel(edge: NetworkEdge, names: Map<string, string>): string {
  return `${names.get(edge.source) ?? edge.source} → ${names.get(edge.target) ?? edge.target}`;
}

function filtersForm(query: URLSearchParams): HTMLFormElement {
  const selected = new Set(query.getAll('type'));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Network filters' },
    h(
      'fieldset',
      { class: 'type-filter' },
      h('legend', {}, 'Event types (none checked = all)'),
      EVENT_TYPES.map((type) => h('label', { class: 'type-option' }, h('input', { type: 'checkbox', name: 'type', value: type, checked: selected.has(type) }), ` ${type}`)),
    ),
    formField('From', h('input', { type: 'date', name: 'since', value: query.get('since') ?? '' })),
    formField('To', h('input', { type: 'date', name: 'until', value: query.get('until') ?? '' })),
    h('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const search = new URLSearchParams();
    for (const type of data.getAll('type')) search.append('type', String(type));
    for (const name of ['since', 'until']) if (data.get(name)) search.set(name, String(data.get(name)));
    location.hash = `#/network${search.size > 0 ? `?${search}` : ''}`;
  });
  return form;
}

function edgeTable(network: Network, names: Map<string, string>, onSelect: (index: number) => void): HTMLElement {
  const sorted = network.edges.map((edge, index) => ({ edge, index })).sort((a, b) => b.edge.count - a.edge.count);
  return h(
    'table',
    { class: 'edge-table', 'data-testid': 'edge-table' },
    h('caption', {}, 'Relations, heaviest first (select a row to show it in the graph)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Who → whom'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Events'), h('th', { scope: 'col' }, 'Dates'), h('th', { scope: 'col' }, 'Example'))),
    h(
      'tbody',
      {},
      sorted.map(({ edge, index }) => {
        const example = edge.examples[0];
        return h(
          'tr',
          { 'data-edge': index, 'data-testid': 'edge-row', 'data-source-name': names.get(edge.source) ?? edge.source, 'data-target-name': names.get(edge.target) ?? edge.target },
          h('td', {}, h('button', { type: 'button', class: 'link-button', onclick: () => onSelect(index) }, edgeLabel(edge, names))),
          h('td', {}, h('span', { class: `badge event-type type-${edge.type.toLowerCase()}` }, edge.type)),
          h('td', { class: 'number' }, String(edge.count)),
          h('td', {}, edge.firstDate === edge.lastDate ? (edge.firstDate ?? '') : `${edge.firstDate ?? '?'} – ${edge.lastDate ?? '?'}`),
          h('td', { class: 'example' }, example ? h('a', { href: link(`/article/${encodeURIComponent(example.article)}`, { event: example.event }), title: example.sentence }, excerpt(example.sentence, 70)) : ''),
        );
      }),
    ),
  );
}

/** cytoscape is loaded only when the network is opened, so the article view stays light. */
async function drawGraph(container: HTMLElement, network: Network): Promise<cytoscape.Core> {
  const { default: cytoscape } = await import('cytoscape');
  const maxCount = Math.max(1, ...network.edges.map((edge) => edge.count));
  const maxEvents = Math.max(1, ...network.nodes.map((node) => node.events));
  // Actors with no relation to another actor would scatter the picture; they stay in the actor list.
  const connected = new Set(network.edges.flatMap((edge) => [edge.source, edge.target]));
  return cytoscape({
    container,
    elements: [
      ...network.nodes.filter((node) => connected.has(node.id)).map((node) => ({ data: { id: `n:${node.id}`, label: node.name, size: 14 + 26 * Math.sqrt(node.events / maxEvents) } })),
      ...network.edges.map((edge, index) => ({
        data: {
          id: `e:${index}`,
          source: `n:${edge.source}`,
          target: `n:${edge.target}`,
          label: edge.count > 1 ? `${edge.type} ×${edge.count}` : edge.type,
          width: 1.5 + 6 * (edge.count / maxCount),
          colour: TYPE_COLOURS[edge.type] ?? '#667',
        },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#38506b', color: '#1c2530', 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3 } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#333', 'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-rotation': 'autorotate' } },
      { selector: '.selected', style: { 'line-color': '#f2b01e', 'target-arrow-color': '#f2b01e', 'background-color': '#f2b01e', 'z-index': 10 } },
      { selector: '.faded', style: { opacity: 0.2 } },
    ],
    layout: { name: network.nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 50 } as cytoscape.LayoutOptions,
    wheelSensitivity: 0.3,
    minZoom: 0.2,
    maxZoom: 1.6,
  });
}

export async function networkView({ query }: RouteContext): Promise<Node> {
  const root = h('div', { class: 'network' }, pageTitle('Actor network'), h('p', { class: 'lede' }, 'Who met, called, accused or sanctioned whom. Edge weight is the number of events; arrows point from actor to recipient.'), filtersForm(query));
  let network: Network;
  try {
    network = await getJson<Network>('/api/network', { type: query.getAll('type'), since: query.get('since'), until: query.get('until') });
  } catch (error) {
    root.append(errorBox(error));
    return root;
  }
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const canvas = h('div', { class: 'graph', 'data-testid': 'network-graph', role: 'img', 'aria-label': `Graph of the ${network.edges.length} relations between actors; the table beside it lists them.` });
  const summary = h('p', { class: 'status', 'data-testid': 'network-summary' }, `${network.nodes.length} actors, ${network.edges.length} relations from ${network.eventsRead} events${network.truncated ? ' (only the first events were read: narrow the filters)' : ''}.`);
  let graph: cytoscape.Core | undefined;
  const select = (index: number) => {
    for (const row of root.querySelectorAll('tr.selected')) row.classList.remove('selected');
    const row = root.querySelector(`tr[data-edge="${index}"]`);
    row?.classList.add('selected');
    if (!graph) return;
    graph.elements().removeClass('selected faded');
    const edge = graph.getElementById(`e:${index}`);
    graph.elements().not(edge.union(edge.connectedNodes())).addClass('faded');
    edge.union(edge.connectedNodes()).addClass('selected');
  };
  const actors = h(
    'details',
    { class: 'actor-list' },
    h('summary', {}, 'Actors'),
    h('ul', {}, [...network.nodes].sort((a, b) => b.events - a.events).map((node) => h('li', {}, h('a', { href: entityNameLink(node.name) }, node.name), ` ${node.events}`))),
  );
  root.append(
    summary,
    h('div', { class: 'network-body' }, canvas, h('div', { class: 'network-side' }, network.edges.length > 0 ? edgeTable(network, names, select) : h('p', {}, 'No relations between two actors match these filters.'), actors)),
  );
  // cytoscape measures its container, so it starts once the view is in the page.
  requestAnimationFrame(async () => {
    if (!canvas.isConnected || network.edges.length === 0) return;
    graph = await drawGraph(canvas, network);
    graph.on('tap', 'edge', (event) => select(Number(String(event.target.id()).slice(2))));
    canvas.setAttribute('data-rendered', 'true');
  });
  return root;
}
