import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { dataPath, hasData } from '../eval/data-root.ts';
import { runIngest } from '../src/corpus/ingest-run.ts';
import { expandInputs } from '../src/ingest/expand-inputs.ts';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';

/**
 * Ingest throughput: real news files read, fingerprinted, checked for copies, extracted by the
 * full pipeline and written to a SQLite corpus on disk, one transaction per article, single core.
 * Resident memory is sampled as the run goes: it must stay flat, since inputs are streamed.
 */

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

async function main(): Promise<void> {
  const options = new Command('bench-ingest')
    .option('--articles <n>', 'stop after this many input files', '2225')
    .parse()
    .opts<{ articles: string }>();
  if (!hasData('news', 'bbc-news-2225')) {
    console.error('bench ingest: ../shared/data/news/bbc-news-2225 not found (set NEWSGRAPH_DATA); nothing to measure.');
    process.exitCode = 1;
    return;
  }
  const entries = expandInputs([dataPath('news', 'bbc-news-2225')]).entries.filter((entry) => entry.kind === 'file' && entry.path.endsWith('.txt')).slice(0, Number(options.articles));
  const bytes = entries.reduce((sum, entry) => sum + (entry.kind === 'file' ? entry.size : 0), 0);
  const folder = mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const store = new SqliteStore(join(folder, 'bench.db'));
  const samples: string[] = [];
  let nextSample = Math.ceil(entries.length / 4);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const summary = await runIngest(store, entries, {
    onProgress: (progress) => {
      if (progress.inputsDone >= nextSample) {
        samples.push(`${progress.inputsDone}: ${megabytes(process.memoryUsage().rss).toFixed(0)} MB (heap ${megabytes(process.memoryUsage().heapUsed).toFixed(0)})`);
        nextSample += Math.ceil(entries.length / 4);
      }
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const stats = await store.stats();
  const articles = summary.added + summary.duplicates + summary.unchanged;
  console.log(`newsgraph ingest into SQLite (BBC News, ${entries.length} files, ${megabytes(bytes).toFixed(2)} MB)`);
  console.log(`  ${(articles / seconds).toFixed(1)} articles/s  ${(megabytes(bytes) / seconds).toFixed(2)} MB/s wall clock (${seconds.toFixed(1)} s, single core, one transaction per article, identities resolved at the end)`);
  console.log(`  ${(articles / cpuSeconds).toFixed(1)} articles/s  ${(megabytes(bytes) / cpuSeconds).toFixed(2)} MB/s per CPU second (${cpuSeconds.toFixed(1)} s of CPU: the wall-clock figure includes waiting on a shared machine)`);
  let exact = 0;
  let near = 0;
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ includeDuplicates: true, limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const article of page.items) if (article.duplicateOf !== null) article.similarity === 1 ? (exact += 1) : (near += 1);
    cursor = page.next;
  } while (cursor);
  console.log(`  ${summary.added} extracted and stored, ${summary.duplicates} duplicates linked to their original (${exact} exact, ${near} near copies), ${summary.failed.length} failed; corpus: ${stats.quotes} quotes, ${stats.events} events, ${stats.claims} claims, ${stats.entities} entities`);
  await store.close();
  rmSync(folder, { recursive: true, force: true });
  console.log(`  resident memory during the run: ${samples.join(', ')} (peak ${megabytes(process.resourceUsage().maxRSS * 1024).toFixed(0)} MB)`);
}

await main();
