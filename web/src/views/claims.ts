import type { ClaimComparison, ClaimGroup, ComparedClaim } from '../../../src/server/responses.ts';
import { getJson } from '../api.ts';
import { h, svg } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { errorBox, formField, pageTitle } from './common.ts';

function filtersForm(query: URLSearchParams): HTMLFormElement {
  const counted = h('input', { type: 'search', name: 'counted', value: query.get('counted') ?? '', placeholder: 'what is counted, e.g. hostages', 'aria-label': 'Counted thing' });
  const form = h(
    'form',
    { class: 'filters inline', 'aria-label': 'Claim filters' },
    formField('Counted', counted),
    formField('From', h('input', { type: 'date', name: 'since', value: query.get('since') ?? '' })),
    formField('To', h('input', { type: 'date', name: 'until', value: query.get('until') ?? '' })),
    h(
      'div',
      { class: 'checks' },
      h('label', {}, h('input', { type: 'checkbox', name: 'several', value: '1', checked: query.get('several') === '1' }), ' only what two or more outlets count'),
      h('label', {}, h('input', { type: 'checkbox', name: 'disagreeing', value: '1', checked: query.get('disagreeing') === '1' }), ' only disagreements'),
    ),
    h('button', { type: 'submit' }, 'Compare'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim() || undefined]));
    location.hash = link('/claims', data);
  });
  return form;
}

function formatValue(value: number | undefined): string {
  return value === undefined ? '' : value.toLocaleString('en-US');
}

function statedValue(claim: ComparedClaim): string {
  const unit = claim.unit === 'percent' ? '%' : claim.unit ? ` ${claim.unit}` : '';
  switch (claim.qualifier) {
    case 'range':
      return `${formatValue(claim.low)}–${formatValue(claim.high)}${unit}`;
    case 'lower':
      return `≥ ${formatValue(claim.low ?? claim.value)}${unit}`;
    case 'upper':
      return `≤ ${formatValue(claim.high ?? claim.value)}${unit}`;
    case 'approximate':
      return `≈ ${formatValue(claim.value)}${unit}`;
    default:
      return `${formatValue(claim.value)}${unit}`;
  }
}

/**
 * One row per source on a shared axis: a dot for an exact figure, a bar for a range, an open-ended
 * bar for "at least"/"fewer than", so incompatible figures visibly fail to overlap.
 */
function claimChart(group: ClaimGroup): SVGElement {
  const width = 320;
  const rowHeight = 16;
  const left = 4;
  const numbers = group.claims.flatMap((claim) => [claim.value, claim.low, claim.high]).filter((value): value is number => value !== undefined);
  const max = Math.max(1, ...numbers) * 1.15;
  const x = (value: number) => left + (value / max) * (width - 2 * left);
  const height = group.claims.length * rowHeight + 14;
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'claim-chart', role: 'img', 'aria-label': `Values claimed for ${group.counted}` },
    group.claims.map((claim, index) => {
      const y = index * rowHeight + 8;
      const colour = claim.byAuthor ? 'author' : 'attributed';
      const value = claim.value ?? claim.low ?? claim.high ?? 0;
      const title = svg('title', {}, `${claim.source}: ${statedValue(claim)}`);
      if (claim.qualifier === 'range' && claim.low !== undefined && claim.high !== undefined) {
        return svg('rect', { x: x(claim.low), y: y - 4, width: Math.max(2, x(claim.high) - x(claim.low)), height: 8, class: `range ${colour}` }, title);
      }
      if (claim.qualifier === 'lower') return svg('rect', { x: x(value), y: y - 3, width: width - left - x(value), height: 6, class: `bound lower ${colour}` }, title);
      if (claim.qualifier === 'upper') return svg('rect', { x: left, y: y - 3, width: x(value) - left, height: 6, class: `bound upper ${colour}` }, title);
      return svg('circle', { cx: x(value), cy: y, r: 5, class: `point ${colour}` }, title);
    }),
    svg('line', { x1: left, x2: width - left, y1: height - 10, y2: height - 10, class: 'axis-line' }),
    svg('text', { x: left, y: height - 1, class: 'axis' }, '0'),
    svg('text', { x: width - left, y: height - 1, class: 'axis', 'text-anchor': 'end' }, formatValue(Math.round(max))),
  );
}

function groupTable(group: ClaimGroup): HTMLElement {
  return h(
    'section',
    { class: `claim-group${group.disagreement ? ' disagreement' : ''}`, 'data-testid': 'claim-group', 'data-counted': group.counted },
    h(
      'header',
      {},
      h('h3', {}, group.counted, group.unit && group.unit !== 'percent' ? ` (${group.unit})` : ''),
      h('span', { class: 'meta' }, `${group.outlets} outlet${group.outlets === 1 ? '' : 's'}`),
      h('span', { class: 'meta' }, group.from ? (group.from === group.to ? group.from : `${group.from} – ${group.to ?? ''}`) : 'undated'),
      group.disagreement ? h('span', { class: 'badge disagree', title: group.reason ?? '' }, `sources disagree${group.reason ? `: ${group.reason}` : ''}`) : null,
    ),
    h(
      'div',
      { class: 'claim-group-body' },
      h(
        'table',
        { class: 'claims-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Outlet'), h('th', { scope: 'col' }, 'According to'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Date'))),
        h(
          'tbody',
          {},
          group.claims.map((claim) =>
            h(
              'tr',
              { 'data-testid': 'claim-row' },
              h('td', {}, h('a', { href: link(`/article/${encodeURIComponent(claim.article.id)}`, { claim: claim.claim }), title: claim.sentenceText }, claim.outlet)),
              h('td', {}, claim.byAuthor ? h('em', { class: 'voice-author' }, 'the outlet itself (unattributed)') : claim.source),
              h('td', { class: 'number', title: claim.text }, statedValue(claim), claim.hedged ? h('span', { class: 'badge modality', title: 'the text hedges this figure' }, 'hedged') : null),
              h('td', {}, claim.date ?? ''),
            ),
          ),
        ),
      ),
      claimChart(group),
    ),
  );
}

export async function claimsView({ query }: RouteContext): Promise<Node> {
  // The filter the view was rendered for, so a reader (or a test) can tell the new results from the old page's.
  const root = h('div', { class: 'claims', 'data-counted-filter': query.get('counted') ?? '' }, pageTitle('Claims compared across sources'), h('p', { class: 'lede' }, 'Numbers about the same counted thing in the same period, side by side with who states them. Flagged groups cannot all be right.'), filtersForm(query));
  try {
    const comparison = await getJson<ClaimComparison>('/api/compare/claims', {
      counted: query.get('counted'),
      since: query.get('since'),
      until: query.get('until'),
      // The view shows single-outlet groups too unless asked not to: on a small corpus they are most of it.
      all: query.get('several') === '1' ? 'false' : 'true',
      disagreeing: query.get('disagreeing') === '1' ? 'true' : undefined,
    });
    root.append(
      h('p', { class: 'status', 'data-testid': 'claims-summary' }, `${comparison.groups.length} groups from ${comparison.claimsRead} claims${comparison.truncated ? ' (only the first claims were read: narrow the filters)' : ''}.`),
      comparison.groups.length === 0 ? h('p', {}, 'No claims match these filters.') : h('div', { class: 'claim-groups' }, comparison.groups.map(groupTable)),
    );
  } catch (error) {
    root.append(errorBox(error));
  }
  return root;
}
