import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import type { Writable } from 'node:stream';
import { CLAIM_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS } from '../../export/corpus-columns.ts';
import { findOutputFormat } from '../../export/formats.ts';
import { csvHeader, csvRow, type Column } from '../../export/tabular.ts';
import type { CorpusStore, Page } from '../../store/corpus-store.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { UsageError } from '../usage-error.ts';
import { exitQuietlyOnClosedPipe } from '../closed-pipe.ts';
import { withStore } from '../with-store.ts';

interface ExportOptions {
  readonly db: string;
  readonly out?: string;
  readonly format?: string;
  readonly since?: string;
  readonly until?: string;
  readonly source?: string;
}

/** Per-document exporters written by the events stage's owner, reused here corpus-wide once registered. */
const DOCUMENT_FORMATS = ['events-tsv', 'plover-jsonl'] as const;
const LAYERS = ['quotes', 'events', 'claims'] as const;
export const EXPORT_KINDS = ['documents', ...LAYERS, ...DOCUMENT_FORMATS] as const;

function write(out: Writable, text: string): Promise<void> {
  return out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once('drain', () => resolve()));
}

async function exportLayer<T>(out: Writable, fetch: (cursor: string | undefined) => Promise<Page<T>>, columns: readonly Column<T>[], format: 'csv' | 'jsonl'): Promise<number> {
  let count = 0;
  if (format === 'csv') await write(out, csvHeader(columns));
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    for (const row of page.items) {
      await write(out, format === 'csv' ? csvRow(columns, row) : `${JSON.stringify(row)}\n`);
      count += 1;
    }
    cursor = page.next;
  } while (cursor);
  return count;
}

type DocumentFormat = NonNullable<ReturnType<typeof findOutputFormat>>;

/** Full documents as JSONL, or each document through a per-document exporter, its header line written once. */
async function exportDocuments(out: Writable, store: CorpusStore, filter: object, format: DocumentFormat | undefined): Promise<number> {
  let count = 0;
  const header = format?.header?.();
  if (header) await write(out, header.endsWith('\n') ? header : `${header}\n`);
  for await (const document of store.streamDocuments(filter)) {
    if (document.pipeline === '') continue; // copies carry no layers of their own
    await write(out, format ? format.render(document, { terminal: false }) : `${JSON.stringify(document)}\n`);
    count += 1;
  }
  return count;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(`Write the corpus out: ${EXPORT_KINDS.join(', ')}.`)
    .argument('<what>', `documents (JSONL of full documents), quotes | events | claims (CSV, or --format jsonl), events-tsv (GDELT-style), plover-jsonl`)
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('-f, --format <format>', 'for quotes, events and claims: csv (default) or jsonl')
    .option('--since <date>', 'only articles (or items) from this date')
    .option('--until <date>', 'only up to this date')
    .option('--source <outlet>', 'only articles from this outlet')
    .action(async (what: string, options: ExportOptions) => {
      if (!(EXPORT_KINDS as readonly string[]).includes(what)) throw new UsageError(`cannot export "${what}"; choose one of ${EXPORT_KINDS.join(', ')}`);
      const format = options.format ?? 'csv';
      if (format !== 'csv' && format !== 'jsonl') throw new UsageError(`--format must be csv or jsonl, not "${format}"`);
      const documentFormat = (DOCUMENT_FORMATS as readonly string[]).includes(what) ? findOutputFormat(what) : undefined;
      if ((DOCUMENT_FORMATS as readonly string[]).includes(what) && !documentFormat) throw new UsageError(`the ${what} exporter is not available in this build of newsgraph`);
      exitQuietlyOnClosedPipe();
      await withStore(options.db, { mustExist: true }, async (store) => {
        const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
        const filter = { ...(options.since ? { since: options.since } : {}), ...(options.until ? { until: options.until } : {}), ...(options.source ? { source: options.source } : {}) };
        let count: number;
        if (what === 'quotes') count = await exportLayer(out, (cursor) => store.queryQuotes({ ...filter, limit: 1000, ...(cursor ? { cursor } : {}) }), QUOTE_COLUMNS, format);
        else if (what === 'events') count = await exportLayer(out, (cursor) => store.queryEvents({ ...filter, limit: 1000, ...(cursor ? { cursor } : {}) }), EVENT_COLUMNS, format);
        else if (what === 'claims') count = await exportLayer(out, (cursor) => store.queryClaims({ ...filter, limit: 1000, ...(cursor ? { cursor } : {}) }), CLAIM_COLUMNS, format);
        else count = await exportDocuments(out, store, filter, documentFormat);
        if (options.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((error?: Error | null) => (error ? reject(error) : resolve())));
        process.stderr.write(`exported ${count} ${what === 'documents' || documentFormat ? 'documents' : what}${options.out ? ` to ${options.out}` : ''}\n`);
      });
    });
}
