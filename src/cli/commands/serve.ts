import type { Command } from 'commander';
import { buildServer, DEFAULT_BODY_LIMIT } from '../../server/app.ts';
import { DEFAULT_PORT, isLoopbackHost, listenOnFreePort } from '../../server/listen.ts';
import { ensureWebAssets, WebBuildError } from '../../server/web-assets.ts';
import type { CorpusStore } from '../../store/corpus-store.ts';
import { defaultStoreLocation, openStore, StoreLocationError } from '../../store/open-store.ts';
import { parsePositiveInteger } from '../options.ts';
import { UsageError } from '../usage-error.ts';

export interface ServeOptions {
  readonly host: string;
  readonly port?: number;
  readonly db?: string;
  /** An already open corpus (npm start hands over the one it just filled); else --db is opened. */
  readonly store?: CorpusStore;
  readonly ui: boolean;
  readonly maxBody: number;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${value}" must be a whole number from 0 to 65535`);
  return port;
}

/** Starts the API and UI; resolves once listening, with the URL to open. Shared by `serve` and `start`. */
export async function startServer(options: ServeOptions, log: (line: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const exposed = !isLoopbackHost(options.host);
  const token = process.env.NEWSGRAPH_TOKEN?.trim() || undefined;
  let webRoot: string | undefined;
  if (options.ui) {
    try {
      webRoot = ensureWebAssets({ log });
    } catch (error) {
      if (!(error instanceof WebBuildError)) throw error;
      log(`newsgraph: ${error.message}; serving the API only.`);
    }
  }
  let store = options.store;
  if (!store) {
    try {
      store = await openStore(options.db ?? defaultStoreLocation());
    } catch (error) {
      if (error instanceof StoreLocationError) throw new UsageError(error.message);
      throw error;
    }
  }
  const app = await buildServer({
    store,
    access: { exposed, ...(token ? { token } : {}) },
    ...(webRoot ? { webRoot } : {}),
    bodyLimit: options.maxBody,
    onInternalError: (error) => log(`newsgraph: request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  const { url } = await listenOnFreePort(app, options.host, options.port ?? DEFAULT_PORT, options.port !== undefined);
  if (exposed) {
    log(token ? 'Exposed beyond this machine: writes need "Authorization: Bearer $NEWSGRAPH_TOKEN".' : 'Exposed beyond this machine without NEWSGRAPH_TOKEN: the server is read-only.');
  }
  return {
    url,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** Serves until Ctrl-C (or SIGTERM), printing the URL to open. */
export async function runServe(options: ServeOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { url, close } = await startServer(options, log);
  process.stdout.write(`newsgraph is serving ${options.ui ? 'the web UI and ' : ''}the API at ${url}  (API description: ${url}api/openapi.json; Ctrl-C stops it)\n`);
  const stop = () => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (/api, documented at /api/openapi.json) and the web UI over a corpus.')
    .option('--host <address>', 'address to listen on; anything but 127.0.0.1/localhost exposes the server (writes then need NEWSGRAPH_TOKEN)', '127.0.0.1')
    .option('--port <n>', `port to listen on (default ${DEFAULT_PORT}, or the next free one)`, parsePort)
    .option('--db <path>', 'corpus database (default: NEWSGRAPH_DB or newsgraph.db; created empty when missing)')
    .option('--no-ui', 'serve the API only')
    .option('--max-body <bytes>', 'refuse request bodies larger than this', parsePositiveInteger('--max-body'), DEFAULT_BODY_LIMIT)
    .action(async (options: ServeOptions) => {
      await runServe(options);
    });
}
