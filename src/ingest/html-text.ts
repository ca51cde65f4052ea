import { parseHTML } from 'linkedom';

/** Elements whose text is a paragraph of its own: each becomes one line. */
export const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, figcaption, dt, dd';

const MARKUP = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i;

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of a DOM subtree with one paragraph per line: block elements (innermost ones) become
 * lines, and text between blocks (a sentence before the first <p>) is kept in document order.
 */
export function nodeLines(root: Node): string[] {
  const lines: string[] = [];
  let run = '';
  const flush = () => {
    for (const part of run.split('\n')) {
      const line = flatten(part);
      if (line.length > 0) lines.push(line);
    }
    run = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.matches(BLOCK_SELECTOR) && !element.querySelector(BLOCK_SELECTOR)) {
      flush();
      const line = flatten(element.textContent ?? '');
      if (line.length > 0) lines.push(line);
      return;
    }
    const containsBlocks = element.querySelector(BLOCK_SELECTOR) !== null;
    if (containsBlocks) flush();
    for (const child of element.childNodes) visit(child);
    if (containsBlocks) flush();
  };
  for (const child of root.childNodes) visit(child);
  flush();
  return lines;
}

/** Text of an HTML fragment with one paragraph per line, so sentence and quote rules see paragraph breaks. */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const element of document.querySelectorAll('script, style, noscript, template')) element.remove();
  // <br> separates paragraphs in feed summaries and old pages.
  for (const element of document.querySelectorAll('br')) element.replaceWith(document.createTextNode('\n'));
  return nodeLines(document.body).join('\n');
}

/**
 * Text of feed content that may be plain text, HTML, or HTML escaped once more (RSS descriptions
 * carry all three): markup left after one pass is parsed again.
 */
export function feedContentText(content: string): string {
  const unwrapped = content.replace(/<!\[CDATA\[([\s\S]*?)(\]\]>|$)/g, '$1');
  if (!MARKUP.test(unwrapped) && !/&[a-z#0-9]+;/i.test(unwrapped)) return unwrapped.split(/\n+/).map(flatten).filter(Boolean).join('\n');
  const once = fragmentText(unwrapped);
  return MARKUP.test(once) ? fragmentText(once) : once;
}
