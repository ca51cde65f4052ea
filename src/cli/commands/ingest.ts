import type { Command } from 'commander';
import { runIngest, type IngestSummary } from '../../corpus/ingest-run.ts';
import { expandInputs } from '../../ingest/expand-inputs.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { parsePositiveInteger, parsePublished } from '../options.ts';
import { EXIT_INPUT_FAILED, UsageError } from '../usage-error.ts';
import { ProgressBar } from '../progress-bar.ts';
import { withStore } from '../with-store.ts';

interface IngestOptions {
  readonly db: string;
  readonly fetch?: boolean;
  readonly allowPrivateHosts?: boolean;
  readonly timeout?: number;
  readonly maxBytes?: number;
  readonly encoding?: string;
  readonly source?: string;
  readonly published?: string;
  readonly similarity?: string;
  readonly progress?: boolean;
}

function parseSimilarity(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!(number > 0 && number <= 1)) throw new UsageError(`--similarity "${value}" must be a number above 0 and at most 1, e.g. 0.8`);
  return number;
}

/** The end-of-run summary: what was added, what was known, what failed and why. */
export function formatSummary(summary: IngestSummary, location: string): string {
  const lines = [
    `${summary.interrupted ? 'Interrupted' : 'Done'}: ${summary.added} added, ${summary.updated} re-extracted, ${summary.unchanged} already in the corpus, ${summary.duplicates} duplicates linked to their original, ${summary.skipped.length} skipped, ${summary.failed.length} failed — corpus ${location}`,
  ];
  const skippedReasons = new Map<string, number>();
  for (const problem of summary.skipped) skippedReasons.set(problem.reason, (skippedReasons.get(problem.reason) ?? 0) + 1);
  for (const [reason, times] of skippedReasons) lines.push(`Skipped ${times}: ${reason}`);
  if (summary.failed.length > 0) {
    lines.push('Failed:');
    for (const problem of summary.failed.slice(0, 50)) lines.push(`  ${problem.input}: ${problem.reason}`);
    if (summary.failed.length > 50) lines.push(`  … and ${summary.failed.length - 50} more (listed above as they happened)`);
  }
  if (summary.interrupted) lines.push('Everything finished before the interruption is stored; run the same command again to go on.');
  return `${lines.join('\n')}\n`;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Add articles to the corpus: text and HTML files, RSS/Atom/RDF/JSON feeds, folders (walked recursively), .jsonl batches, and URLs with --fetch.')
    .argument('<inputs...>', 'files, folders, feeds, .jsonl batches or URLs')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .option('--fetch', 'download URLs given as inputs, and the pages of feed items that carry only a summary')
    .option('--allow-private-hosts', 'let --fetch reach private and loopback addresses (your own network)')
    .option('--timeout <seconds>', 'give up on a URL after this many seconds (default 15)', parsePositiveInteger('--timeout'))
    .option('--max-bytes <n>', 'refuse files and downloads larger than this many bytes (default 20 MB)', parsePositiveInteger('--max-bytes'))
    .option('--encoding <name>', 'decode inputs that carry no byte-order mark with this encoding')
    .option('--source <name>', 'outlet of articles that do not name their own')
    .option('--published <date>', 'publication date of articles that do not carry their own', parsePublished)
    .option('--similarity <share>', 'estimated share of shared 4-word shingles from which an article counts as a copy (default 0.8)')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .action(async (inputs: string[], options: IngestOptions) => {
      const similarityThreshold = parseSimilarity(options.similarity);
      const { entries, passedOver } = expandInputs(inputs);
      await withStore(options.db, {}, async (store) => {
      const bar = options.progress !== false && process.stderr.isTTY ? new ProgressBar(process.stderr, entries.length) : undefined;
      let stopRequested = false;
      const onInterrupt = () => {
        if (stopRequested) process.exit(130);
        stopRequested = true;
        process.stderr.write('\nnewsgraph: stopping after the current article (Ctrl-C again to quit at once)…\n');
      };
      process.on('SIGINT', onInterrupt);
      try {
        const summary = await runIngest(store, entries, {
          ...(options.fetch ? { fetch: true } : {}),
          fetchOptions: { ...(options.allowPrivateHosts ? { allowPrivateHosts: true } : {}), ...(options.timeout ? { timeoutMs: options.timeout * 1000 } : {}) },
          ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          defaults: { ...(options.source ? { source: options.source } : {}), ...(options.published ? { published: options.published } : {}) },
          ...(similarityThreshold ? { similarityThreshold } : {}),
          shouldStop: () => stopRequested,
          onProblem: (problem, kind) => {
            // Failures are named as they happen; skipped items (feed items without text) are counted in the summary.
            if (kind === 'skipped') return;
            bar?.clear();
            process.stderr.write(`newsgraph: ${problem.input}: ${problem.reason}\n`);
          },
          onProgress: (progress, current) => bar?.update(progress.inputsDone, `${progress.added + progress.updated} added · ${progress.duplicates} dup · ${progress.failed.length} failed  ${current}`),
        });
        bar?.clear();
        if (passedOver > 0) process.stderr.write(`newsgraph: passed over ${passedOver} files in folders that are not articles by their extension (images, spreadsheets…)\n`);
        process.stderr.write(formatSummary(summary, options.db));
        if (summary.failed.length > 0) process.exitCode = EXIT_INPUT_FAILED;
        if (summary.interrupted) process.exitCode = 130;
      } finally {
        process.off('SIGINT', onInterrupt);
      }
      });
    });
}
