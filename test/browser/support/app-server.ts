import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app.ts';
import { ensureWebAssets } from '../../../src/server/web-assets.ts';
import type { CorpusStore } from '../../../src/store/corpus-store.ts';
import { openStore } from '../../../src/store/open-store.ts';

export interface RunningApp {
  readonly app: FastifyInstance;
  readonly store: CorpusStore;
  readonly url: string;
  close(): Promise<void>;
}

/** The real server with the built UI and an empty in-memory corpus, on a free loopback port. */
export async function startApp(): Promise<RunningApp> {
  const webRoot = ensureWebAssets();
  const store = await openStore(':memory:');
  const app = await buildServer({ webRoot, store });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    store,
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** Adds an article through the API, as a script or another client would. */
export async function ingest(running: RunningApp, article: { text: string; article: Record<string, string> }): Promise<string> {
  const response = await running.app.inject({ method: 'POST', url: '/api/articles', payload: article });
  if (response.statusCode !== 201) throw new Error(`ingest failed: ${response.body}`);
  return (JSON.parse(response.body) as { id: string }).id;
}
