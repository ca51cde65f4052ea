import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ApiError } from './api-error.ts';
import { buildOpenApiDocument } from './openapi.ts';
import type { ApiRoute } from './route.ts';
import { BadCursorError } from '../store/cursor.ts';
import type { CorpusStore } from '../store/corpus-store.ts';
import { invalidCursor } from './pagination.ts';
import { corpusRoutes } from './routes/corpus.ts';
import { extractRoutes } from './routes/extract.ts';
import { parseRequestPart } from './validate.ts';
import { checkWriteAccess, type WriteAccess } from './write-guard.ts';

/** Request bodies above this are refused with 413: a news article is a few hundred kB even as a full HTML page. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;

export interface ServerOptions {
  /** The corpus the read and ingest endpoints work on; without it they answer 503 and only /api/extract works. */
  readonly store?: CorpusStore;
  readonly access?: WriteAccess;
  /** Folder of the built web UI (web/dist); without it only the API is served. */
  readonly webRoot?: string;
  readonly bodyLimit?: number;
  /** Called with every failure the server answers 500 to, so that it reaches the operator's terminal. */
  readonly onInternalError?: (error: unknown) => void;
}

/** The UI gets a strict policy: even a bug that slipped article text into HTML could not run a script. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // cytoscape and the highlight colours set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function frameworkError(error: FastifyError, bodyLimit: number, contentType: string | undefined): ApiError {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'BODY_TOO_LARGE', `the request body is over the ${bodyLimit}-byte limit`, 'send one article per request, or start the server with a larger --max-body');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `content type "${contentType ?? '(none)'}" is not accepted`, 'send JSON with "Content-Type: application/json"');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'INVALID_BODY', 'the JSON body is empty', 'send a JSON object as described in /api/openapi.json');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'INVALID_JSON', `the body is not valid JSON (${error.message})`, 'check the JSON syntax');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return new ApiError(400, 'INVALID_JSON', `the body is not valid JSON (${error.message})`, 'check the JSON syntax');
  }
  if (error.statusCode && error.statusCode < 500) return new ApiError(error.statusCode, error.code ?? 'BAD_REQUEST', error.message);
  return new ApiError(500, 'INTERNAL', `the server failed: ${error.message}`, 'this is a bug; please report it with the request that caused it');
}

function registerRoute(app: FastifyInstance, route: ApiRoute, access: WriteAccess): void {
  app.route({
    method: route.method,
    url: route.path,
    handler: async (request, reply) => {
      if (route.write) checkWriteAccess(access, request.headers.authorization);
      const result = await route.handler({
        params: parseRequestPart(route.params, request.params, 'params'),
        query: parseRequestPart(route.query, request.query, 'query'),
        body: parseRequestPart(route.body, request.body, 'body'),
        headers: request.headers,
      });
      return reply.code(route.successStatus ?? 200).send(result);
    },
  });
}

/** All API operations this server offers, in the order the OpenAPI document lists them. */
export function apiRoutes(store?: CorpusStore): ApiRoute[] {
  return [...extractRoutes(), ...corpusRoutes(() => store)];
}

/** Builds the fastify app (not yet listening): the API, its OpenAPI document and, when built, the UI. */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const access = options.access ?? { exposed: false };
  const app = Fastify({ logger: false, bodyLimit, return503OnClosing: true });
  const routes = apiRoutes(options.store);
  const openApi = buildOpenApiDocument(routes);

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError =
      error instanceof ApiError
        ? error
        : error instanceof BadCursorError
          ? invalidCursor((request.query as { cursor?: string }).cursor)
          : frameworkError(error, bodyLimit, request.headers['content-type']);
    if (apiError.status >= 500) options.onInternalError?.(error);
    return reply.code(apiError.status).send(apiError.toBody());
  });
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/');
    const error = new ApiError(
      404,
      'NOT_FOUND',
      `${request.method} ${request.url.split('?')[0]} is not a route of this server`,
      isApi ? 'see /api/openapi.json for the routes' : options.webRoot ? 'open / for the web UI' : 'the web UI is not built: run `npm run build:web`',
    );
    return reply.code(404).send(error.toBody());
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (!request.url.startsWith('/api/')) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return payload;
  });

  app.get('/api/openapi.json', async () => openApi);
  app.get('/api/health', async () => ({ ok: true }));
  for (const route of routes) registerRoute(app, route, access);

  if (options.webRoot) {
    await app.register(fastifyStatic, { root: options.webRoot, prefix: '/', index: 'index.html', wildcard: true });
  }
  return app;
}
