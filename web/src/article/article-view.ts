import type { DocumentOutput, Quote } from '../../../src/doc/schema/index.ts';
import { excerpt, h, type Child } from '../dom.ts';
import { attributionName, describeClaimValue, describeEvent, eventModality, quoteText } from './describe.ts';
import { documentMarks, LAYER_LABELS, LAYERS, speakerColours, speakerKey, type Layer } from './layers.ts';
import { focusMark, renderArticleText } from './render-text.ts';

export interface ArticleViewOptions {
  /** Link entity names to their corpus pages (only for stored articles). */
  readonly entityLink?: (name: string) => string;
}

interface SpeakerGroup {
  readonly key: string | null;
  readonly name: string;
  readonly colour: string;
  readonly quotes: { quote: Quote; index: number }[];
}

function groupQuotesBySpeaker(doc: DocumentOutput): SpeakerGroup[] {
  const colours = speakerColours(doc.quotes);
  const groups = new Map<string, SpeakerGroup>();
  doc.quotes.forEach((quote, index) => {
    const key = speakerKey(quote);
    const groupKey = key ?? '(unattributed)';
    let group = groups.get(groupKey);
    if (!group) {
      group = { key, name: quote.speaker?.name ?? 'No speaker found', colour: key === null ? 'speaker-none' : `speaker-${colours.get(key) ?? 0}`, quotes: [] };
      groups.set(groupKey, group);
    }
    group.quotes.push({ quote, index });
  });
  // Most-quoted first; the unattributed group last, since it is a list of gaps rather than a voice.
  return [...groups.values()].sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.quotes.length - a.quotes.length));
}

function itemButton(key: string, onFocus: (key: string) => void, testId: string, ...children: (Child | readonly Child[])[]): HTMLButtonElement {
  return h('button', { type: 'button', class: 'item', 'data-key': key, 'data-testid': testId, onclick: () => onFocus(key) }, ...children);
}

function section(title: string, count: number, testId: string, ...children: (Child | readonly Child[])[]): HTMLElement {
  return h('section', { class: 'panel-section', 'data-testid': testId }, h('h3', {}, `${title} `, h('span', { class: 'count' }, String(count))), ...children);
}

function quotesSection(doc: DocumentOutput, onFocus: (key: string) => void, options: ArticleViewOptions): HTMLElement {
  const groups = groupQuotesBySpeaker(doc);
  return section(
    'Quotes by speaker',
    doc.quotes.length,
    'quotes-panel',
    doc.quotes.length === 0 ? h('p', { class: 'empty' }, 'No quotes found.') : null,
    groups.map((group) =>
      h(
        'div',
        { class: 'speaker-group', 'data-speaker': group.name },
        h(
          'h4',
          {},
          h('span', { class: `swatch ${group.colour}`, 'aria-hidden': 'true' }),
          options.entityLink && group.key !== null ? h('a', { href: options.entityLink(group.name) }, group.name) : group.name,
          h('span', { class: 'count' }, String(group.quotes.length)),
        ),
        h(
          'ul',
          {},
          group.quotes.map(({ quote, index }) =>
            h(
              'li',
              {},
              itemButton(
                `quote-${index}`,
                onFocus,
                'quote-item',
                h('span', { class: `badge kind-${quote.kind}` }, quote.kind),
                quote.reportedBy ? h('span', { class: 'badge' }, `via ${quote.reportedBy.name}`) : null,
                ` ${excerpt(quoteText(doc, quote))}`,
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function eventsSection(doc: DocumentOutput, onFocus: (key: string) => void): HTMLElement {
  return section(
    'Events',
    doc.events.length,
    'events-panel',
    doc.events.length === 0 ? h('p', { class: 'empty' }, 'No events found.') : null,
    h(
      'ul',
      {},
      doc.events.map((event, index) =>
        h(
          'li',
          {},
          itemButton(
            `event-${index}`,
            onFocus,
            'event-item',
            h('span', { class: `badge event-type type-${event.type.toLowerCase()}` }, event.type),
            ` ${describeEvent(event)} `,
            h('q', { class: 'trigger-word' }, doc.text.slice(event.trigger.start, event.trigger.end)),
            event.date ? h('span', { class: 'date' }, ` ${event.date.value}`) : null,
            eventModality(event).map((word) => h('span', { class: 'badge modality' }, word)),
            event.attributedTo === 'author'
              ? h('span', { class: 'badge voice-author' }, 'author')
              : h('span', { class: 'badge voice-attributed' }, `per ${event.attributedTo.name}`),
          ),
        ),
      ),
    ),
  );
}

function claimsSection(doc: DocumentOutput, onFocus: (key: string) => void): HTMLElement {
  const indexed = doc.claims.map((claim, index) => ({ claim, index }));
  const attributed = indexed.filter(({ claim }) => claim.source !== 'author');
  const authored = indexed.filter(({ claim }) => claim.source === 'author');
  const list = (items: typeof indexed) =>
    h(
      'ul',
      {},
      items.map(({ claim, index }) =>
        h(
          'li',
          {},
          itemButton(
            `claim-${index}`,
            onFocus,
            'claim-item',
            h('strong', {}, describeClaimValue(claim)),
            ` ${claim.counted?.text ?? '(uncounted)'}`,
            claim.predicate ? h('span', { class: 'predicate' }, ` ${claim.predicate}`) : null,
            claim.hedged ? h('span', { class: 'badge modality' }, 'hedged') : null,
            h('span', { class: `badge ${claim.source === 'author' ? 'voice-author' : 'voice-attributed'}` }, claim.source === 'author' ? 'author' : `per ${attributionName(claim.source)}`),
          ),
        ),
      ),
    );
  return section(
    'Numeric claims',
    doc.claims.length,
    'claims-panel',
    doc.claims.length === 0 ? h('p', { class: 'empty' }, 'No numeric claims found.') : null,
    attributed.length > 0 ? [h('h4', {}, 'Attributed to a source'), list(attributed)] : null,
    authored.length > 0 ? [h('h4', { class: 'voice-author-heading' }, 'The author’s own assertions (unattributed)'), list(authored)] : null,
  );
}

function entitiesSection(doc: DocumentOutput, onFocus: (key: string) => void, options: ArticleViewOptions): HTMLElement {
  const indexed = doc.entities.map((entity, index) => ({ entity, index })).sort((a, b) => b.entity.mentions.length - a.entity.mentions.length);
  return section(
    'Entities',
    doc.entities.length,
    'entities-panel',
    h(
      'ul',
      { class: 'entity-list' },
      indexed.map(({ entity, index }) =>
        h(
          'li',
          {},
          itemButton(
            `entity-${index}`,
            onFocus,
            'entity-item',
            h('span', { class: `badge entity-type-${entity.type.toLowerCase()}` }, entity.type),
            ` ${entity.name}`,
            entity.aliases.length > 0 ? h('span', { class: 'aliases' }, ` (${entity.aliases.join(', ')})`) : null,
            h('span', { class: 'count' }, String(entity.mentions.length)),
          ),
          options.entityLink ? h('a', { class: 'entity-page-link', href: options.entityLink(entity.name), title: `Corpus page of ${entity.name}` }, '→') : null,
        ),
      ),
    ),
  );
}

function timesSection(doc: DocumentOutput, onFocus: (key: string) => void): HTMLElement {
  return section(
    'Times',
    doc.times.length,
    'times-panel',
    h(
      'ul',
      {},
      doc.times.map((time, index) =>
        h('li', {}, itemButton(`time-${index}`, onFocus, 'time-item', h('q', {}, doc.text.slice(time.start, time.end)), ` ${time.value ?? 'unresolved'}`)),
      ),
    ),
  );
}

function layerToggles(root: HTMLElement): HTMLElement {
  return h(
    'fieldset',
    { class: 'layer-toggles' },
    h('legend', {}, 'Show'),
    LAYERS.map((layer: Layer) =>
      h(
        'label',
        { class: `toggle toggle-${layer}` },
        h('input', {
          type: 'checkbox',
          checked: true,
          'data-layer': layer,
          onchange: (event: Event) => root.classList.toggle(`hide-${layer}`, !(event.target as HTMLInputElement).checked),
        }),
        ` ${LAYER_LABELS[layer]}`,
      ),
    ),
    h(
      'span',
      { class: 'legend-note' },
      h('span', { class: 'sample layer-voice' }, 'sand'),
      ' = a sentence in the author’s own voice (no source); claims ',
      h('span', { class: 'sample claim-author' }, 'dashed'),
      ' = the author’s own, ',
      h('span', { class: 'sample claim-attributed' }, 'solid'),
      ' = attributed',
    ),
  );
}

/** Only http(s) links leave the app: an ingested page could carry a javascript: or data: "URL". */
export function isWebAddress(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

function articleHeader(doc: DocumentOutput): HTMLElement {
  const { article } = doc;
  return h(
    'header',
    { class: 'article-header' },
    h('h2', {}, article.title ?? article.id),
    h(
      'p',
      { class: 'meta' },
      [article.source, article.published, article.byline].filter(Boolean).join(' · '),
      article.url && isWebAddress(article.url) ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null,
    ),
    doc.issues.length > 0 ? h('ul', { class: 'issues' }, doc.issues.map((issue) => h('li', {}, `${issue.code}: ${issue.message}`))) : null,
  );
}

/** The article with every layer highlighted, and a side panel whose items jump to their spans. */
export function renderArticleView(doc: DocumentOutput, options: ArticleViewOptions = {}): HTMLElement {
  const root = h('div', { class: 'article-view' });
  const text = renderArticleText(doc.text, documentMarks(doc));
  const onFocus = (key: string) => {
    focusMark(text, key);
  };
  root.append(
    h(
      'div',
      { class: 'article-main' },
      articleHeader(doc),
      layerToggles(root),
      h('article', { 'aria-label': 'Article text' }, text),
    ),
    h(
      'aside',
      { class: 'article-panel', 'aria-label': 'What the article contains' },
      quotesSection(doc, onFocus, options),
      claimsSection(doc, onFocus),
      eventsSection(doc, onFocus),
      entitiesSection(doc, onFocus, options),
      timesSection(doc, onFocus),
    ),
  );
  // Clicking a highlighted run in the text selects its innermost item in the panel.
  text.addEventListener('click', (event) => {
    const target = (event.target as Element).closest('[data-marks]');
    const keys = target?.getAttribute('data-marks')?.split(' ') ?? [];
    const key = keys.find((candidate) => candidate.startsWith('quote-')) ?? keys[0];
    if (!key) return;
    const button = root.querySelector<HTMLElement>(`.article-panel [data-key="${CSS.escape(key)}"]`);
    for (const element of root.querySelectorAll('.article-panel .selected')) element.classList.remove('selected');
    button?.classList.add('selected');
    button?.scrollIntoView({ block: 'nearest' });
  });
  return root;
}
