import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../src/doc/doc.ts';
import { DocumentSchema } from '../src/doc/schema/document.ts';
import { extract } from '../src/pipeline.ts';
import { collectSpans } from './support/offsets.ts';
import { anyText, newsLikeText } from './support/text-arbitraries.ts';

/**
 * Layers whose spans are known to break on odd input, with the issue that owns them and a minimal
 * input. Their spans are left out of the property runs below, and each minimal input is pinned by an
 * `it.fails` test: when the stage is fixed that test turns red, and the entry goes from this list.
 */
const KNOWN_VIOLATIONS: ReadonlyArray<{ readonly labelPrefix: string; readonly owner: string; readonly input: string; readonly problem: string }> = [
];

function isKnownViolation(label: string): boolean {
  return KNOWN_VIOLATIONS.some((violation) => label.startsWith(violation.labelPrefix));
}

/** The problems with a document's spans, as readable strings (empty when all is well). */
function spanProblems(text: string, include: (label: string) => boolean = () => true): string[] {
  const doc = toDocumentOutput(extract({ text, article: { id: 'property', published: '2024-03-06' } }));
  const problems: string[] = [];
  const parsed = DocumentSchema.safeParse(doc);
  if (!parsed.success) problems.push(`schema: ${JSON.stringify(parsed.error.issues.slice(0, 2))}`);
  for (const span of collectSpans(doc)) {
    if (!include(span.label)) continue;
    const slice = doc.text.slice(span.start, span.end);
    if (span.start < 0 || span.end > doc.text.length || span.end <= span.start) problems.push(`${span.label} out of bounds: ${span.start}-${span.end}`);
    else if (slice.trim() !== slice) problems.push(`${span.label} not trimmed: ${JSON.stringify(slice)}`);
    else if (span.expectedText !== undefined && slice !== span.expectedText) problems.push(`${span.label} text differs`);
  }
  return problems;
}

const checkedLayers = (label: string): boolean => !isKnownViolation(label);

describe('the whole pipeline (property)', () => {
  it('never throws on arbitrary text, validates, and keeps every span in bounds and trimmed', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(spanProblems(text, checkedLayers)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('holds on longer news-like texts with many paragraphs', () => {
    const article = fc.array(newsLikeText, { minLength: 2, maxLength: 8 }).map((paragraphs) => paragraphs.join('\n\n'));
    fc.assert(
      fc.property(article, (text) => {
        expect(spanProblems(text, checkedLayers)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe.runIf(KNOWN_VIOLATIONS.length > 0)('known span violations, pinned until their stage is fixed', () => {
  for (const violation of KNOWN_VIOLATIONS) {
    it.fails(`${violation.owner}: ${violation.problem} (${JSON.stringify(violation.input)})`, () => {
      expect(spanProblems(violation.input, (label) => label.startsWith(violation.labelPrefix))).toEqual([]);
    });
  }
});
