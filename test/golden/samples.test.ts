import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../../src/doc/doc.ts';
import { loadSampleArticles, SAMPLES_ROOT } from '../../src/ingest/samples.ts';
import { extract } from '../../src/pipeline.ts';
import { checksOf, SampleExpectationsSchema } from './sample-expectations.ts';

/**
 * The bundled sample articles against their hand-written expected annotations
 * (samples/expected/<article file name>.json; the format is in samples/expected/README.md).
 * Pending expectations are listed as todos with their reason; when one starts to pass, the run
 * says so, so that whoever improved the stage can turn it into a real assertion.
 */
const samples = loadSampleArticles();

function expectationsPath(articlePath: string): string {
  return join(SAMPLES_ROOT, 'expected', `${basename(articlePath, '.txt')}.json`);
}

describe('sample articles', () => {
  it('each have expected annotations beside them', () => {
    expect(samples.filter((sample) => !existsSync(expectationsPath(sample.path))).map((sample) => sample.article.id)).toEqual([]);
  });
});

for (const sample of samples) {
  const path = expectationsPath(sample.path);
  if (!existsSync(path)) continue;
  const expectations = SampleExpectationsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const doc = toDocumentOutput(extract(sample));

  describe(`sample ${sample.article.id}`, () => {
    it('is the article its expectations were written for', () => {
      expect(expectations.article).toBe(sample.article.id);
    });

    for (const check of checksOf(expectations)) {
      if (check.pending) {
        if (check.run(doc).length === 0) console.info(`[samples] pending expectation now passes, set "pending" to false: ${basename(path)}: ${check.label}`);
        it.todo(`${check.label} — pending: ${check.reason ?? 'no reason given'}`);
        continue;
      }
      it(check.label, () => {
        expect(check.run(doc)).toEqual([]);
      });
    }
  });
}
