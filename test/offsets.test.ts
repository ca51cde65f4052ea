import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../src/doc/doc.ts';
import { DocumentSchema } from '../src/doc/schema/document.ts';
import { loadSampleArticles } from '../src/ingest/samples.ts';
import { extract } from '../src/pipeline.ts';
import { collectSpans, expectSpansSliceCleanly } from './support/offsets.ts';
import { hasSeedArticle, readSeedArticle } from './support/shared-data.ts';

describe('offsets of every extracted item', () => {
  for (const sample of loadSampleArticles()) {
    it(`slice back to their text in the sample ${sample.article.id}`, () => {
      const doc = toDocumentOutput(extract(sample));
      expect(collectSpans(doc).length).toBeGreaterThan(10);
      expectSpansSliceCleanly(doc);
    });
  }

  it.skipIf(!hasSeedArticle)('slice back to their text in the seed article', () => {
    const doc = toDocumentOutput(extract({ text: readSeedArticle(), article: { id: 'moscow', published: '2023-10-27' } }));
    expectSpansSliceCleanly(doc);
  });

  it('stay valid when the text has Windows line ends, no-break spaces and astral characters', () => {
    const text = 'Minister Ana Rocha said:\u00A0“We agreed 😀 on 12 points.”\r\nShe added that at least 5 talks will follow.';
    const doc = toDocumentOutput(extract({ text, article: { id: 'odd', published: '2024-01-10' } }));
    expect(doc.text).toBe(text);
    expectSpansSliceCleanly(doc);
  });
});

describe('the output document', () => {
  it('validates against the declared schema for every sample', () => {
    for (const sample of loadSampleArticles()) {
      const result = DocumentSchema.safeParse(toDocumentOutput(extract(sample)));
      expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it('keeps plain-text input unchanged as its text', () => {
    const [sample] = loadSampleArticles();
    expect(toDocumentOutput(extract(sample!)).text).toBe(sample!.text);
  });
});
