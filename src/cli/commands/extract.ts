import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { toDocumentOutput } from '../../doc/doc.ts';
import { findOutputFormat, OUTPUT_FORMATS } from '../../export/formats.ts';
import { InputError } from '../../ingest/input-error.ts';
import { parseBatchLine } from '../../ingest/jsonl-batch.ts';
import { readInput } from '../../ingest/read-input.ts';
import { extract, type ExtractInput } from '../../pipeline.ts';
import { parsePositiveInteger, parsePublished } from '../options.ts';
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

/** Batch mode: one JSON article per line in, one result per line out with the same id; bad lines become error lines. */
async function extractBatch(paths: readonly string[], options: ExtractOptions): Promise<number> {
  let failed = 0;
  for (const path of paths.length > 0 ? paths : ['-']) {
    const name = path === '-' ? 'stdin' : path;
    const stream = path === '-' ? process.stdin : createReadStream(path);
    const lines = createInterface({ input: stream, crlfDelay: Infinity });
    let lineNumber = 0;
    try {
      for await (const line of lines) {
        lineNumber += 1;
        if (line.trim().length === 0) continue;
        try {
          const input = withOverrides(parseBatchLine(line, `${name} line ${lineNumber}`), { ...options, id: undefined });
          // The id is repeated at the top of each line so that results join back to their input line.
          process.stdout.write(`${JSON.stringify({ id: input.article.id, ...toDocumentOutput(extract(input)) })}\n`);
        } catch (error) {
          failed += 1;
          const id = /"id"\s*:\s*"?([^",}]+)/.exec(line)?.[1];
          process.stdout.write(`${JSON.stringify({ ...(id ? { id } : {}), line: lineNumber, error: describeError(error) })}\n`);
          process.stderr.write(`newsgraph: ${describeError(error)}\n`);
        }
      }
    } catch (error) {
      failed += 1;
      process.stderr.write(`newsgraph: ${new InputError(name, 'cannot be read', 'check the path').message} (${describeError(error)})\n`);
    }
  }
  return failed;
}

async function extractFiles(paths: readonly string[], options: ExtractOptions): Promise<number> {
  const formatName = options.format ?? (process.stdout.isTTY ? 'report' : 'json');
  const format = findOutputFormat(formatName)!;
  let failed = 0;
  let headerWritten = false;
  for (const path of paths.length > 0 ? paths : ['-']) {
    try {
      const input = withOverrides(readInput(path, { ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) }), options);
      const doc = toDocumentOutput(extract(input));
      // Tabular formats (events-tsv) print their header once, before the first document's rows.
      if (format.header && !headerWritten) process.stdout.write(format.header());
      headerWritten = true;
      process.stdout.write(format.render(doc, { terminal: Boolean(process.stdout.isTTY) }));
      for (const issue of doc.issues.filter((candidate) => candidate.code === 'EMPTY_TEXT')) {
        process.stderr.write(`newsgraph: ${path}: ${issue.message}\n`);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed += 1;
      process.stderr.write(`newsgraph: ${error.message}\n`);
    }
  }
  return failed;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Analyse articles (plain text or HTML files, "-" for stdin) and print who said what, who did what to whom, and which numbers are claimed.')
    .argument('[inputs...]', 'files to analyse; "-" or nothing reads stdin')
    .option('--published <date>', 'publication date (YYYY-MM-DD) that relative times are resolved against', parsePublished)
    .option('--id <id>', 'article id (default: the file path)')
    .option('--url <url>', 'article URL')
    .option('--title <title>', 'article title')
    .option('--source <name>', 'outlet the article comes from')
    .option('-f, --format <format>', `output format: ${OUTPUT_FORMATS.map((format) => format.name).join(', ')}`)
    .option('--jsonl', 'batch mode: read one {"id","text"|"html","published"?,"url"?} object per line, write one result per line')
    .option('--max-bytes <n>', 'refuse inputs larger than this many bytes', parsePositiveInteger('--max-bytes'))
    .option('--encoding <name>', 'decode inputs with this encoding when they carry no byte-order mark')
    .action(async (inputs: string[], options: ExtractOptions) => {
      if (options.format && !findOutputFormat(options.format)) {
        throw new UsageError(`unknown --format "${options.format}"; choose one of ${OUTPUT_FORMATS.map((format) => format.name).join(', ')}`);
      }
      const failed = options.jsonl ? await extractBatch(inputs, options) : await extractFiles(inputs, options);
      if (failed > 0) process.exitCode = EXIT_INPUT_FAILED;
    });
}
