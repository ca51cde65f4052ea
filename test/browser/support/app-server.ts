import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/server/app.ts';
import { ensureWebAssets } from '../../../src/server/web-assets.ts';

export interface RunningApp {
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/** The real server with the built UI, on a free loopback port. */
export async function startApp(): Promise<RunningApp> {
  const webRoot = ensureWebAssets();
  const app = await buildServer({ webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, url: `http://127.0.0.1:${port}/`, close: () => app.close() };
}
