import type { InputEntry } from '../ingest/expand-inputs.ts';
import { readEntry, type ReadSourcesOptions, type SourceEvent } from '../ingest/read-sources.ts';
import type { CorpusStore } from '../store/corpus-store.ts';
import { EXTRACTION_BATCH } from '../pipeline.ts';
import { extractAhead } from './extract-ahead.ts';
import { ingestArticle, type IngestArticleOptions, type IngestOutcome } from './ingest-article.ts';
import { refreshIdentities } from './refresh-identities.ts';

/**
 * One ingest run over many inputs: every article is committed on its own, so an interrupted run
 * keeps all it finished and the next run with the same inputs skips them (unchanged) and goes on.
 */

export interface IngestProblem {
  readonly input: string;
  readonly reason: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: IngestProblem[];
  failed: IngestProblem[];
  /** Inputs (files, URLs) finished, out of `inputs`. */
  inputsDone: number;
  inputs: number;
  interrupted: boolean;
}

export interface IngestRunOptions extends ReadSourcesOptions, IngestArticleOptions {
  /** Called after every article and every finished input (for a progress bar). */
  readonly onProgress?: (summary: Readonly<IngestSummary>, current: string) => void;
  /** Called for each failure as it happens (for messages on stderr). */
  readonly onProblem?: (problem: IngestProblem, kind: 'failed' | 'skipped') => void;
  /** Stops before the next article when it returns true (Ctrl-C). */
  readonly shouldStop?: () => boolean;
  /** Resolve cross-article identities at the end (default true). */
  readonly resolveIdentities?: boolean;
}

function count(summary: IngestSummary, outcome: IngestOutcome): void {
  if (outcome.status === 'duplicate') summary.duplicates += 1;
  else summary[outcome.status] += 1;
}

/** What the reader gives, in order: an article or a problem, or the end of one input. */
type RunItem = { readonly kind: 'event'; readonly event: SourceEvent } | { readonly kind: 'input done'; readonly input: string };

async function* itemsOf(entries: readonly InputEntry[], options: ReadSourcesOptions): AsyncGenerator<RunItem> {
  for (const entry of entries) {
    for await (const event of readEntry(entry, options)) yield { kind: 'event', event };
    yield { kind: 'input done', input: entry.input };
  }
}

/**
 * Articles are read ahead in batches and analysed stage by stage (extractMany, a fifth to a quarter
 * less CPU than one by one); each is still stored, and counted, on its own and in order.
 */
async function* batchesOf(items: AsyncGenerator<RunItem>): AsyncGenerator<RunItem[]> {
  let batch: RunItem[] = [];
  let articles = 0;
  for await (const item of items) {
    batch.push(item);
    if (item.kind === 'event' && item.event.kind === 'article') articles += 1;
    if (articles >= EXTRACTION_BATCH) {
      yield batch;
      batch = [];
      articles = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

export async function runIngest(store: CorpusStore, entries: readonly InputEntry[], options: IngestRunOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, updated: 0, unchanged: 0, duplicates: 0, skipped: [], failed: [], inputsDone: 0, inputs: entries.length, interrupted: false };
  outer: for await (const batch of batchesOf(itemsOf(entries, options))) {
    const articles = batch.flatMap((item) => (item.kind === 'event' && item.event.kind === 'article' ? [item.event.value] : []));
    const extracted = await extractAhead(store, articles, options);
    for (const item of batch) {
      if (item.kind === 'input done') {
        summary.inputsDone += 1;
        options.onProgress?.(summary, item.input);
        continue;
      }
      const event = item.event;
      if (options.shouldStop?.()) {
        summary.interrupted = true;
        break outer;
      }
      if (event.kind === 'failed' || event.kind === 'skipped') {
        const problem = { input: event.input, reason: event.kind === 'failed' ? event.problem : event.reason };
        summary[event.kind].push(problem);
        options.onProblem?.(problem, event.kind);
        continue;
      }
      try {
        count(summary, await ingestArticle(store, event.value, { ...options, extracted: extracted.get(event.value) }));
      } catch (error) {
        // A store error on one article (a constraint, a full disk) is reported; the transaction left nothing half-written.
        const problem = { input: event.value.origin, reason: `could not be stored (${error instanceof Error ? error.message : String(error)})` };
        summary.failed.push(problem);
        options.onProblem?.(problem, 'failed');
      }
      options.onProgress?.(summary, event.value.origin);
    }
  }
  if (options.resolveIdentities !== false && summary.added + summary.updated > 0) await refreshIdentities(store);
  return summary;
}
