import type { Command } from 'commander';
import { reextractArticles } from '../../corpus/reextract.ts';
import { defaultStoreLocation } from '../../store/open-store.ts';
import { PIPELINE_VERSION } from '../../version.ts';
import { withStore } from '../with-store.ts';

export function registerReextractCommand(program: Command): void {
  program
    .command('reextract')
    .description(`Re-run the pipeline (now ${PIPELINE_VERSION}) over articles extracted by an older one.`)
    .option('--db <file>', 'corpus file', defaultStoreLocation())
    .option('--all', 'every article, whatever pipeline extracted it')
    .action(async (options: { db: string; all?: boolean }) => {
      await withStore(options.db, { mustExist: true }, async (store) => {
        const before = await store.stats(PIPELINE_VERSION);
        const count = await reextractArticles(store, { ...(options.all ? { all: true } : {}) });
        process.stderr.write(`re-extracted ${count} article${count === 1 ? '' : 's'}${options.all ? '' : ` (${before.outdated} were outdated)`} with pipeline ${PIPELINE_VERSION}\n`);
      });
    });
}
