import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../../test/support/text-arbitraries.ts';
import { createDoc } from '../../doc/doc.ts';
import { normalizeStage } from '../normalize/normalize.ts';
import { segment } from './index.ts';
import { findParagraphs } from './paragraphs.ts';
import { tokenize } from './tokenize.ts';

const WHITESPACE = /\s/u;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

describe('tokenize (property)', () => {
  it('gives non-empty, ordered, non-overlapping tokens with no whitespace that cover every other character', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        const covered = new Uint8Array(text.length);
        let previousEnd = 0;
        for (const token of tokens) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(WHITESPACE.test(text.slice(token.start, token.end))).toBe(false);
          expect(splitsSurrogatePair(text, token.start) || splitsSurrogatePair(text, token.end)).toBe(false);
          covered.fill(1, token.start, token.end);
          previousEnd = token.end;
        }
        for (let index = 0; index < text.length; index += 1) {
          if (!WHITESPACE.test(text[index]!)) expect(covered[index], `character ${index} of ${JSON.stringify(text)}`).toBe(1);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('paragraphs and sentences (property)', () => {
  it('partition the non-space text: trimmed, ordered sentences that hold every token exactly once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = segment(normalizeStage.run(createDoc(text, { id: 'property' })));
        let previousEnd = 0;
        let previousParagraph = -1;
        doc.sentences.forEach((sentence, index) => {
          const slice = text.slice(sentence.start, sentence.end);
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(slice.trim()).toBe(slice);
          expect(sentence.paragraph - previousParagraph, `paragraph of sentence ${index}`).toBeGreaterThanOrEqual(index === 0 ? 1 : 0);
          expect(sentence.paragraph - previousParagraph).toBeLessThanOrEqual(1);
          previousEnd = sentence.end;
          previousParagraph = sentence.paragraph;
        });
        for (const token of doc.tokens) {
          const sentence = doc.sentences[token.sentence]!;
          expect(sentence.start <= token.start && token.end <= sentence.end, `token ${token.start}-${token.end} in its sentence`).toBe(true);
        }
        // Every sentence starts at a token and ends at one: nothing outside tokens but whitespace.
        const starts = new Set(doc.tokens.map((token) => token.start));
        const ends = new Set(doc.tokens.map((token) => token.end));
        for (const sentence of doc.sentences) {
          expect(starts.has(sentence.start) && ends.has(sentence.end)).toBe(true);
        }
        if (doc.tokens.length > 0) expect(doc.sentences.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds trimmed, ordered, non-overlapping paragraphs', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const paragraph of findParagraphs(text)) {
          const slice = text.slice(paragraph.start, paragraph.end);
          expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd);
          expect(slice.length).toBeGreaterThan(0);
          expect(slice.trim()).toBe(slice);
          previousEnd = paragraph.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});
