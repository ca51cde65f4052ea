import type { Doc, Token } from '../../doc/doc.ts';
import type { Stage } from '../../stage.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/** Tokens and sentences over analysisText; every token knows its sentence. */
export function segment(doc: Doc): Doc {
  const rawTokens = tokenize(doc.analysisText);
  const sentences = splitSentences(doc.analysisText, rawTokens);
  const tokens: Token[] = [];
  let sentence = 0;
  for (const token of rawTokens) {
    while (sentence < sentences.length - 1 && token.start >= sentences[sentence]!.end) sentence += 1;
    tokens.push({ ...token, sentence });
  }
  return { ...doc, tokens, sentences };
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['analysisText'],
  assigns: ['tokens', 'sentences'],
  run: segment,
};
