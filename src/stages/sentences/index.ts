import type { Doc, Token } from '../../doc/doc.ts';
import type { Stage } from '../../stage.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/** Tokens and sentences over analysisText; every token knows its sentence. */
export function segment(doc: Doc): Doc {
  const rawTokens = tokenize(doc.analysisText);
  const sentences = splitSentences(doc.analysisText, rawTokens);
  const tokens: Token[] = new Array<Token>(rawTokens.length);
  let sentence = 0;
  for (let index = 0; index < rawTokens.length; index += 1) {
    const token = rawTokens[index]!;
    while (sentence < sentences.length - 1 && token.start >= sentences[sentence]!.end) sentence += 1;
    // Written out field by field: object spread in this loop costs more than tokenising.
    tokens[index] = { start: token.start, end: token.end, kind: token.kind, sentence };
  }
  return { ...doc, tokens, sentences };
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['analysisText'],
  assigns: ['tokens', 'sentences'],
  run: segment,
};
