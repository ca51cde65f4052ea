import { ApiClientError } from '../api.ts';
import { h } from '../dom.ts';
import { link } from '../router.ts';

export function pageTitle(text: string, ...rest: (Node | string)[]): HTMLElement {
  document.title = `${text} — newsgraph`;
  return h('h2', { class: 'page-title' }, text, ...rest);
}

/** Shows an API failure with the server's reason and hint, instead of an empty page. */
export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ApiClientError ? error.hint : undefined;
  const noStore = error instanceof ApiClientError && error.code === 'STORE_UNAVAILABLE';
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('strong', {}, noStore ? 'No corpus is open. ' : 'Something went wrong: '),
    message,
    hint ? h('p', { class: 'hint' }, hint) : null,
  );
}

export function articleLink(article: { id: string; title?: string | undefined }, query: Record<string, string | undefined> = {}): HTMLAnchorElement {
  return h('a', { href: link(`/article/${encodeURIComponent(article.id)}`, query), class: 'article-link' }, article.title ?? article.id);
}

export function entityNameLink(name: string): string {
  return link('/entities', { name });
}

/** Splits a search snippet on its «match» markers into text and <mark> elements (never HTML). */
export function snippetNodes(snippet: string): (Node | string)[] {
  return snippet.split(/(«[^»]*»)/).map((part) => (part.startsWith('«') && part.endsWith('»') ? h('mark', {}, part.slice(1, -1)) : part));
}

export function formField(label: string, control: HTMLElement, note?: string): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label' }, label), control, note ? h('span', { class: 'field-note' }, note) : null);
}

/** Reads a form's named controls as strings, leaving out blanks. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') values[name] = value.trim();
  }
  return values;
}

export const EVENT_TYPES = [
  'CONSULT', 'AGREE', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'STATEMENT', 'APPEAL',
] as const;
