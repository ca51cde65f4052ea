import type { Doc, Token } from '../../doc/doc.ts';
import type { Stage } from '../../stage.ts';
import { shareTokenAtoms, tokenAtoms, tokenWordIds } from '../../models/token-atoms.ts';
import { posModel, tagSentenceClasses, tagSentenceOf } from './pos-tagger.ts';

/** The tokens of each sentence, as index ranges into doc.tokens. */
export function sentenceTokenRanges(doc: Doc): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = new Array(doc.sentences.length);
  let index = 0;
  for (let sentence = 0; sentence < doc.sentences.length; sentence += 1) {
    const start = index;
    while (index < doc.tokens.length && doc.tokens[index]!.sentence === sentence) index += 1;
    ranges[sentence] = { start, end: index };
  }
  return ranges;
}

/**
 * A copy of the token with its tag. Written out field by field, not spread: spread copies cost more
 * than the tagging itself and gave tokens of different articles different hidden classes, which
 * made every later stage's token reads much slower. A new required Token field fails to compile here.
 */
function withTag(token: Token, tag: string): Token {
  return { start: token.start, end: token.end, kind: token.kind, sentence: token.sentence, tag };
}

/** Sets each token's Penn Treebank part-of-speech tag, sentence by sentence. */
export function tagTokens(doc: Doc): Doc {
  const classes = posModel().classes;
  const ids = tokenWordIds(doc);
  const atoms = ids ? undefined : tokenAtoms(doc);
  const tokens: Token[] = new Array(doc.tokens.length);
  const tags = new Int32Array(doc.tokens.length);
  for (const range of sentenceTokenRanges(doc)) {
    if (ids) tagSentenceOf(ids, range.start, range.end, tags);
    else tagSentenceClasses(atoms!.slice(range.start, range.end), tags, range.start);
    for (let index = range.start; index < range.end; index += 1) tokens[index] = withTag(doc.tokens[index]!, classes[tags[index]!]!);
  }
  // Tokens outside every sentence (none today) keep no tag rather than vanish.
  for (let index = 0; index < tokens.length; index += 1) tokens[index] ??= doc.tokens[index]!;
  shareTokenAtoms(doc.tokens, tokens);
  return { ...doc, tokens };
}

export const tagsStage: Stage = {
  name: 'tags',
  requires: ['tokens', 'sentences'],
  assigns: ['tags'],
  run: tagTokens,
};
