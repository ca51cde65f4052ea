import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../../test/support/text-arbitraries.ts';
import { createDoc } from '../../doc/doc.ts';
import { normalizeForAnalysis, normalizeStage } from './normalize.ts';

describe('normalize (property)', () => {
  it('keeps the length, so every offset into the analysed text is an offset into the source', () => {
    fc.assert(fc.property(anyText, (text) => normalizeForAnalysis(text).length === text.length), { numRuns: 2000 });
  });

  it('gives the same text when run twice as when run once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = normalizeForAnalysis(text);
        expect(normalizeForAnalysis(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never turns a space into a visible character, so spans trimmed on the analysed text are trimmed on the source', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const normalized = normalizeForAnalysis(text);
        for (let index = 0; index < text.length; index += 1) {
          if (/\s/u.test(text[index]!)) expect(/\s/u.test(normalized[index]!), `character ${index}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('records problems as issues with spans inside the text, never throwing', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = normalizeStage.run(createDoc(text, { id: 'property' }));
        for (const issue of doc.issues) {
          if (issue.start === undefined || issue.end === undefined) continue;
          expect(issue.start).toBeGreaterThanOrEqual(0);
          expect(issue.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
