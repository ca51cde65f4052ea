import { readFileSync } from 'node:fs';
import { expandInputs } from '../../src/ingest/expand-inputs.ts';
import { readEntry } from '../../src/ingest/read-sources.ts';
import { dataPath } from '../data-root.ts';
import type { EvalRow, EvalTask } from '../task.ts';

/**
 * Robust feed ingest on the 198 real-world and synthetic feed files of four feed-parser test
 * suites (48 of them malformed, many in legacy encodings): every file must be read or fail with a
 * message naming it; no file may crash the run.
 */

interface ManifestRow {
  readonly file: string;
  readonly wellFormed: boolean;
}

function readManifests(): Map<string, ManifestRow> {
  const rows = new Map<string, ManifestRow>();
  for (const folder of ['rss-parser', 'node-feedparser', 'feedjira', 'feedparser-py']) {
    const lines = readFileSync(dataPath('feeds', folder, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
    const header = lines[0]!.split('\t');
    const fileColumn = header.indexOf('file');
    const wellFormedColumn = header.indexOf('expat_wellformed');
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      const path = dataPath('feeds', folder, cells[fileColumn]!);
      rows.set(path, { file: path, wellFormed: (cells[wellFormedColumn] ?? '').startsWith('yes') });
    }
  }
  return rows;
}

export const task: EvalTask = {
  name: 'feeds',
  requires: 'feeds/feedparser-py/MANIFEST.tsv',
  describe: 'Feed ingest robustness: files read or failed with a named reason, never crashing; items decoded cleanly.',
  run: async (): Promise<EvalRow[]> => {
    const manifest = readManifests();
    const entries = expandInputs([dataPath('feeds')]).entries.filter((entry) => entry.kind === 'file' && manifest.has(entry.path));
    let crashed = 0;
    let read = 0;
    let failedClearly = 0;
    let wellFormed = 0;
    let wellFormedRead = 0;
    let items = 0;
    let cleanItems = 0;
    for (const entry of entries) {
      const isWellFormed = entry.kind === 'file' && manifest.get(entry.path)!.wellFormed;
      if (isWellFormed) wellFormed += 1;
      let failed = false;
      try {
        for await (const event of readEntry(entry)) {
          if (event.kind === 'failed') {
            failed = true;
            if (event.input.startsWith(entry.input) && event.problem.length > 10) failedClearly += 1;
          } else if (event.kind === 'article') {
            items += 1;
            if (!/[\uFFFD\u0080-\u009F]/.test(event.value.text + (event.value.article.title ?? ''))) cleanItems += 1;
          }
        }
      } catch {
        crashed += 1;
        failed = true;
      }
      if (!failed) {
        read += 1;
        if (isWellFormed) wellFormedRead += 1;
      }
    }
    const dataset = 'feeds (198 files)';
    return [
      { task: 'feeds', dataset, metric: 'files processed without a crash (share)', score: (entries.length - crashed) / entries.length, support: entries.length },
      { task: 'feeds', dataset, metric: 'files read (share)', score: read / entries.length, support: entries.length },
      { task: 'feeds', dataset, metric: 'failures naming the file and a reason (share of failures)', score: entries.length - read === 0 ? 1 : failedClearly / (entries.length - read - crashed || 1), support: entries.length - read },
      { task: 'feeds', dataset, metric: 'well-formed files read (share)', score: wellFormedRead / Math.max(1, wellFormed), support: wellFormed },
      { task: 'feeds', dataset, metric: 'items without mis-decoded characters (share)', score: cleanItems / Math.max(1, items), support: items },
    ];
  },
};
