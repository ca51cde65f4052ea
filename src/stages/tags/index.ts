import type { Doc, Token } from '../../doc/doc.ts';
import type { Stage } from '../../stage.ts';
import { tagSentence } from './pos-tagger.ts';

/** The tokens of each sentence, as index ranges into doc.tokens. */
export function sentenceTokenRanges(doc: Doc): Array<{ start: number; end: number }> {
  const ranges = doc.sentences.map(() => ({ start: 0, end: 0 }));
  let index = 0;
  for (let sentence = 0; sentence < doc.sentences.length; sentence += 1) {
    const start = index;
    while (index < doc.tokens.length && doc.tokens[index]!.sentence === sentence) index += 1;
    ranges[sentence] = { start, end: index };
  }
  return ranges;
}

/** Sets each token's Penn Treebank part-of-speech tag, sentence by sentence. */
export function tagTokens(doc: Doc): Doc {
  const tokens: Token[] = new Array(doc.tokens.length);
  for (const range of sentenceTokenRanges(doc)) {
    const sentenceTokens = doc.tokens.slice(range.start, range.end);
    const tags = tagSentence(sentenceTokens.map((token) => doc.analysisText.slice(token.start, token.end)));
    sentenceTokens.forEach((token, offset) => {
      // An object literal, not a spread: spread copies gave tokens of different articles different
      // hidden classes, which made every later stage's token reads ~30x slower (megamorphic access).
      tokens[range.start + offset] = { start: token.start, end: token.end, kind: token.kind, sentence: token.sentence, tag: tags[offset]! };
    });
  }
  // Tokens outside every sentence (none today) keep no tag rather than vanish.
  doc.tokens.forEach((token, index) => {
    tokens[index] ??= token;
  });
  return { ...doc, tokens };
}

export const tagsStage: Stage = {
  name: 'tags',
  requires: ['tokens', 'sentences'],
  assigns: ['tags'],
  run: tagTokens,
};
