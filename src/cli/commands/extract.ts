import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { toDocumentOutput } from '../../doc/doc.ts';
import type { DocumentOutput } from '../../doc/schema/document.ts';
import { findOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../../export/formats.ts';
import { InputError } from '../../ingest/input-error.ts';
import { parseBatchLine } from '../../ingest/jsonl-batch.ts';
import { readInput } from '../../ingest/read-input.ts';
import { extract, extractMany, EXTRACTION_BATCH, type ExtractInput } from '../../pipeline.ts';
import { parsePositiveInteger, parsePublished } from '../options.ts';
import { Progress } from '../progress.ts';
import { EXIT_INPUT_FAILED, UsageError } from '../usage-error.ts';

interface ExtractOptions {
  readonly published?: string;
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
  readonly source?: string;
  readonly format?: string;
  readonly jsonl?: boolean;
  readonly maxBytes?: number;
  readonly encoding?: string;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withOverrides(input: ExtractInput, options: ExtractOptions): ExtractInput {
  const overrides = {
    ...(options.published ? { published: options.published } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.source ? { source: options.source } : {}),
    ...(options.id ? { id: options.id } : {}),
  };
  return { text: input.text, article: { ...input.article, ...overrides } };
}

/**
 * The pipeline never throws on text; if it does, that is a bug, reported against the one input
 * that showed it so that the others still get through.
 */
function analyse(input: ExtractInput, name: string): DocumentOutput {
  try {
    return toDocumentOutput(extract(input));
  } catch (error) {
    throw internalError(name, error);
  }
}

function internalError(name: string, error: unknown): InputError {
  return new InputError(name, `internal error while analysing it (${describeError(error)})`, 'please report this with the input attached; the other inputs were analysed');
}

/**
 * Writes documents in one format to stdout. Several documents in `json` become one JSON array, so
 * that the output stays one valid JSON text; `jsonl` lines in batch mode repeat the input's id first.
 */
class DocumentWriter {
  private written = 0;

  constructor(
    private readonly format: OutputFormat,
    private readonly asArray: boolean,
  ) {}

  write(doc: DocumentOutput, batchId?: string): void {
    if (this.format.name === 'jsonl' && batchId !== undefined) {
      process.stdout.write(`${JSON.stringify({ id: batchId, ...doc })}\n`);
    } else if (this.asArray) {
      process.stdout.write(`${this.written === 0 ? '[\n' : ',\n'}${this.format.render(doc, renderContext()).trimEnd()}`);
    } else {
      // Tabular formats (events-tsv) print their header once, before the first document's rows.
      if (this.written === 0 && this.format.header) process.stdout.write(this.format.header());
      process.stdout.write(`${this.written > 0 && this.format.name === 'report' ? '\n' : ''}${this.format.render(doc, renderContext())}`);
    }
    this.written += 1;
  }

  /** A batch line that could not be read: an error line in JSON lines output, nothing in other formats. */
  writeError(line: number, error: string, id?: string): void {
    if (this.format.name === 'jsonl') process.stdout.write(`${JSON.stringify({ ...(id ? { id } : {}), line, error })}\n`);
  }

  finish(): void {
    if (this.asArray) process.stdout.write(this.written === 0 ? '[]\n' : '\n]\n');
  }
}

function renderContext(): { terminal: boolean; columns?: number } {
  return { terminal: Boolean(process.stdout.isTTY), ...(process.stdout.columns ? { columns: process.stdout.columns } : {}) };
}

/** The report on a terminal; otherwise JSON for one input and JSON lines for several or for a batch. */
function chooseFormat(options: ExtractOptions, manyDocuments: boolean): OutputFormat {
  const name = options.format ?? (process.stdout.isTTY ? 'report' : manyDocuments ? 'jsonl' : 'json');
  return findOutputFormat(name)!;
}

function reportFailure(progress: Progress, message: string): void {
  progress.clear();
  process.stderr.write(`newsgraph: ${message}\n`);
}

/** A batch line read and waiting for its batch to be analysed: an article, or a line that could not be read. */
type PendingLine = { readonly kind: 'article'; readonly input: ExtractInput; readonly where: string; readonly lineNumber: number } | { readonly kind: 'error'; readonly error: InputError; readonly lineNumber: number; readonly id: string | undefined };

/**
 * Batch mode: one JSON article per line in, one result per line out with the same id, in the same
 * order; bad lines become error lines. Articles are analysed EXTRACTION_BATCH at a time, stage by
 * stage (extractMany: the same documents for less CPU).
 */
async function extractBatch(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const writer = new DocumentWriter(chooseFormat(options, true), options.format === 'json');
  const progress = new Progress(process.stderr, undefined);
  let failed = 0;
  let analysed = 0;
  let pending: PendingLine[] = [];
  let errorLines = 0;
  const fail = (error: InputError, lineNumber: number, id: string | undefined): void => {
    failed += 1;
    writer.writeError(lineNumber, error.message, id);
    reportFailure(progress, error.message);
  };
  const flush = (): void => {
    const articles = pending.flatMap((line) => (line.kind === 'article' ? [line] : []));
    const outcomes = extractMany(articles.map((line) => line.input));
    let next = 0;
    for (const line of pending) {
      if (line.kind === 'error') {
        fail(line.error, line.lineNumber, line.id);
        continue;
      }
      const outcome = outcomes[next++]!;
      analysed += 1;
      progress.update(analysed, `${line.where} (id ${line.input.article.id})`);
      if (outcome.doc) writer.write(toDocumentOutput(outcome.doc), line.input.article.id);
      else fail(internalError(line.where, outcome.error), line.lineNumber, line.input.article.id);
    }
    pending = [];
    errorLines = 0;
  };
  for (const path of paths.length > 0 ? paths : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    const stream = path === '-' ? process.stdin : createReadStream(path);
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim().length === 0) continue;
        const where = `${name} line ${lineNumber}`;
        try {
          pending.push({ kind: 'article', input: withOverrides(parseBatchLine(line, where), { ...options, id: undefined }), where, lineNumber });
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          errorLines += 1;
          pending.push({ kind: 'error', error, lineNumber, id: /"id"\s*:\s*"?([^",}]+)/.exec(line)?.[1] });
        }
        if (pending.length - errorLines >= EXTRACTION_BATCH) flush();
      }
      flush();
    } catch (error) {
      flush();
      failed += 1;
      reportFailure(progress, `${new InputError(name, 'cannot be read', 'check the path').message} (${describeError(error)})`);
    }
  }
  progress.clear();
  writer.finish();
  return failed;
}

/** Files, HTML pages or stdin, one document each. */
function extractFiles(paths: readonly string[], options: ExtractOptions): number {
  const inputs = paths.length > 0 ? paths : ['-'];
  const format = chooseFormat(options, inputs.length > 1);
  const writer = new DocumentWriter(format, format.name === 'json' && inputs.length > 1);
  const progress = new Progress(process.stderr, inputs.length);
  let failed = 0;
  inputs.forEach((path, index) => {
    const name = path === '-' ? 'stdin' : path;
    progress.update(index + 1, name);
    try {
      const readOptions = { ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) };
      const doc = analyse(withOverrides(readInput(path, readOptions), options), name);
      writer.write(doc);
      for (const issue of doc.issues.filter((candidate) => candidate.code === 'EMPTY_TEXT')) reportFailure(progress, `${name}: ${issue.message}`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed += 1;
      reportFailure(progress, error.message);
    }
  });
  progress.clear();
  writer.finish();
  if (failed > 0 && inputs.length > 1) process.stderr.write(`newsgraph: ${failed} of ${inputs.length} inputs failed (named above); the others were written.\n`);
  return failed;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Analyse articles (plain text or HTML files, "-" for stdin) and print who said what, who did what to whom, and which numbers are claimed.')
    .argument('[inputs...]', 'files to analyse; "-" reads stdin (the default when input is piped in)')
    .option('--published <date>', 'publication date (YYYY-MM-DD) that relative times are resolved against', parsePublished)
    .option('--id <id>', 'article id (default: the file path)')
    .option('--url <url>', 'article URL')
    .option('--title <title>', 'article title')
    .option('--source <name>', 'outlet the article comes from')
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.map((format) => format.name).join(', ')} (default: report on a terminal, json for one input, jsonl for several)`)
    .option('--jsonl', 'batch mode: read one {"id","text"|"html","published"?,"url"?} object per line, write one result per line')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', parsePositiveInteger('--max-bytes'))
    .option('--encoding <name>', 'decode inputs with this encoding when they carry no byte-order mark')
    .addHelpText('after', '\nExit codes: 0 success, 1 when any input failed (the others are still written), 2 for usage errors.')
    .action(async (inputs: string[], options: ExtractOptions) => {
      if (options.format && !findOutputFormat(options.format)) {
        throw new UsageError(`unknown --format "${options.format}"; choose one of ${OUTPUT_FORMATS.map((format) => format.name).join(', ')}`);
      }
      if (inputs.length === 0 && process.stdin.isTTY) {
        throw new UsageError('no input: name the files to analyse (newsgraph extract article.txt), pipe text in, or give "-" to type it (end with Ctrl-D)');
      }
      const failed = options.jsonl ? await extractBatch(inputs, options) : extractFiles(inputs, options);
      if (failed > 0) process.exitCode = EXIT_INPUT_FAILED;
    });
}
