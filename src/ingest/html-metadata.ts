import { normalizeDate } from './dates.ts';

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

function meta(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      const value = element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.getAttribute('value');
      if (value && value.trim()) return value.trim();
    }
  }
  return undefined;
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.date"]',
  'meta[name="DCTERMS.issued"]',
  'meta[property="dc:created"]',
  'meta[name="citation_publication_date"]',
  'meta[property="og:published_time"]',
  '[itemprop="datePublished"]',
  'time[pubdate]',
];

/** A <time datetime> inside the article or its header: the first one is the publication date on most news pages. */
function firstTimeElement(document: Document): string | undefined {
  for (const element of document.querySelectorAll('article time[datetime], header time[datetime], main time[datetime], time[datetime]')) {
    const date = normalizeDate(element.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function fromMeta(document: Document): PageMetadata {
  const title = meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ?? document.querySelector('title')?.textContent?.trim();
  const byline = meta(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="dc.creator"]', 'meta[name="DC.creator"]', 'meta[name="parsely-author"]', 'meta[name="sailthru.author"]']);
  const published = normalizeDate(meta(document, PUBLISHED_SELECTORS)) ?? firstTimeElement(document);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, ['meta[property="og:url"]']);
  const siteName = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']);
  const language = document.documentElement?.getAttribute('lang') ?? meta(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']);
  const description = meta(document, ['meta[name="description"]', 'meta[property="og:description"]']);
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

/** Metadata of a page: JSON-LD first (the most deliberate), then meta tags and markup. */
export function readPageMetadata(document: Document): PageMetadata {
  const structured = fromJsonLd(document);
  const tagged = fromMeta(document);
  return { ...tagged, ...structured };
}
