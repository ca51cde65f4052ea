import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../doc/schema/article.ts';
import { charsetOfContentType, decodeBytes } from './decode.ts';
import type { InputEntry } from './expand-inputs.ts';
import { type FeedItem, looksLikeFeed, parseFeed } from './feed.ts';
import { fetchUrl, type FetchOptions } from './fetch-url.ts';
import { extractHtmlArticle, looksLikeHtml } from './html.ts';
import { InputError } from './input-error.ts';
import { parseBatchLine } from './jsonl-batch.ts';
import { DEFAULT_MAX_BYTES, readInputBytes } from './read-input.ts';

/**
 * Turns input entries (files, URLs) into articles: plain text, HTML pages, every item of an
 * RSS/Atom/RDF/JSON feed, every line of a .jsonl batch. Each problem becomes a failure event
 * naming the input, so one bad file never stops the others.
 */

export interface SourceArticle {
  /** Where the article came from; unique per article, stable across runs. */
  readonly origin: string;
  readonly text: string;
  readonly article: Article;
}

export type SourceEvent =
  | { readonly kind: 'article'; readonly value: SourceArticle }
  | { readonly kind: 'failed'; readonly input: string; readonly problem: string }
  | { readonly kind: 'skipped'; readonly input: string; readonly reason: string };

export interface ReadSourcesOptions {
  /** Fetch URLs given as inputs and the pages of summary-only feed items. */
  readonly fetch?: boolean;
  readonly fetchOptions?: FetchOptions;
  readonly maxBytes?: number;
  readonly encoding?: string;
  /** Metadata for articles that do not carry their own (a folder of text files from one outlet). */
  readonly defaults?: Partial<Pick<Article, 'source' | 'published' | 'language'>>;
}

/** A stable, URL-safe article id for an origin without an id of its own. */
export function articleIdFor(origin: string): string {
  return `a-${createHash('sha256').update(origin).digest('hex').slice(0, 12)}`;
}

function failed(error: unknown, input: string): SourceEvent {
  if (error instanceof InputError) return { kind: 'failed', input: error.input, problem: error.problem + (error.hint ? ` — ${error.hint}` : '') };
  return { kind: 'failed', input, problem: `could not be read (${error instanceof Error ? error.message : String(error)})` };
}

function withDefaults(article: Article, options: ReadSourcesOptions): Article {
  const defaults = options.defaults ?? {};
  return {
    ...article,
    ...(article.source === undefined && defaults.source ? { source: defaults.source } : {}),
    ...(article.published === undefined && defaults.published ? { published: defaults.published } : {}),
    ...(article.language === undefined && defaults.language ? { language: defaults.language } : {}),
  };
}

/** Gzip bodies saved under any name (feeds, archived pages) are opened, within the same size limit. */
export function gunzipIfCompressed(bytes: Uint8Array, input: string, maxBytes: number): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(input, `decompresses to more than ${maxBytes} bytes`, 'split it, or raise --max-bytes');
    throw new InputError(input, 'a damaged gzip file', 'check that the download completed');
  }
}

/** A headline on the first line, set off by a blank line, as wire copy and plain-text archives write it. */
function headlineOf(text: string): string | undefined {
  const match = /^\s*([^\n]{3,200})\n\s*\n/.exec(text);
  const line = match?.[1]?.trim();
  return line && !/[.:;,]$/.test(line) && line.split(/\s+/).length <= 25 ? line : undefined;
}

type Kind = 'feed' | 'html' | 'text';

function classify(text: string, name: string, contentType: string | undefined): Kind {
  const extension = extname(name.replace(/\.gz$/i, '')).toLowerCase();
  if (/(rss|atom|rdf)\+xml|application\/feed\+json/i.test(contentType ?? '') || ['.rss', '.atom', '.rdf'].includes(extension) || looksLikeFeed(text)) return 'feed';
  if (/html/i.test(contentType ?? '') || ['.html', '.htm', '.xhtml', '.shtml'].includes(extension) || looksLikeHtml(text)) return 'html';
  if (extension === '.json' || extension === '.xml') return 'feed';
  return 'text';
}

function pageArticle(html: string, origin: string, url: string | undefined, options: ReadSourcesOptions): SourceArticle {
  const page = extractHtmlArticle(html, url ? { url } : {});
  if (page.text.trim().length === 0) throw new InputError(origin, 'the HTML page has no readable main text', 'check that it is an article page and not a script-only shell or a redirect');
  const article: Article = {
    id: articleIdFor(origin),
    ...(page.url ?? url ? { url: page.url ?? url } : {}),
    ...(page.title ? { title: page.title } : {}),
    ...(page.byline ? { byline: page.byline } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.siteName ? { source: page.siteName } : {}),
    ...(page.language ? { language: page.language } : {}),
  };
  return { origin, text: page.text, article: withDefaults(article, options) };
}

function textArticle(text: string, origin: string, options: ReadSourcesOptions): SourceArticle {
  const title = headlineOf(text);
  return { origin, text, article: withDefaults({ id: articleIdFor(origin), ...(title ? { title } : {}) }, options) };
}

async function* feedArticles(text: string, input: string, options: ReadSourcesOptions): AsyncGenerator<SourceEvent> {
  const feed = parseFeed(text, input);
  for (const [index, item] of feed.items.entries()) {
    const origin = `${input}#${item.id ?? item.link ?? index}`;
    yield await feedItemEvent(item, origin, feed.title, options);
  }
}

/** A feed item as an article; a summary-only item is replaced by its linked page when fetching is on. */
async function feedItemEvent(item: FeedItem, origin: string, feedTitle: string | undefined, options: ReadSourcesOptions): Promise<SourceEvent> {
  const metadata: Article = {
    id: articleIdFor(origin),
    ...(item.link ? { url: item.link } : {}),
    ...(item.title ? { title: item.title } : {}),
    ...(item.published ? { published: item.published } : {}),
    ...(item.author ? { byline: item.author } : {}),
    ...(feedTitle ? { source: feedTitle } : {}),
  };
  if (item.summaryOnly && options.fetch && item.link && /^https?:/i.test(item.link)) {
    try {
      const page = await fetchUrl(item.link, options.fetchOptions);
      const html = decodeBytes(page.bytes, item.link, { httpCharset: charsetOfContentType(page.contentType), guess: true }).text;
      const fetched = pageArticle(html, origin, page.url, options);
      // The feed's own metadata is the publisher's statement about the item: it wins over guesses from the page.
      return { kind: 'article', value: { ...fetched, article: withDefaults({ ...fetched.article, ...metadata }, options) } };
    } catch (error) {
      if (item.text.trim().length === 0) return failed(error, origin);
      // The page could not be read: the summary is still the item's text.
    }
  }
  if (item.text.trim().length === 0) {
    return { kind: 'skipped', input: origin, reason: options.fetch ? 'the feed item has no text and no readable link' : 'the feed item has no text (pass --fetch to read its linked page)' };
  }
  return { kind: 'article', value: { origin, text: item.text, article: withDefaults(metadata, options) } };
}

async function* batchArticles(path: string, input: string, options: ReadSourcesOptions): AsyncGenerator<SourceEvent> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim().length === 0) continue;
    const where = `${input} line ${lineNumber}`;
    try {
      const parsed = parseBatchLine(line, where);
      yield { kind: 'article', value: { origin: `${path}#${parsed.article.id}`, text: parsed.text, article: withDefaults(parsed.article, options) } };
    } catch (error) {
      yield failed(error, where);
    }
  }
}

async function* decodedArticles(bytes: Uint8Array, input: string, url: string | undefined, contentType: string | undefined, options: ReadSourcesOptions): AsyncGenerator<SourceEvent> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const opened = gunzipIfCompressed(bytes, input, maxBytes);
  const { text } = decodeBytes(opened, input, { ...(options.encoding ? { encoding: options.encoding } : {}), httpCharset: charsetOfContentType(contentType), guess: true });
  const kind = classify(text, url ?? input, contentType);
  if (kind === 'feed') yield* feedArticles(text, input, options);
  else if (kind === 'html') yield { kind: 'article', value: pageArticle(text, input, url, options) };
  else if (text.trim().length === 0) yield { kind: 'failed', input, problem: 'the file is empty — nothing to ingest' };
  else yield { kind: 'article', value: textArticle(text, input, options) };
}

/** The articles of one input entry, as events; never throws for a bad input. */
export async function* readEntry(entry: InputEntry, options: ReadSourcesOptions = {}): AsyncGenerator<SourceEvent> {
  try {
    if (entry.kind === 'missing') throw new InputError(entry.input, 'file not found or not readable', 'check the path');
    if (entry.kind === 'url') {
      if (!options.fetch) throw new InputError(entry.input, 'is a URL, and fetching is off', 'pass --fetch to download it');
      const resource = await fetchUrl(entry.input, { ...options.fetchOptions, ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}) });
      yield* decodedArticles(resource.bytes, entry.input, resource.url, resource.contentType, options);
      return;
    }
    const extension = extname(entry.path).toLowerCase();
    if (extension === '.jsonl' || extension === '.ndjson') {
      yield* batchArticles(entry.path, entry.input, options);
      return;
    }
    const bytes = readInputBytes(entry.path, options.maxBytes ?? DEFAULT_MAX_BYTES);
    yield* decodedArticles(bytes, entry.input, undefined, undefined, options);
  } catch (error) {
    yield failed(error, entry.input);
  }
}

export async function* readSources(entries: Iterable<InputEntry>, options: ReadSourcesOptions = {}): AsyncGenerator<SourceEvent> {
  for (const entry of entries) yield* readEntry(entry, options);
}
