import { dateFromUrl, findTextDate, normalizeDate } from './dates.ts';

/**
 * Article metadata from the page head and markup: JSON-LD (schema.org NewsArticle), OpenGraph and
 * article:* meta tags, Dublin Core and itemprop, and <time datetime>. Publishers fill these for
 * search engines and social cards, so they are more reliable than anything guessed from the text.
 */

export interface PageMetadata {
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly url?: string;
  readonly siteName?: string;
  readonly language?: string;
  readonly description?: string;
}

type Json = unknown;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|LiveBlogPosting|ScholarlyArticle|TechArticle|WebPage|BackgroundNewsArticle|SocialMediaPosting|Review)$/;

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function asRecord(value: Json): Record<string, Json> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : undefined;
}

function stringOf(value: Json): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  const record = asRecord(value);
  if (record) return stringOf(record['name']) ?? stringOf(record['@value']) ?? stringOf(record['url']);
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

/** Every JSON-LD node, with @graph lists flattened. */
function jsonLdNodes(document: Document): Record<string, Json>[] {
  const nodes: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: Json;
    try {
      // Pages put raw newlines and trailing commas in JSON-LD; the common damage is repaired first.
      parsed = JSON.parse((script.textContent ?? '').replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      continue;
    }
    const queue = asArray(parsed);
    while (queue.length > 0) {
      const node = asRecord(queue.shift());
      if (!node) continue;
      nodes.push(node);
      queue.push(...asArray(node['@graph']));
      // The article is sometimes nested as mainEntity of a WebPage.
      queue.push(...asArray(node['mainEntity']));
    }
  }
  return nodes;
}

function typeNames(node: Record<string, Json>): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
}

function authorNames(value: Json): string | undefined {
  const names = asArray(value)
    .map((author) => stringOf(author))
    .filter((name): name is string => name !== undefined && !/^https?:/.test(name));
  return names.length > 0 ? [...new Set(names)].join('; ') : undefined;
}

function fromJsonLd(document: Document): PageMetadata {
  const nodes = jsonLdNodes(document);
  const articles = nodes.filter((node) => typeNames(node).some((type) => ARTICLE_TYPES.test(type)));
  // A NewsArticle beats a WebPage describing the same URL.
  const article = articles.find((node) => !typeNames(node).includes('WebPage')) ?? articles[0];
  if (!article) return {};
  const publisher = asRecord(article['publisher']);
  const title = stringOf(article['headline']) ?? stringOf(article['name']);
  const byline = authorNames(article['author']) ?? authorNames(article['creator']);
  const published = normalizeDate(stringOf(article['datePublished']) ?? stringOf(article['dateCreated']) ?? stringOf(article['uploadDate']));
  const url = stringOf(article['url']) ?? stringOf(article['mainEntityOfPage']);
  const siteName = publisher ? stringOf(publisher['name']) : undefined;
  const language = stringOf(article['inLanguage']);
  return {
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(url && /^https?:/.test(url) ? { url } : {}),
    ...(siteName ? { siteName } : {}),
    ...(language ? { language } : {}),
  };
}

/** Every <meta> value of the page, keyed "name:author", "property:og:title", "itemprop:datepublished" (lower case). */
type MetaIndex = ReadonlyMap<string, string>;

function indexMeta(document: Document): MetaIndex {
  const index = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const value = (element.getAttribute('content') ?? element.getAttribute('value') ?? '').trim();
    if (!value) continue;
    for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute);
      if (key && !index.has(`${attribute}:${key.toLowerCase()}`)) index.set(`${attribute}:${key.toLowerCase()}`, value);
    }
  }
  return index;
}

function meta(index: MetaIndex, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = index.get(key);
    if (value) return value;
  }
  return undefined;
}

const PUBLISHED_KEYS = [
  'property:article:published_time',
  'name:article:published_time',
  'property:og:article:published_time',
  'itemprop:datepublished',
  'name:pubdate',
  'name:publishdate',
  'name:publish-date',
  'name:publication_date',
  'name:sailthru.date',
  'name:parsely-pub-date',
  'name:date',
  'name:dc.date',
  'name:dc.date.issued',
  'name:dcterms.date',
  'name:dcterms.issued',
  'property:dc:created',
  'name:citation_publication_date',
  'property:og:published_time',
];

/** A published date marked up in the body: itemprop on any element, or the old <time pubdate>. */
function markedPublished(document: Document): string | undefined {
  const element = document.querySelector('[itemprop="datePublished"], time[pubdate]');
  return element ? normalizeDate(element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent) : undefined;
}

/** A <time datetime> inside the article or its header: the first one is the publication date on most news pages. */
function firstTimeElement(document: Document): string | undefined {
  for (const element of document.querySelectorAll('article time[datetime], header time[datetime], main time[datetime], time[datetime]')) {
    const date = normalizeDate(element.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function fromMeta(document: Document): PageMetadata {
  const index = indexMeta(document);
  const title = meta(index, ['property:og:title', 'name:twitter:title', 'name:title']) ?? document.querySelector('title')?.textContent?.trim();
  const byline = meta(index, ['name:author', 'property:article:author', 'name:byl', 'name:dc.creator', 'name:parsely-author', 'name:sailthru.author']);
  const published = normalizeDate(meta(index, PUBLISHED_KEYS)) ?? markedPublished(document) ?? firstTimeElement(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(index, ['property:og:url']);
  const siteName = meta(index, ['property:og:site_name', 'name:application-name', 'name:publisher']);
  const language = document.documentElement?.getAttribute('lang') ?? meta(index, ['http-equiv:content-language', 'property:og:locale']);
  const description = meta(index, ['name:description', 'property:og:description']);
  return {
    ...(title ? { title } : {}),
    ...(byline && !/^https?:/.test(byline) ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(url && /^https?:/.test(url) ? { url } : {}),
    ...(siteName ? { siteName } : {}),
    ...(language ? { language: language.trim().replace('_', '-') } : {}),
    ...(description ? { description } : {}),
  };
}

/** Elements whose name says they hold the date of the post ("entry-date", "post-meta", "datum"). */
const DATE_HOLDER = /(^|[\s_-])(date|dates|datum|time|timestamp|published|publish|posted|pubdate|post-?meta|entry-?meta|article-?meta|meta|byline|dateline|info|autor|author)([\s_-]|$)/i;

/** A date written in the page where the post's date usually stands: a <time>, or an element named for it. */
function fromMarkup(document: Document): string | undefined {
  for (const element of document.querySelectorAll('time, [class], [id], [itemprop]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
    if (element.tagName !== 'TIME' && !DATE_HOLDER.test(names)) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0 || text.length > 200) continue;
    const date = normalizeDate(element.getAttribute('datetime')) ?? findTextDate(text);
    if (date) return date;
  }
  return undefined;
}

export interface MetadataHints {
  /** Where the page came from, when known (a fetched URL, a feed item link): its path often carries the date. */
  readonly url?: string;
}

/**
 * Metadata of a page: JSON-LD first (the most deliberate), then meta tags. The publication date
 * written into the article's URL (/2019/10/22/) wins over both: it is set once when the article
 * goes out, while meta dates drift with republication and are often converted to UTC, which moves
 * an evening article to the next day. Without either, a date printed where posts print theirs.
 */
export function readPageMetadata(document: Document, hints: MetadataHints = {}): PageMetadata {
  const structured = fromJsonLd(document);
  const tagged = fromMeta(document);
  const metadata = { ...tagged, ...structured };
  const fromUrl = dateFromUrl(metadata.url) ?? dateFromUrl(hints.url);
  if (fromUrl && metadata.published?.slice(0, 10) !== fromUrl) return { ...metadata, published: fromUrl };
  if (metadata.published) return metadata;
  const printed = fromMarkup(document) ?? firstDateInPage(document);
  return printed ? { ...metadata, published: printed } : metadata;
}

/** The first date in the page's text: pages without any date markup still print theirs above the article. */
function firstDateInPage(document: Document): string | undefined {
  const body = document.body;
  if (!body) return undefined;
  const parts: string[] = [];
  const walker = document.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node && length < 20_000; node = walker.nextNode()) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const text = node.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return findTextDate(parts.join(' ').replace(/\s+/g, ' '));
}
