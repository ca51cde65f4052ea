import type { Command } from 'commander';
import { ingestArticle } from '../../corpus/ingest-article.ts';
import { refreshIdentities } from '../../corpus/refresh-identities.ts';
import { formatReport, PLAIN_STYLE, terminalStyle } from '../../export/report.ts';
import { loadSampleArticles } from '../../ingest/samples.ts';
import type { CorpusStore } from '../../store/corpus-store.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { DEFAULT_BODY_LIMIT } from '../../server/app.ts';
import { withStore } from '../with-store.ts';
import { runServe } from './serve.ts';

interface StartOptions {
  readonly db: string;
  readonly report: boolean;
  /** Serve the web UI afterwards; by default only when run from a terminal, so scripts and tests end. */
  readonly serve?: boolean;
}

/** Adds the bundled samples to the corpus; running it again adds nothing (their origins and texts are known). */
export async function ingestSamples(store: CorpusStore): Promise<{ added: number; unchanged: number }> {
  let added = 0;
  let unchanged = 0;
  for (const sample of loadSampleArticles()) {
    const outcome = await ingestArticle(store, { origin: `sample:${sample.article.id}`, text: sample.text, article: sample.article });
    if (outcome.status === 'unchanged') unchanged += 1;
    else added += 1;
  }
  if (added > 0) await refreshIdentities(store);
  return { added, unchanged };
}

/** Query commands worth trying, filled with names that are really in the corpus. */
async function tryCommands(store: CorpusStore, location: string): Promise<string[]> {
  const db = location === 'newsgraph.db' ? '' : ` --db ${location}`;
  const speaker = (await store.queryQuotes({ limit: 50 })).items.map((row) => row.speakerEntity?.name ?? row.quote.speaker?.name).find((name) => name && name.split(' ').length <= 3);
  const counted = (await store.queryClaims({ limit: 50 })).items.map((row) => row.claim.counted?.text).find((text) => text && text.split(' ').length <= 2);
  const entity = (await store.queryEntities({ limit: 1, type: 'PERSON' })).items[0]?.name ?? (await store.queryEntities({ limit: 1 })).items[0]?.name;
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  return [
    `npx newsgraph query quotes${speaker ? ` --speaker ${JSON.stringify(surname(speaker))}` : ''}${db}`,
    `npx newsgraph query events --type CONSULT${db}`,
    `npx newsgraph query claims${counted ? ` --counted ${JSON.stringify(counted)}` : ''}${db}`,
    `npx newsgraph query entities${entity ? ` --name ${JSON.stringify(surname(entity))}` : ''}${db}`,
    `npx newsgraph query search "ceasefire"${db}`,
    `npx newsgraph compare claims${db}`,
    `npx newsgraph ingest my-articles/ feed.xml${db}             # your own files, folders and feeds`,
    `npx newsgraph export quotes --format csv${db} > quotes.csv`,
  ];
}

/** The quick-start job: put the bundled samples into the corpus, show what was found in them, and what to ask next. */
export async function runStart(options: StartOptions): Promise<void> {
  const style = process.stdout.isTTY ? terminalStyle(process.stdout.columns) : PLAIN_STYLE;
  await withStore(options.db, {}, async (store) => {
    const { added, unchanged } = await ingestSamples(store);
    if (options.report) {
      for (const sample of loadSampleArticles()) {
        const document = await store.getDocument(sample.article.id);
        if (document) process.stdout.write(`${formatReport(document, style)}\n`);
      }
    }
    const stats = await store.stats();
    process.stdout.write(
      `${style.heading('CORPUS')} ${options.db}: ${stats.articles} articles (${added} just added, ${unchanged} already there), ${stats.quotes} quotes, ${stats.events} events, ${stats.claims} claims, ${stats.entities} entities\n\n`,
    );
    process.stdout.write(`${style.heading('TRY')}\n${(await tryCommands(store, options.db)).map((line) => `  ${line}`).join('\n')}\n`);
    process.stdout.write('\nOr analyse one text without storing it:  npx newsgraph extract article.txt --published 2023-10-27\n');
  });
  if ((options.serve ?? Boolean(process.stdout.isTTY)) && !process.exitCode) {
    process.stdout.write('\n');
    await runServe({ host: '127.0.0.1', db: options.db, ui: true, maxBody: DEFAULT_BODY_LIMIT });
  }
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('Put the bundled sample articles into the corpus (newsgraph.db), print what it finds and the queries to try (what `npm start` does).')
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .option('--no-report', 'skip the per-article reports')
    .option('--serve', 'then serve the web UI over the corpus (the default on a terminal)')
    .option('--no-serve', 'do not serve the web UI afterwards')
    .action(async (options: StartOptions) => {
      await runStart(options);
    });
}
