import type { DocumentOutput } from '../../../src/doc/schema/index.ts';
import { getJson } from '../api.ts';
import { renderArticleView } from '../article/article-view.ts';
import { h } from '../dom.ts';
import { link, type RouteContext } from '../router.ts';
import { entityNameLink, errorBox } from './common.ts';
import { getDraft } from './draft-store.ts';

/** Item to show on arrival, from links like #/article/ID?quote=q3 (search hits, entity pages, the timeline). */
function initialFocus(doc: DocumentOutput, query: URLSearchParams): string | undefined {
  const byId = (ids: readonly { id: string }[], id: string | null, prefix: string) => {
    const index = id === null ? -1 : ids.findIndex((item) => item.id === id);
    return index >= 0 ? `${prefix}-${index}` : undefined;
  };
  return byId(doc.quotes, query.get('quote'), 'quote') ?? byId(doc.events, query.get('event'), 'event') ?? byId(doc.claims, query.get('claim'), 'claim');
}

function showArticle(doc: DocumentOutput, query: URLSearchParams, stored: boolean): HTMLElement {
  document.title = `${doc.article.title ?? doc.article.id} — newsgraph`;
  const view = renderArticleView(doc, stored ? { entityLink: entityNameLink } : {});
  const focus = initialFocus(doc, query);
  if (focus) requestAnimationFrame(() => view.querySelector<HTMLElement>(`.article-panel [data-key="${focus}"]`)?.click());
  return view;
}

export async function articleView({ params, query }: RouteContext): Promise<Node> {
  try {
    const doc = await getJson<DocumentOutput>(`/api/articles/${encodeURIComponent(params.id ?? '')}`);
    return showArticle(doc, query, true);
  } catch (error) {
    return errorBox(error);
  }
}

export function draftView({ query }: RouteContext): Node {
  const doc = getDraft();
  if (!doc) return h('p', {}, 'Nothing analysed yet. ', h('a', { href: link('/') }, 'Paste an article'), ' first.');
  return h('div', {}, h('p', { class: 'notice' }, 'Analysed, not saved to the corpus.'), showArticle(doc, query, false));
}
