import functionWords from './function-words.json' with { type: 'json' };
import { BLOCK_SELECTOR } from './html-text.ts';

/**
 * A second opinion on a page's main text, by the kind of text rather than the shape of the DOM:
 * each block is judged by its length, its share of link text and its share of function words
 * (prose is full of "the", "der", "de"; menus and link lists are not), and short blocks take the
 * judgement of their neighbours. Used when Readability picks the wrong container.
 */

interface Block {
  readonly text: string;
  readonly linkDensity: number;
  readonly functionShare: number;
  readonly heading: boolean;
  kind: 'good' | 'bad' | 'short' | 'near';
}

const ALL_FUNCTION_WORDS = new Set(Object.values(functionWords.languages).flat());

function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function functionShareOf(text: string): number {
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (ALL_FUNCTION_WORDS.has(word)) hits += 1;
  return hits / words.length;
}

function linkLength(element: Element): number {
  let length = 0;
  for (const link of element.querySelectorAll('a')) length += flatten(link.textContent ?? '').length;
  if (element.tagName === 'A') length = flatten(element.textContent ?? '').length;
  return length;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'FIGCAPTION', 'DT', 'DD', 'DIV']);

function makeBlock(text: string, links: number, heading: boolean): Block {
  return { text, linkDensity: text.length === 0 ? 0 : Math.min(1, links / text.length), functionShare: functionShareOf(text), heading, kind: 'bad' };
}

/**
 * Blocks in document order, in one walk: an innermost block element is one block; the loose
 * text of a container (between its child blocks) is one more.
 */
function collectBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  /** Returns whether the subtree holds a block element. */
  const visit = (element: Element): boolean => {
    const position = blocks.length;
    const children = [...element.children];
    const childHasBlock = children.map((child) => visit(child) || BLOCK_TAGS.has(child.tagName));
    const holdsBlock = childHasBlock.some(Boolean);
    if (element !== root && BLOCK_TAGS.has(element.tagName) && !holdsBlock) {
      const text = flatten(element.textContent ?? '');
      if (text.length > 0) blocks.push(makeBlock(text, linkLength(element), /^H[1-6]$/.test(element.tagName)));
      return true;
    }
    if (holdsBlock && element !== root) {
      let loose = '';
      for (const child of element.childNodes) {
        if (child.nodeType === 3) loose += ` ${child.textContent ?? ''}`;
        else if (child.nodeType === 1 && !childHasBlock[children.indexOf(child as Element)] && (child as Element).tagName !== 'BR') loose += ` ${child.textContent ?? ''}`;
      }
      const text = flatten(loose);
      // Loose text between blocks is judged on its own (link density unknown): a sentence of prose passes.
      if (text.length > 0) blocks.splice(position, 0, makeBlock(text, 0, false));
    }
    return holdsBlock;
  };
  visit(root);
  return blocks;
}

/** jusText's thresholds: long prose with function words is good; link lists are bad; the rest waits for context. */
function classify(block: Block): Block['kind'] {
  if (block.linkDensity > 0.3) return 'bad';
  if (/©|all rights reserved|alle rechte vorbehalten/i.test(block.text)) return 'bad';
  if (block.text.length < 70) return 'short';
  if (block.functionShare >= 0.3 && block.text.length >= 200) return 'good';
  if (block.functionShare >= 0.2) return 'near';
  return 'bad';
}

function neighbourKind(blocks: readonly Block[], index: number, step: 1 | -1, ignoreNear: boolean): 'good' | 'bad' {
  for (let position = index + step; position >= 0 && position < blocks.length; position += step) {
    const kind = blocks[position]!.kind;
    if (kind === 'good' || kind === 'bad') return kind;
    if (kind === 'near' && !ignoreNear) return 'good';
  }
  return 'bad';
}

/** Short and near-good blocks take the class of their surroundings: a short line between two paragraphs belongs to them. */
function reviseByContext(blocks: Block[]): void {
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'short') continue;
    const before = neighbourKind(blocks, index, -1, true);
    const after = neighbourKind(blocks, index, 1, true);
    if (before === 'good' && after === 'good') block.kind = 'good';
    else if (before === 'bad' && after === 'bad') block.kind = 'bad';
    else block.kind = neighbourKind(blocks, index, -1, false) === 'good' || neighbourKind(blocks, index, 1, false) === 'good' ? 'near' : 'bad';
  }
  for (const [index, block] of blocks.entries()) {
    if (block.kind !== 'near') continue;
    const before = neighbourKind(blocks, index, -1, true);
    const after = neighbourKind(blocks, index, 1, true);
    block.kind = before === 'good' || after === 'good' ? 'good' : 'bad';
  }
}

/** The lines of prose on a page, in order. */
export function densityLines(root: Element): string[] {
  const blocks = collectBlocks(root);
  for (const block of blocks) block.kind = classify(block);
  reviseByContext(blocks);
  return blocks.filter((block) => block.kind === 'good').map((block) => block.text);
}
