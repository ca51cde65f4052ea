import type { SearchHit } from '../../../src/server/responses.ts';
import { getJson } from '../api.ts';
import { h } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { articleLink, errorBox, formField, pageTitle, snippetNodes } from './common.ts';

function hitRow(hit: SearchHit): HTMLElement {
  return h(
    'li',
    { class: 'search-hit', 'data-testid': 'search-hit' },
    h('span', { class: `badge hit-${hit.kind}` }, hit.kind),
    ' ',
    articleLink(hit.article, hit.quote ? { quote: hit.quote } : {}),
    h('span', { class: 'meta' }, ` ${[hit.article.source, hit.article.published].filter(Boolean).join(' · ')}`),
    h('p', { class: 'snippet' }, ...snippetNodes(hit.snippet)),
  );
}

export async function searchView({ query }: RouteContext): Promise<Node> {
  const q = query.get('q') ?? '';
  const scope = query.get('in') ?? 'all';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words, or "an exact phrase"', 'aria-label': 'Search the corpus', autofocus: true });
  const select = h(
    'select',
    { name: 'in' },
    ['all', 'articles', 'quotes'].map((value) => h('option', { value, selected: value === scope }, value === 'all' ? 'articles and quotes' : value)),
  );
  const form = h('form', { class: 'search-form', role: 'search' }, formField('Find', input), formField('In', select), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = link('/search', { q: input.value.trim(), in: select.value === 'all' ? undefined : select.value });
  });
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  if (q) {
    try {
      const page = await getJson<{ items: SearchHit[]; nextCursor: string | null }>('/api/search', { q, in: scope, limit: 50 });
      results.append(
        page.items.length === 0 ? h('p', {}, `Nothing found for “${q}”.`) : h('ol', { class: 'hits' }, page.items.map(hitRow)),
        page.nextCursor ? h('p', { class: 'note' }, 'Showing the first 50 matches; refine the words to narrow them.') : '',
      );
    } catch (error) {
      results.append(errorBox(error));
    }
  }
  return h('div', { class: 'search' }, pageTitle('Search'), form, results);
}
