import type { Span } from '../../doc/span.ts';

export interface QuotedRegion {
  /** Offsets of the opening and closing marks themselves. */
  readonly open: number;
  readonly close: number;
  /** The content between the marks. */
  readonly content: Span;
  /** True when no closing mark was found and the region was closed at the paragraph's end. */
  readonly unbalanced: boolean;
}

const PAIRS: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’' };

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** A ‘ or ’ between letters is an apostrophe (Marzouq’s), not a quotation mark. */
function canOpen(text: string, index: number): boolean {
  const mark = text[index]!;
  if (mark === '‘' || mark === '"') return !isWordCharacter(text[index - 1]) && isWordCharacter(text[index + 1]) || text[index + 1] === '…';
  return true;
}

/**
 * Pairs quotation marks within a paragraph. An opening mark with no partner runs to the paragraph
 * end; a stray closing mark is ignored, so one unbalanced mark cannot swallow the rest of the article.
 */
export function findQuotedRegions(text: string, paragraph: Span): QuotedRegion[] {
  const regions: QuotedRegion[] = [];
  let index = paragraph.start;
  while (index < paragraph.end) {
    const mark = text[index]!;
    const closing = PAIRS[mark];
    if (closing === undefined || !canOpen(text, index)) {
      index += 1;
      continue;
    }
    let close = index + 1;
    while (close < paragraph.end && !(text[close] === closing && !(closing === '’' && isWordCharacter(text[close + 1])))) close += 1;
    const unbalanced = close >= paragraph.end;
    const contentEnd = unbalanced ? paragraph.end : close;
    regions.push({ open: index, close: unbalanced ? paragraph.end : close, content: { start: index + 1, end: contentEnd }, unbalanced });
    index = contentEnd + 1;
  }
  return regions;
}
