import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describeComposition, loadBenchCorpus, totalBytes } from './corpus.ts';
import { isJobName, runJob, type JobName } from './jobs.ts';
import type { Measurement } from './measure.ts';
import { formatRuns, formatStages } from './table.ts';

interface BenchOptions {
  readonly megabytes: string;
  readonly reference: boolean;
  readonly json?: boolean;
  readonly job?: string;
  readonly ingest: boolean;
}

/**
 * Runs one job in a child process of its own, so that its peak memory is its own and one job's
 * compiled code and garbage do not weigh on the next.
 */
function runJobInChild(job: JobName, megabytes: string): Measurement {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, '--job', job, '--megabytes', megabytes], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`bench: the ${job} run failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout) as Measurement;
}

async function main(): Promise<void> {
  const options = new Command('bench')
    .description('Single-thread throughput, per-stage times and peak memory of the full pipeline on real news text from ../shared/data, with compromise as a reference.')
    .option('--megabytes <n>', 'read at least this many MB (10^6 bytes) of news text', '5')
    .option('--no-reference', 'skip the compromise reference run (about a minute of CPU time)')
    .option('--json', 'print the measurements as JSON')
    .option('--no-ingest', 'skip the ingest-into-SQLite run (bench/ingest.ts) that follows')
    .option('--job <name>', 'internal: run one job in this process and print its measurement as JSON')
    .parse()
    .opts<BenchOptions>();
  const minimumBytes = Number(options.megabytes) * 1e6;
  if (options.job !== undefined) {
    if (!isJobName(options.job)) throw new Error(`bench: unknown job "${options.job}"`);
    process.stdout.write(JSON.stringify(await runJob(options.job, minimumBytes)));
    return;
  }
  const articles = loadBenchCorpus(minimumBytes);
  if (articles.length === 0) {
    console.error('bench: no news text found under ../shared/data (set NEWSGRAPH_DATA); nothing to measure.');
    process.exitCode = 1;
    return;
  }
  if (totalBytes(articles) < minimumBytes) console.error(`bench: only ${(totalBytes(articles) / 1e6).toFixed(2)} MB of news text found; measuring that.`);
  const runs = [runJobInChild('pipeline', options.megabytes), runJobInChild('pipeline-batched', options.megabytes)];
  if (options.reference) runs.push(runJobInChild('compromise', options.megabytes));
  if (options.json) {
    console.log(JSON.stringify(runs, null, 2));
    return;
  }
  console.log(`newsgraph bench: ${articles.length} articles, ${(totalBytes(articles) / 1e6).toFixed(2)} MB of news text (MB = 10^6 bytes of UTF-8)`);
  console.log(`  ${describeComposition(articles)}`);
  console.log(`  Node ${process.version}; each run in a process of its own, on one JavaScript thread;`);
  console.log('  MB/s and articles/s per core, from CPU time (wall-clock seconds shown beside: a busy machine stretches them)');
  console.log('');
  console.log(formatRuns(runs));
  console.log('');
  console.log(formatStages(runs[0]!));
  if (options.ingest) runIngestBench();
}

/**
 * The store's ingest bench, in a process of its own. Run from here rather than chained in
 * package.json, so that `npm run bench -- <options>` reaches this script and not the last one.
 */
function runIngestBench(): void {
  const script = fileURLToPath(new URL('./ingest.ts', import.meta.url));
  const child = spawnSync(process.execPath, [...process.execArgv, script], { stdio: 'inherit' });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}

await main();
