import type { Doc, Token } from '../../doc/doc.ts';
import type { Sector } from '../../doc/schema/entity.ts';
import titles from '../../lexicons/titles.json' with { type: 'json' };
import { tokenize } from '../sentences/tokenize.ts';

export interface TitledName {
  /** The name after the title, e.g. "Ali Bagheri Kyani". */
  readonly start: number;
  readonly end: number;
  readonly title: { readonly start: number; readonly end: number; readonly sector?: Sector };
}

interface TitlePattern {
  readonly words: readonly string[];
  readonly sector?: Sector;
}

const TITLE_PATTERNS: readonly TitlePattern[] = titles.titles
  .map((entry) => {
    const words = tokenize(entry.title).map((token) => entry.title.slice(token.start, token.end).toLowerCase());
    return entry.sector ? { words, sector: entry.sector as Sector } : { words };
  })
  .sort((a, b) => b.words.length - a.words.length);

function isCapitalizedWord(doc: Doc, token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(doc.analysisText.slice(token.start, token.end));
}

function matchTitleAt(doc: Doc, index: number): TitlePattern | undefined {
  return TITLE_PATTERNS.find((pattern) =>
    pattern.words.every((word, offset) => {
      const token = doc.tokens[index + offset];
      return token !== undefined && doc.analysisText.slice(token.start, token.end).toLowerCase() === word;
    }),
  );
}

/** "Deputy Foreign Minister Ali Bagheri Kyani", "spokeswoman Maria Zakharova": a title, then capitalised words. */
export function findTitledNames(doc: Doc): TitledName[] {
  const names: TitledName[] = [];
  for (let index = 0; index < doc.tokens.length; index += 1) {
    const title = matchTitleAt(doc, index);
    if (!title) continue;
    const nameStart = index + title.words.length;
    let nameEnd = nameStart;
    while (nameEnd < doc.tokens.length && nameEnd - nameStart < 4 && isCapitalizedWord(doc, doc.tokens[nameEnd])) nameEnd += 1;
    if (nameEnd === nameStart) continue;
    const titleSpan = { start: doc.tokens[index]!.start, end: doc.tokens[nameStart - 1]!.end };
    names.push({
      start: doc.tokens[nameStart]!.start,
      end: doc.tokens[nameEnd - 1]!.end,
      title: title.sector ? { ...titleSpan, sector: title.sector } : titleSpan,
    });
    index = nameEnd - 1;
  }
  return names;
}
