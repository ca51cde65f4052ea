import { withLayers, type Doc, type Token } from '../../doc/doc.ts';
import type { Stage } from '../../stage.ts';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

/** Tokens and sentences over analysisText; every token knows its sentence. */
export function segment(doc: Doc): Doc {
  const tokens = tokenize(doc.analysisText);
  const sentences = splitSentences(doc.analysisText, tokens);
  let sentence = 0;
  // The tokens are still this stage's own: their sentence is set in place rather than copied.
  for (const token of tokens) {
    while (sentence < sentences.length - 1 && token.start >= sentences[sentence]!.end) sentence += 1;
    token.sentence = sentence;
  }
  return withLayers(doc, { tokens: tokens as readonly Token[], sentences });
}

export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['analysisText'],
  assigns: ['tokens', 'sentences'],
  run: segment,
};
