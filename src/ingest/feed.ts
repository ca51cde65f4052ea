import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { normalizeDate } from './dates.ts';
import { feedContentText } from './html-text.ts';
import { InputError } from './input-error.ts';

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed, read leniently: feeds in the wild carry
 * unescaped ampersands, stray whitespace before the XML declaration and HTML in every field, and
 * each item that can be read is worth more than a strict refusal of the whole file.
 */

export interface FeedItem {
  readonly id?: string;
  readonly title?: string;
  readonly link?: string;
  readonly published?: string;
  readonly author?: string;
  /** The item's text (full content when the feed carries it, else its summary), one paragraph per line. */
  readonly text: string;
  /** True when the feed gave only a summary or nothing: the linked page holds the article. */
  readonly summaryOnly: boolean;
}

export interface ParsedFeed {
  readonly format: 'rss' | 'rdf' | 'atom' | 'json';
  readonly title?: string;
  readonly link?: string;
  readonly items: readonly FeedItem[];
}

type Node = Record<string, unknown>;

/** Content elements are kept as raw markup (stop nodes), so their HTML survives for the text extractor. */
const CONTENT_TAGS = ['encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'creator'].includes(name),
  stopNodes: CONTENT_TAGS.map((tag) => `*.${tag}`),
});

/** A summary shorter than this is a teaser: with --fetch, the linked page is read instead. */
const FULL_TEXT_MINIMUM = 600;

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

/** The text of an element that may be a string, a {#text, @attr} object or a list of either. */
function textOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
  const node = asNode(value);
  if (!node) return undefined;
  return textOf(node['#text']) ?? textOf(node['name']) ?? textOf(node['@href']);
}

/** Raw markup of a content element; Atom's type="xhtml" wraps it in a <div>. */
function rawContent(value: unknown): string | undefined {
  const text = textOf(value);
  return text ? text.replace(/^\s*<div[^>]*xhtml[^>]*>([\s\S]*)<\/div>\s*$/i, '$1') : undefined;
}

function plainText(value: unknown): string | undefined {
  const raw = rawContent(value);
  const text = raw ? feedContentText(raw) : undefined;
  return text && text.length > 0 ? text : undefined;
}

/** Atom <link rel="alternate" href> (the default rel), RSS <link>text</link>. */
function linkOf(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const alternate = links.find((link) => {
    const node = asNode(link);
    return !node || !node['@rel'] || node['@rel'] === 'alternate';
  });
  const chosen = alternate ?? links[0];
  const node = asNode(chosen);
  return (node ? textOf(node['@href']) ?? textOf(node['#text']) : textOf(chosen))?.trim();
}

function authorOf(item: Node): string | undefined {
  return textOf(item['creator']) ?? textOf(item['author']);
}

function toItem(item: Node): FeedItem {
  const full = plainText(item['encoded']) ?? plainText(item['content']);
  const summary = plainText(item['description']) ?? plainText(item['summary']);
  const text = full ?? summary ?? '';
  const guid = textOf(item['guid']) ?? textOf(item['id']);
  const about = textOf(item['@about']);
  const link = linkOf(item['link']) ?? (guid && /^https?:/.test(guid) ? guid : undefined) ?? about;
  const published = normalizeDate(textOf(item['pubDate']) ?? textOf(item['published']) ?? textOf(item['date']) ?? textOf(item['issued']) ?? textOf(item['updated']) ?? textOf(item['modified']) ?? textOf(item['created']));
  const title = textOf(item['title']);
  const author = authorOf(item);
  return {
    ...(guid ?? about ?? link ? { id: guid ?? about ?? link } : {}),
    ...(title ? { title: feedContentText(title) } : {}),
    ...(link ? { link } : {}),
    ...(published ? { published } : {}),
    ...(author ? { author } : {}),
    text,
    summaryOnly: full === undefined && text.length < FULL_TEXT_MINIMUM,
  };
}

function asList(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map(asNode).filter((node): node is Node => node !== undefined);
}

/** The feed root wherever it sits (an Atom feed inside an XHTML page is still a feed). */
function findRoot(node: Node, depth = 0): { format: ParsedFeed['format']; root: Node } | undefined {
  for (const [name, format] of [['rss', 'rss'], ['RDF', 'rdf'], ['feed', 'atom']] as const) {
    // An empty <rss></rss> parses as a string: still a feed, with no items.
    if (name in node) return { format, root: asNode(node[name]) ?? {} };
  }
  if (depth > 4) return undefined;
  for (const child of Object.values(node)) {
    for (const candidate of Array.isArray(child) ? child : [child]) {
      const childNode = asNode(candidate);
      const found = childNode ? findRoot(childNode, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The usual damage in served feeds, repaired before a second attempt: bare ampersands in links
 * ("?a=1&b=2"), and a file cut off mid-tag or mid-CDATA by an interrupted download.
 */
export function repairXml(text: string): string {
  let repaired = text.replace(/&(?!#\d+;|#x[\da-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
  const openCdata = repaired.lastIndexOf('<![CDATA[');
  if (openCdata > repaired.lastIndexOf(']]>')) repaired += ']]>';
  // A cut-off tag or CDATA opener at the very end is dropped; a cut-off closing tag is completed.
  return repaired.replace(/<(\/?[\w:.-]*(\s[^<>]*)?|!\[?[A-Z]*)\s*$/, (partial) => (/^<\/[\w:.-]+$/.test(partial) ? `${partial}>` : ''));
}

function parseXmlDocument(text: string, input: string): Node {
  const trimmed = text.replace(/^\s+/, '');
  try {
    return parser.parse(trimmed) as Node;
  } catch (error) {
    try {
      return parser.parse(repairXml(trimmed)) as Node;
    } catch {
      throw new InputError(input, `not a readable feed (${(error as Error).message.split('\n')[0]})`, 'check that the file is a complete RSS or Atom feed');
    }
  }
}

function parseXmlFeed(text: string, input: string): ParsedFeed {
  const document = parseXmlDocument(text, input);
  const found = findRoot(document);
  if (!found) {
    const validation = XMLValidator.validate(text.replace(/^\s+/, ''));
    const detail = validation === true ? 'no <rss>, <feed> or <rdf:RDF> element' : `${validation.err.msg} at line ${validation.err.line}`;
    throw new InputError(input, `not an RSS, Atom or RDF feed (${detail})`, 'give a feed, an HTML page or a text file');
  }
  const channel = asNode(found.root['channel']) ?? found.root;
  // RSS puts items in <channel>; RDF puts them beside it; Atom has <entry> in <feed>.
  const items = [...asList(channel['item']), ...(channel === found.root ? [] : asList(found.root['item'])), ...asList(found.root['entry'])];
  const title = textOf(channel['title']);
  const link = linkOf(channel['link']);
  return { format: found.format, ...(title ? { title: feedContentText(title) } : {}), ...(link ? { link } : {}), items: items.map(toItem) };
}

function parseJsonFeed(text: string, input: string): ParsedFeed {
  let json: Node | undefined;
  try {
    json = asNode(JSON.parse(text));
  } catch {
    throw new InputError(input, 'not valid JSON', 'check that the JSON Feed is complete');
  }
  if (!json || !Array.isArray(json['items'])) throw new InputError(input, 'a JSON file that is not a JSON Feed (no "items")', 'give a JSON Feed, or a .jsonl batch of articles');
  const items = asList(json['items']).map((item): FeedItem => {
    const full = typeof item['content_html'] === 'string' ? feedContentText(item['content_html']) : typeof item['content_text'] === 'string' ? item['content_text'].trim() : undefined;
    const summary = typeof item['summary'] === 'string' ? feedContentText(item['summary']) : undefined;
    const text = full ?? summary ?? '';
    const authors = asList(item['authors'] ?? item['author']);
    const published = normalizeDate(textOf(item['date_published']) ?? textOf(item['date_modified']));
    const id = textOf(item['id']);
    const link = textOf(item['url']) ?? textOf(item['external_url']);
    const title = textOf(item['title']);
    const author = textOf(authors[0]?.['name']);
    return {
      ...(id ? { id } : {}),
      ...(title ? { title } : {}),
      ...(link ? { link } : {}),
      ...(published ? { published } : {}),
      ...(author ? { author } : {}),
      text,
      summaryOnly: full === undefined && text.length < FULL_TEXT_MINIMUM,
    };
  });
  const title = textOf(json['title']);
  const link = textOf(json['home_page_url']);
  return { format: 'json', ...(title ? { title } : {}), ...(link ? { link } : {}), items };
}

export function isJsonFeed(text: string): boolean {
  return /^\s*\{[\s\S]{0,400}"version"\s*:\s*"https?:\/\/jsonfeed\.org/i.test(text.slice(0, 2000));
}

/** True when the text is a feed rather than a page: its root element (after prolog and comments) is rss, feed or rdf:RDF. */
export function looksLikeFeed(text: string): boolean {
  if (isJsonFeed(text)) return true;
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '')
    .trimStart();
  return /^<(rss|feed|(\w+:)?RDF|channel)[\s>]/i.test(head);
}

export function parseFeed(text: string, input: string): ParsedFeed {
  if (text.trim().length === 0) throw new InputError(input, 'the feed is empty', 'check that the download completed');
  return isJsonFeed(text) || /^\s*\{/.test(text) ? parseJsonFeed(text, input) : parseXmlFeed(text, input);
}
