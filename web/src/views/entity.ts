import type { CorpusEntity, EntityDetail, EventRow, QuoteRow } from '../../../src/server/responses.ts';
import { describeEvent } from '../article/describe.ts';
import { getJson } from '../api.ts';
import { excerpt, h } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { articleLink, errorBox, pageTitle } from './common.ts';

function quoteItem(row: QuoteRow): HTMLElement {
  return h(
    'li',
    { class: 'entity-quote', 'data-testid': 'entity-quote' },
    h('blockquote', {}, excerpt(row.text, 400)),
    h('span', { class: 'meta' }, articleLink(row.article, { quote: row.quote.id }), row.article.published ? ` · ${row.article.published}` : ''),
  );
}

function eventItem(row: EventRow): HTMLElement {
  return h(
    'li',
    { 'data-testid': 'entity-event' },
    h('span', { class: `badge event-type type-${row.event.type.toLowerCase()}` }, row.event.type),
    ` ${describeEvent(row.event)} `,
    h('span', { class: 'meta' }, row.event.date?.value ?? ''),
    h('p', { class: 'sentence' }, row.sentenceText),
    articleLink(row.article, { event: row.event.id }),
  );
}

function entityDetail(detail: EntityDetail): HTMLElement {
  const { entity } = detail;
  return h(
    'div',
    { class: 'entity-page' },
    pageTitle(entity.name, h('span', { class: `badge entity-type-${entity.type.toLowerCase()}` }, entity.type)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Also written'),
      h('dd', { 'data-testid': 'entity-aliases' }, entity.aliases.length > 0 ? entity.aliases.join(', ') : '—'),
      entity.country ? [h('dt', {}, 'Country'), h('dd', {}, entity.country)] : null,
      entity.actorCode ? [h('dt', {}, 'Actor code'), h('dd', {}, entity.actorCode)] : null,
      h('dt', {}, 'Seen in'),
      h('dd', {}, `${entity.articleCount} articles, ${entity.mentionCount} mentions`),
    ),
    h(
      'div',
      { class: 'entity-columns' },
      h('section', {}, h('h3', {}, 'Quotes'), detail.quotes.length > 0 ? h('ul', { class: 'quote-list' }, detail.quotes.map(quoteItem)) : h('p', { class: 'empty' }, 'No quotes by this entity.')),
      h(
        'section',
        {},
        h('h3', {}, 'Events'),
        detail.events.length > 0 ? h('ul', { class: 'event-list' }, detail.events.map(eventItem)) : h('p', { class: 'empty' }, 'No events with this entity.'),
        h('p', {}, h('a', { href: link('/timeline', { actor: entity.name }) }, 'On the timeline'), ' · ', h('a', { href: link('/search', { q: `"${entity.name}"` }) }, 'Search the corpus')),
      ),
    ),
  );
}

export async function entityView({ params }: RouteContext): Promise<Node> {
  try {
    return entityDetail(await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(params.id ?? '')}`));
  } catch (error) {
    return errorBox(error);
  }
}

/** Links from article pages name an entity; the corpus may know several by that name. */
export async function entitiesByNameView({ query }: RouteContext): Promise<Node> {
  const name = query.get('name') ?? '';
  try {
    const page = await getJson<{ items: CorpusEntity[] }>('/api/entities', { name, limit: 20 });
    const exact = page.items.filter((entity) => entity.name.toLowerCase() === name.toLowerCase() || entity.aliases.some((alias) => alias.toLowerCase() === name.toLowerCase()));
    const only = exact.length === 1 ? exact[0] : page.items.length === 1 ? page.items[0] : undefined;
    if (only) return entityDetail(await getJson<EntityDetail>(`/api/entities/${encodeURIComponent(only.id)}`));
    return h(
      'div',
      {},
      pageTitle(`Entities named “${name}”`),
      page.items.length === 0
        ? h('p', {}, 'No entity by that name in the corpus.')
        : h('ul', {}, page.items.map((entity) => h('li', {}, h('a', { href: link(`/entity/${encodeURIComponent(entity.id)}`) }, entity.name), ` ${entity.type} · ${entity.articleCount} articles`))),
    );
  } catch (error) {
    return errorBox(error);
  }
}
