import type { Doc } from '../../doc/doc.ts';
import { tokenWordIds } from '../../models/token-atoms.ts';
import { normaliseTokenText, WORD_ID_LIMIT, WORD_TABLE, wordCacheGeneration } from '../../models/word-features.ts';

/** Per word id of the taggers' word cache: the word lower-cased ('' until first asked for). */
const lowerById: string[] = new Array<string>(WORD_ID_LIMIT).fill('');
let lowerGeneration = -1;

/**
 * The words of a document's tokens as the taggers' word cache writes them (normaliseTokenText),
 * and lower-cased: read from the cache by word id, one string per word for every article, where
 * slicing and lower-casing each token the description rules look at made two strings a time.
 * Without word ids (the word cache started over while the article was read) tokens are sliced.
 */
export class TokenWords {
  private readonly ids: Int32Array | undefined;

  constructor(private readonly doc: Doc) {
    this.ids = tokenWordIds(doc);
    if (this.ids !== undefined && lowerGeneration !== wordCacheGeneration()) {
      lowerById.fill('');
      lowerGeneration = wordCacheGeneration();
    }
  }

  /** The normalised word of a token; '' outside the tokens. */
  word(index: number): string {
    const token = this.doc.tokens[index];
    if (!token) return '';
    if (this.ids !== undefined) return WORD_TABLE.text[this.ids[index]!]!;
    return normaliseTokenText(this.doc.analysisText.slice(token.start, token.end));
  }

  /** The normalised word of a token, lower-cased; '' outside the tokens. */
  lowerWord(index: number): string {
    if (this.ids === undefined || !this.doc.tokens[index]) return this.word(index).toLowerCase();
    const id = this.ids[index]!;
    let lower = lowerById[id]!;
    if (lower === '') {
      lower = WORD_TABLE.text[id]!.toLowerCase();
      lowerById[id] = lower;
    }
    return lower;
  }
}
