import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  readonly text: string;
  readonly title?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly url?: string;
  readonly siteName?: string;
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

/** Text of a fragment with one paragraph per line, so sentence and quote rules see paragraph breaks. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCK_SELECTOR)]
    .filter((element) => !element.querySelector(BLOCK_SELECTOR))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return blocks.length > 0 ? blocks.join('\n') : (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

function metaContent(document: Document, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content') ?? document.querySelector(selector)?.getAttribute('datetime');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** Main text and metadata of a news page: Readability over linkedom, plus OpenGraph and <time>. */
export function extractHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = metaContent(document, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'time[datetime]']);
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['meta[property="og:url"]']);
  const parsed = new Readability(document as unknown as Document).parse();
  const text = blockText(parsed?.content ?? html);
  return {
    text,
    ...(parsed?.title ? { title: parsed.title } : {}),
    ...(parsed?.byline ? { byline: parsed.byline } : {}),
    ...(published ? { published } : {}),
    ...(url ? { url } : {}),
    ...(parsed?.siteName ? { siteName: parsed.siteName } : {}),
  };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}
