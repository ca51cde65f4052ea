import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeInputFiles } from '../../test/corpus/fixtures.ts';
import { expandInputs } from '../ingest/expand-inputs.ts';
import { SqliteStore } from '../store/sqlite/sqlite-store.ts';
import { runIngest } from './ingest-run.ts';

let folder = '';
let files: Record<string, string> = {};

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'newsgraph-run-'));
  files = writeInputFiles(folder);
});

describe('runIngest', () => {
  it('ingests a folder of every input kind, links the later copy of the wire story to the first, and names the bad batch line', async () => {
    const store = new SqliteStore(':memory:');
    const summary = await runIngest(store, expandInputs([folder]).entries);
    expect(summary).toMatchObject({ added: 11, duplicates: 1, unchanged: 0, inputsDone: 10, inputs: 10, interrupted: false });
    expect(summary.failed.map((problem) => problem.input)).toEqual([`${files.batch} line 2`]);
    expect(summary.skipped).toHaveLength(1);
    const copies = (await store.listArticles({ includeDuplicates: true, limit: 100 })).items.filter((article) => article.duplicateOf !== null);
    // nested/reprint.txt comes first in the walk, so the wire story read after it is the copy.
    expect(copies.map((article) => article.origin)).toEqual([files.text]);
  });

  it('adds nothing the second time over the same inputs', async () => {
    const store = new SqliteStore(':memory:');
    await runIngest(store, expandInputs([folder]).entries);
    const again = await runIngest(store, expandInputs([folder]).entries);
    expect(again).toMatchObject({ added: 0, updated: 0, duplicates: 0, unchanged: 12 });
    expect((await store.stats()).articles).toBe(11);
  });

  it('keeps what an interrupted run committed and finishes the rest on the next run', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-resume-')), 'corpus.db');
    const first = new SqliteStore(path);
    let seen = 0;
    const partial = await runIngest(first, expandInputs([folder]).entries, { shouldStop: () => seen++ >= 4 });
    await first.close();
    expect(partial.interrupted).toBe(true);
    const committed = partial.added + partial.duplicates;
    expect(committed).toBe(3);
    const second = new SqliteStore(path);
    const rest = await runIngest(second, expandInputs([folder]).entries);
    expect(rest.unchanged).toBe(committed);
    expect(rest.added + rest.duplicates).toBe(12 - committed);
    expect((await second.stats()).articles + (await second.stats()).duplicates).toBe(12);
    await second.close();
  });

  it('goes on after a file that fails', async () => {
    const broken = join(folder, 'broken.rss');
    writeFileSync(broken, '<rss><channel><item title="never closed></item></channel></rss>');
    const store = new SqliteStore(':memory:');
    const summary = await runIngest(store, expandInputs([broken, files.text!]).entries);
    expect(summary.failed.map((problem) => problem.input)).toEqual([broken]);
    expect(summary.added).toBe(1);
  });

  it('re-extracts an article whose text changed at the same origin', async () => {
    const path = join(folder, 'changing.txt');
    writeFileSync(path, 'The council met on Monday to discuss the harbour budget for the coming year and the repairs.');
    const store = new SqliteStore(':memory:');
    await runIngest(store, expandInputs([path]).entries);
    writeFileSync(path, 'The council met on Monday to discuss the harbour budget for the coming year, and rejected it.');
    expect(await runIngest(store, expandInputs([path]).entries)).toMatchObject({ added: 0, updated: 1 });
  });
});
