import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/ingest/expand-inputs.ts';
import { readEntry } from '../../src/ingest/read-sources.ts';
import { dataPath, hasData } from '../support/shared-data.ts';

describe.skipIf(!hasData('feeds'))('ingest of the shared feed files (198, 48 malformed)', () => {
  it('reads every file or fails naming it, without one crash', async () => {
    const entries = expandInputs([dataPath('feeds')]).entries.filter((entry) => entry.kind === 'file' && /\.(xml|rss|atom|rdf|json|html)$/i.test(entry.input));
    expect(entries.length).toBeGreaterThanOrEqual(198);
    let read = 0;
    for (const entry of entries) {
      const failures: string[] = [];
      for await (const event of readEntry(entry)) if (event.kind === 'failed') failures.push(`${event.input}: ${event.problem}`);
      if (failures.length === 0) read += 1;
      for (const failure of failures) expect(failure.startsWith(entry.input)).toBe(true);
    }
    expect(read / entries.length).toBeGreaterThan(0.97);
  }, 120_000);
});
