import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(sentencesOf('The talks began. They ended late.')).toEqual(['The talks began.', 'They ended late.']);
  });

  it('keeps a closing quotation mark with the sentence it closes', () => {
    expect(sentencesOf('She said: “We will inform you.” Then she left.')).toEqual(['She said: “We will inform you.”', 'Then she left.']);
  });

  it('does not split after a title abbreviation', () => {
    expect(sentencesOf('Gen. Blake met Dr. Orlov. They talked.')).toEqual(['Gen. Blake met Dr. Orlov.', 'They talked.']);
  });

  it('always breaks at a paragraph break and numbers paragraphs', () => {
    const text = 'First paragraph without stop\nSecond one.';
    const sentences = splitSentences(text, tokenize(text));
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1]);
  });
});
