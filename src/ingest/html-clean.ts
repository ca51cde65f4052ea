import boilerplate from './boilerplate.json' with { type: 'json' };

/**
 * Page furniture around an article, removed in two places: elements before the main text is
 * chosen (so that a cookie banner or a comment thread cannot win it), and lines at the edges of
 * the chosen text after (bylines, dates, captions, "Related articles" and what follows).
 */

const REMOVED_TAGS = boilerplate.removedTags.join(', ');
const REMOVED_ROLES = boilerplate.removedRoles.map((role) => `[role="${role}"]`).join(', ');
const NEVER_CONTENT = new RegExp(`(^|[\\s_-])(${boilerplate.neverContentClassOrId.join('|')})`, 'i');
const BOILERPLATE_SEGMENT = new RegExp(`^(${boilerplate.removedClassOrId.map((word) => word.replace(/-/g, '[-_]?')).join('|')})s?$`, 'i');
/** A whole class token naming the article itself: such an element is never furniture, whatever else its class says. */
const ARTICLE_TOKEN = /^(article|post|entry|story|hentry|h-entry|articlebody|article-body|article-content|article-text|post-body|post-content|post-entry|entry-content|entry-body|story-body|story-content|content-body|main-content|maincontent|itemprop-articlebody)$/i;
/** Class tokens a CMS adds to describe the post, not the element ("category-comments", "tag-share"). */
const TAXONOMY_TOKEN = /^(category|tag|tags|format|status|type|post|postid|author|topic|section|rubrik|ressort)-/i;
const TRAILING_HEADINGS = new Set(boilerplate.trailingHeadings);
const DROPPED_LINES = boilerplate.droppedLinePatterns.map((pattern) => new RegExp(pattern, 'iu'));
const LEADING_LINES = boilerplate.leadingLinePatterns.map((pattern) => new RegExp(pattern, 'iu'));
const RELATED_LABEL = new RegExp(`^(${boilerplate.relatedLabels.map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*(:|»|›)`, 'iu');
const CLOSING_PROMOTIONS = boilerplate.closingPromotionPatterns.map((pattern) => new RegExp(pattern, 'iu'));
const PARAGRAPH_LIKE = new Set(['P', 'BLOCKQUOTE', 'H2', 'H3', 'UL', 'OL', 'PRE', 'TABLE']);

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, '').length;
}

/** Non-space characters under every element, in one pass (asking each element for its textContent is quadratic). */
function measureText(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  const visit = (element: Element): number => {
    let length = 0;
    for (const child of element.childNodes) {
      if (child.nodeType === 3) length += (child.textContent ?? '').replace(/\s+/g, '').length;
      else if (child.nodeType === 1) length += visit(child as Element);
    }
    lengths.set(element, length);
    return length;
  };
  visit(root);
  return lengths;
}

/** True when a class or id names page furniture: one of its hyphen-separated segments runs is a boilerplate word. */
function namesBoilerplate(element: Element): boolean {
  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter((token) => token.length > 0 && !TAXONOMY_TOKEN.test(token));
  if (tokens.some((token) => ARTICLE_TOKEN.test(token)) || element.getAttribute('itemprop') === 'articleBody') return false;
  return tokens.some((token) => {
    const segments = token.toLowerCase().split(/[-_]/);
    for (let start = 0; start < segments.length; start += 1) {
      for (let end = start + 1; end <= Math.min(segments.length, start + 3); end += 1) {
        if (BOILERPLATE_SEGMENT.test(segments.slice(start, end).join('-'))) return true;
      }
    }
    return false;
  });
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');
}

function linkTextLength(element: Element): number {
  let length = 0;
  for (const link of element.querySelectorAll('a')) length += textLength(link);
  return length;
}

/**
 * The element that directly holds the most prose: paragraphs, and text between <br>s (blog
 * engines write posts without <p>). Link text does not count: a list of headlines is not prose.
 */
function paragraphHub(body: Element): Element | undefined {
  const weights = new Map<Element, number>();
  const add = (element: Element, weight: number) => weights.set(element, (weights.get(element) ?? 0) + weight);
  for (const element of body.querySelectorAll('p, blockquote, h2, h3, ul, ol, pre, table')) {
    const parent = element.parentElement;
    if (!parent || !PARAGRAPH_LIKE.has(element.tagName)) continue;
    add(parent, Math.max(0, textLength(element) - linkTextLength(element)));
  }
  for (const element of body.querySelectorAll('div, td, section, article, main, span, font')) {
    let direct = 0;
    for (const child of element.childNodes) if (child.nodeType === 3) direct += (child.textContent ?? '').replace(/\s+/g, '').length;
    if (direct > 0) add(element, direct);
  }
  let best: Element | undefined;
  let bestWeight = 0;
  for (const [element, weight] of weights) {
    if (weight > bestWeight) {
      best = element;
      bestWeight = weight;
    }
  }
  return best;
}

/**
 * Removes navigation, banners, comment threads, share bars, related links, captions and hidden
 * elements. What holds the article is kept whatever its name: the element with the most
 * paragraph text and its ancestors (page builders wrap everything in "widget" divs), and any
 * element with most of the page's text.
 */
export function removeBoilerplateElements(document: Document): void {
  const body = document.body;
  if (!body) return;
  // Scripts, styles and cookie notices first: they are never content, and their text would skew what follows.
  for (const element of [...body.querySelectorAll('script, style, noscript, template')]) element.remove();
  for (const element of [...body.querySelectorAll('[class], [id]')]) {
    if (element.isConnected && element !== body && NEVER_CONTENT.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) element.remove();
  }
  const lengths = measureText(body);
  const total = Math.max(1, lengths.get(body) ?? 0);
  const hub = paragraphHub(body);
  const keep = (element: Element) =>
    element === body || element.tagName === 'MAIN' || element.tagName === 'ARTICLE' || (hub !== undefined && element.contains(hub)) || (lengths.get(element) ?? 0) > total * 0.4;
  for (const element of [...body.querySelectorAll(REMOVED_TAGS)]) if (element.isConnected && !keep(element)) element.remove();
  for (const element of [...body.querySelectorAll(REMOVED_ROLES)]) if (element.isConnected && !keep(element)) element.remove();
  for (const element of [...body.querySelectorAll('header')]) {
    // The page header goes; an article's own header (headline, lead) stays.
    if (element.isConnected && !element.closest('article, main') && !keep(element)) element.remove();
  }
  for (const element of [...body.querySelectorAll('[class], [id], [style], [hidden], [aria-hidden]')]) {
    if (!element.isConnected || keep(element)) continue;
    if (isHidden(element) || namesBoilerplate(element)) element.remove();
  }
}

function headingKey(line: string): string {
  return line.toLowerCase().replace(/[:.!?…»›>\s]+$/u, '').replace(/^[\s«‹<]+/u, '').trim();
}

/** Under a trailing heading, this much prose (relative to the article before it) means the article goes on. */
const PROSE_AFTER_HEADING = 0.4;

/** A line that is mostly prose: long enough and ending like a sentence. */
function isProse(line: string): boolean {
  return line.length >= 80 || (line.length >= 40 && /[.!?"”“«»]$/.test(line));
}

/**
 * Trims furniture from the edges of the extracted lines: dates, bylines and breadcrumbs before the
 * first paragraph; from a "Related"/"Comments" heading in the second half to the end; captions,
 * credits and share prompts anywhere.
 */
export function trimBoilerplateLines(lines: readonly string[]): string[] {
  let start = 0;
  while (start < lines.length && !isProse(lines[start]!) && LEADING_LINES.some((pattern) => pattern.test(lines[start]!))) start += 1;
  let end = lines.length;
  const dropped = new Set<number>();
  const half = start + Math.floor((lines.length - start) / 2);
  for (let index = start + 1; index < end; index += 1) {
    if (!TRAILING_HEADINGS.has(headingKey(lines[index]!))) continue;
    // The block under a "Related"/"Comments" heading: its short lines go; prose after it is the article going on
    // (an inline "Read also" box), unless the heading sits in the second half, where what follows is teasers.
    let next = index + 1;
    while (next < end && !isProse(lines[next]!)) next += 1;
    const proseAfter = lines.slice(next, end).filter(isProse).reduce((sum, line) => sum + line.length, 0);
    const proseBefore = lines.slice(start, index).filter(isProse).reduce((sum, line) => sum + line.length, 0);
    if (index >= half && proseAfter < proseBefore * PROSE_AFTER_HEADING) {
      end = index;
      break;
    }
    for (let position = index; position < next; position += 1) dropped.add(position);
    index = next - 1;
  }
  // Closing furniture (subscribe prompts, author bios, licence notes), trimmed while it lasts; never the whole text.
  while (end - start > 1 && lines[end - 1]!.length < 500 && CLOSING_PROMOTIONS.some((pattern) => pattern.test(lines[end - 1]!))) end -= 1;
  return lines
    .slice(start, end)
    .filter((line, offset) => !dropped.has(start + offset) && !RELATED_LABEL.test(line) && (line.length > 200 || !DROPPED_LINES.some((pattern) => pattern.test(line))));
}
