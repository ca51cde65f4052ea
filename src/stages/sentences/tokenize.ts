import type { TokenKind } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';
import abbreviations from '../../lexicons/abbreviations.json' with { type: 'json' };

export interface RawToken extends Span {
  readonly kind: TokenKind;
}

const ABBREVIATIONS = new Set([...abbreviations.titles, ...abbreviations.others].map((word) => word.toLowerCase()));

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]'’])`,
    String.raw`(?<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    // U.S., U.N., e.g., a.m. — letters with periods stay one token.
    String.raw`(?<initials>(?:\p{L}\.){2,})`,
    String.raw`(?<number>\d+(?:[.,:\/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d]))`,
    // "don't" -> "do" + "n't", as the Penn Treebank (and so the taggers trained on it) splits it.
    String.raw`(?<negated>\p{L}+(?=n['’]t(?![\p{L}])))`,
    String.raw`(?<clitic>n['’]t(?![\p{L}])|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)(?![\p{L}]))`,
    // Words keep inner hyphens, ampersands and name apostrophes (O'Brien), and web domains (Rapaport.com).
    String.raw`(?<word>[\p{L}\p{M}\p{N}_\u00AD\u200B-\u200D]+(?:(?:[-&]|['’](?!(?:s|S|re|ve|ll|d|m|t)(?![\p{L}]))|\.(?=(?:com|org|net|gov|edu|info|io|ru|uk|co)(?![\p{L}])))[\p{L}\p{M}\p{N}_\u00AD]+)*)`,
    String.raw`(?<ellipsis>\.{2,}|…)`,
    String.raw`(?<dash>-{2,}|[–—])`,
    String.raw`(?<quote>["“”„‟‘’‚‛'«»‹›])`,
    String.raw`(?<punct>[.,;:!?()\[\]{}\/\\])`,
    String.raw`(?<symbol>\S)`,
  ].join('|'),
  'gu',
);

function kindOf(groups: Record<string, string | undefined>): TokenKind {
  if (groups.url !== undefined || groups.email !== undefined) return 'url';
  if (groups.number !== undefined) return 'number';
  if (groups.quote !== undefined) return 'quote';
  if (groups.punct !== undefined || groups.ellipsis !== undefined || groups.dash !== undefined) return 'punct';
  if (groups.symbol !== undefined) return 'symbol';
  return 'word';
}

/**
 * Splits text into Penn-Treebank-like tokens with exact offsets. A known abbreviation ("Gen.",
 * "Inc.") or a single capital initial ("J.") keeps its period, so the sentence splitter can tell
 * it from a full stop.
 */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index;
    let end = start + match[0].length;
    const kind = kindOf(match.groups ?? {});
    if (kind === 'word' && text[end] === '.' && isAbbreviation(match[0])) {
      end += 1;
      pattern.lastIndex = end;
    }
    tokens.push({ start, end, kind });
  }
  return tokens;
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

export function isTitleAbbreviation(word: string): boolean {
  return abbreviations.titles.some((title) => title.toLowerCase() === word.toLowerCase().replace(/\.$/, ''));
}
