import { existsSync } from 'node:fs';
import type { CorpusStore } from './corpus-store.ts';
import { SqliteStore } from './sqlite/sqlite-store.ts';

/** The corpus file used when no --db is given: newsgraph.db in the working folder, or NEWSGRAPH_DB. */
export function defaultStoreLocation(): string {
  return process.env.NEWSGRAPH_DB ?? 'newsgraph.db';
}

export class StoreLocationError extends Error {}

export interface OpenStoreOptions {
  /** Fail instead of creating an empty corpus (for read-only commands: a typo should not create a file). */
  readonly mustExist?: boolean;
}

/**
 * Opens the corpus named by a location: a SQLite file path (or ":memory:"). A postgres:// URL is
 * the place where a PostgreSQL implementation of CorpusStore plugs in.
 */
export async function openStore(location: string = defaultStoreLocation(), options: OpenStoreOptions = {}): Promise<CorpusStore> {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    throw new StoreLocationError(`${location}: PostgreSQL corpora are not supported yet — use a SQLite file path such as newsgraph.db`);
  }
  if (options.mustExist && location !== ':memory:' && !existsSync(location)) {
    throw new StoreLocationError(`${location}: no corpus here — run \`newsgraph ingest <files>\` first, or pass --db with the corpus file`);
  }
  try {
    return new SqliteStore(location);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreLocationError(`${location}: cannot open the corpus (${reason}) — check that it is a newsgraph database and that the folder is writable`);
  }
}
