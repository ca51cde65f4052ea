import type { CorpusStore } from '../store/corpus-store.ts';
import { openStore, StoreLocationError, type OpenStoreOptions } from '../store/open-store.ts';
import { EXIT_INPUT_FAILED } from './usage-error.ts';

/** Opens the corpus for one command and closes it after; a corpus that cannot be opened is reported, not thrown. */
export async function withStore<T>(location: string, options: OpenStoreOptions, run: (store: CorpusStore) => Promise<T>): Promise<T | undefined> {
  let store: CorpusStore;
  try {
    store = await openStore(location, options);
  } catch (error) {
    if (!(error instanceof StoreLocationError)) throw error;
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exitCode = EXIT_INPUT_FAILED;
    return undefined;
  }
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}
