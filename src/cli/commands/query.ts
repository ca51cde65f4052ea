import { Command, Option } from 'commander';
import { z } from 'zod';
import { ARTICLE_COLUMNS, CLAIM_COLUMNS, ENTITY_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS, SEARCH_COLUMNS } from '../../export/corpus-columns.ts';
import { csvHeader, csvRow, renderTable, type Column } from '../../export/tabular.ts';
import type { CorpusStore, Page } from '../../store/corpus-store.ts';
import { BadCursorError } from '../../store/cursor.ts';
import { ArticleFilterSchema, ClaimFilterSchema, EntityFilterSchema, EventFilterSchema, QuoteFilterSchema, SearchRequestSchema } from '../../store/filters.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { parsePositiveInteger } from '../options.ts';
import { UsageError } from '../usage-error.ts';
import { exitQuietlyOnClosedPipe } from '../closed-pipe.ts';
import { withStore } from '../with-store.ts';

export const QUERY_FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** Table on a terminal, JSON when piped (as `extract` does), or what --format says. */
export function resolveFormat(format: string | undefined): QueryFormat {
  if (format === undefined) return process.stdout.isTTY ? 'table' : 'json';
  if (!(QUERY_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${format}"; choose one of ${QUERY_FORMATS.join(', ')}`);
  return format as QueryFormat;
}

/** Rows of every page up to `limit`, in order. */
async function* allRows<T>(fetch: (cursor: string | undefined, limit: number) => Promise<Page<T>>, limit: number): AsyncGenerator<T> {
  let cursor: string | undefined;
  let remaining = limit;
  do {
    const page = await fetch(cursor, Math.min(1000, remaining));
    for (const item of page.items) {
      yield item;
      remaining -= 1;
      if (remaining === 0) return;
    }
    cursor = page.next;
  } while (cursor);
}

/** Writes rows in the chosen format; JSON formats keep whole rows, table and CSV the query's columns. */
export async function writeRows<T>(rows: AsyncIterable<T>, columns: readonly Column<T>[], format: QueryFormat, emptyMessage: string): Promise<number> {
  let count = 0;
  if (format === 'table') {
    const buffered: T[] = [];
    for await (const row of rows) buffered.push(row);
    count = buffered.length;
    process.stdout.write(count === 0 ? `${emptyMessage}\n` : renderTable(columns, buffered));
    if (count > 0) process.stderr.write(`${count} row${count === 1 ? '' : 's'}\n`);
    return count;
  }
  if (format === 'json') process.stdout.write('[');
  if (format === 'csv') process.stdout.write(csvHeader(columns));
  for await (const row of rows) {
    if (format === 'json') process.stdout.write(`${count === 0 ? '\n' : ',\n'}${JSON.stringify(row)}`);
    else if (format === 'jsonl') process.stdout.write(`${JSON.stringify(row)}\n`);
    else process.stdout.write(csvRow(columns, row));
    count += 1;
  }
  if (format === 'json') process.stdout.write(count === 0 ? ']\n' : '\n]\n');
  return count;
}

interface CommonOptions {
  readonly db: string;
  readonly format?: string;
  readonly limit?: number;
  readonly [key: string]: unknown;
}

/** Validates options with the store's own filter schema, so the CLI and the HTTP API accept the same values. */
function parseFilter<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.input<S> {
  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  const parsed = schema.safeParse(defined);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('; '));
  return defined as z.input<S>;
}

function addCommonOptions(command: Command): Command {
  return command
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .addOption(new Option('-f, --format <format>', 'table (default on a terminal), json (default when piped), jsonl or csv'))
    .option('--limit <n>', 'at most this many rows (default 100 in a table, all otherwise)', parsePositiveInteger('--limit'));
}

function addArticleOptions(command: Command): Command {
  return command
    .option('--since <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'up to this date, inclusive')
    .option('--source <outlet>', 'only articles from this outlet')
    .option('--article <id>', 'only this article');
}

function defineQuery<T>(
  parent: Command,
  name: string,
  description: string,
  configure: (command: Command) => Command,
  columns: readonly Column<T>[],
  fetch: (store: CorpusStore, options: CommonOptions, cursor: string | undefined, limit: number) => Promise<Page<T>>,
  emptyMessage: string,
): void {
  const command = configure(addCommonOptions(parent.command(name).description(description)));
  command.action(async (...args: unknown[]) => {
    const options = command.opts<CommonOptions>();
    const positional = args.slice(0, -2).filter((value): value is string => typeof value === 'string');
    const format = resolveFormat(options.format);
    const limit = options.limit ?? (format === 'table' ? 100 : Number.MAX_SAFE_INTEGER);
    exitQuietlyOnClosedPipe();
    await withStore(options.db, { mustExist: true }, async (store) => {
      try {
        await writeRows(allRows((cursor, pageSize) => fetch(store, { ...options, query: positional[0] }, cursor, pageSize), limit), columns, format, emptyMessage);
      } catch (error) {
        if (error instanceof BadCursorError) throw new UsageError(error.message);
        throw error;
      }
    });
  });
}

export function registerQueryCommand(program: Command): void {
  const query = program.command('query').description('Question the corpus: quotes, events, claims, entities, full-text search, articles.');

  defineQuery(query, 'quotes', 'Quotes and reported speech, by speaker (any alias), kind or words.',
    (command) => addArticleOptions(command).option('--speaker <name>', 'speaker name or alias ("Zakharova")').option('--kind <kind>', 'direct, indirect or mixed').option('--text <words>', 'words inside the quote'),
    QUOTE_COLUMNS,
    (store, options, cursor, limit) => store.queryQuotes(parseFilter(QuoteFilterSchema, { speaker: options.speaker, kind: options.kind, text: options.text, since: options.since, until: options.until, source: options.source, article: options.article, cursor, limit })),
    'No quotes match.');

  defineQuery(query, 'events', 'Who did what to whom: events by actor, recipient, PLOVER type, CAMEO code and date.',
    (command) => addArticleOptions(command).option('--actor <code-or-name>', 'actor code (RUS, RUSGOV), country or name').option('--recipient <code-or-name>', 'recipient code, country or name').option('--type <type>', 'PLOVER type: CONSULT, ACCUSE, SANCTION, ASSAULT…').option('--cameo <code>', 'CAMEO code prefix ("04", "042")'),
    EVENT_COLUMNS,
    (store, options, cursor, limit) => store.queryEvents(parseFilter(EventFilterSchema, { actor: options.actor, recipient: options.recipient, type: typeof options.type === 'string' ? options.type.toUpperCase() : undefined, cameo: options.cameo, since: options.since, until: options.until, source: options.source, article: options.article, cursor, limit })),
    'No events match.');

  defineQuery(query, 'claims', 'Numeric claims by what they count and who claims them.',
    (command) => addArticleOptions(command).option('--counted <words>', 'what is counted ("hostages")').option('--by <name>', 'who makes the claim: a name, or "author"'),
    CLAIM_COLUMNS,
    (store, options, cursor, limit) => store.queryClaims(parseFilter(ClaimFilterSchema, { counted: options.counted, claimSource: options.by, since: options.since, until: options.until, source: options.source, article: options.article, cursor, limit })),
    'No claims match.');

  defineQuery(query, 'entities', 'People, organisations and places across the corpus, found by any of their names.',
    (command) => command.option('--name <name>', 'name or alias ("Marzouk")').option('--type <type>', 'PERSON, ORG, GPE, LOC, NORP or OTHER').option('--country <code>', 'ISO 3166-1 alpha-3 country code'),
    ENTITY_COLUMNS,
    (store, options, cursor, limit) => store.queryEntities(parseFilter(EntityFilterSchema, { name: options.name, type: typeof options.type === 'string' ? options.type.toUpperCase() : undefined, country: typeof options.country === 'string' ? options.country.toUpperCase() : undefined, cursor, limit })),
    'No entities match.');

  defineQuery(query, 'search', 'Full-text search over article text and quotes ("double quotes" for a phrase).',
    (command) => command.argument('<words>', 'words to find').option('--in <where>', 'all, articles or quotes', 'all'),
    SEARCH_COLUMNS,
    (store, options, cursor, limit) => store.search(parseFilter(SearchRequestSchema, { query: options.query, in: options.in, cursor, limit }) as z.input<typeof SearchRequestSchema>),
    'Nothing found.');

  defineQuery(query, 'articles', 'The articles in the corpus.',
    (command) => addArticleOptions(command).option('--title <words>', 'words of the title').option('--duplicates', 'include copies linked to their original'),
    ARTICLE_COLUMNS,
    (store, options, cursor, limit) => store.listArticles(parseFilter(ArticleFilterSchema, { title: options.title, includeDuplicates: options.duplicates === true ? true : undefined, since: options.since, until: options.until, source: options.source, article: options.article, cursor, limit })),
    'The corpus has no articles yet: run `newsgraph ingest <files>`.');
}
