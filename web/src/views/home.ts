import type { DocumentOutput } from '../../../src/doc/schema/index.ts';
import type { ArticleSummary, CorpusStatsResponse, IngestResult } from '../../../src/server/responses.ts';
import { getJson, postJson } from '../api.ts';
import { clear, h } from '../dom.ts';
import { link } from '../router.ts';
import { articleLink, errorBox, formField, formValues, pageTitle } from './common.ts';
import { setDraft } from './draft-store.ts';

interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

function articleRow(article: ArticleSummary): HTMLElement {
  return h(
    'li',
    { class: 'article-row', 'data-testid': 'article-row' },
    articleLink(article),
    h('span', { class: 'meta' }, [article.source, article.published].filter(Boolean).join(' · ')),
    article.duplicateOf ? h('span', { class: 'badge' }, `copy of ${article.duplicateOf}`) : null,
  );
}

function statsLine(): HTMLElement {
  const line = h('p', { class: 'status', 'data-testid': 'corpus-stats' });
  void getJson<CorpusStatsResponse>('/api/stats')
    .then((stats) => {
      line.textContent = `${stats.articles} articles (${stats.duplicates} copies), ${stats.quotes} quotes, ${stats.events} events, ${stats.claims} claims, ${stats.entities} entities${stats.outdated ? ` — ${stats.outdated} extracted by an older pipeline` : ''}.`;
    })
    .catch(() => line.remove());
  return line;
}

function articleList(): HTMLElement {
  const list = h('ul', { class: 'article-list', 'aria-live': 'polite' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More articles');
  const status = h('p', { class: 'status' }, 'Loading…');
  let cursor: string | undefined;
  const load = async () => {
    try {
      const page = await getJson<Page<ArticleSummary>>('/api/articles', { cursor, limit: 50 });
      status.textContent = page.items.length === 0 && !cursor ? 'The corpus is empty: add an article below, or run `newsgraph ingest`.' : '';
      for (const article of page.items) list.appendChild(articleRow(article));
      cursor = page.nextCursor ?? undefined;
      more.hidden = !page.nextCursor;
    } catch (error) {
      status.replaceWith(errorBox(error));
    }
  };
  more.addEventListener('click', () => void load());
  void load();
  return h('section', { class: 'articles' }, h('h3', {}, 'In the corpus'), statsLine(), status, list, more);
}

function addArticleForm(): HTMLElement {
  const message = h('div', { class: 'form-message', 'aria-live': 'polite' });
  const textArea = h('textarea', { name: 'content', rows: 10, required: true, placeholder: 'Paste article text, or a whole HTML page' });
  const form = h(
    'form',
    { class: 'add-article', 'aria-label': 'Add an article' },
    formField('Text or HTML', textArea),
    h(
      'div',
      { class: 'field-row' },
      formField('Title', h('input', { name: 'title', type: 'text' })),
      formField('Source', h('input', { name: 'source', type: 'text', placeholder: 'outlet' })),
      formField('Published', h('input', { name: 'published', type: 'date' }), 'relative dates resolve against it'),
      formField(
        'Input is',
        h('select', { name: 'format' }, h('option', { value: 'text' }, 'plain text'), h('option', { value: 'html' }, 'an HTML page')),
      ),
    ),
    h(
      'div',
      { class: 'buttons' },
      h('button', { type: 'submit', name: 'action', value: 'extract' }, 'Analyse without saving'),
      h('button', { type: 'submit', name: 'action', value: 'ingest', class: 'primary' }, 'Add to corpus'),
    ),
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const action = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value ?? 'extract';
    const values = formValues(form);
    const content = textArea.value;
    const body = {
      ...(values.format === 'html' ? { html: content } : { text: content }),
      article: {
        ...(values.title ? { title: values.title } : {}),
        ...(values.source ? { source: values.source } : {}),
        ...(values.published ? { published: values.published } : {}),
      },
    };
    clear(message);
    message.append('Working…');
    void (async () => {
      try {
        if (action === 'ingest') {
          const result = await postJson<IngestResult>('/api/articles', body);
          location.hash = link(`/article/${encodeURIComponent(result.duplicateOf ?? result.id)}`);
        } else {
          setDraft(await postJson<DocumentOutput>('/api/extract', body));
          location.hash = link('/draft');
        }
      } catch (error) {
        clear(message);
        message.append(errorBox(error));
      }
    })();
  });
  return h('section', { class: 'add' }, h('h3', {}, 'Add an article'), form);
}

export function homeView(): Node {
  return h('div', { class: 'home' }, pageTitle('Articles'), articleList(), addArticleForm());
}
