import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiRoutes } from './app.ts';
import { buildOpenApiDocument } from './openapi.ts';

/** Where the OpenAPI document is kept in the repository, for reading it without running a server. */
export const OPENAPI_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema', 'openapi.json');

export function openApiFileContent(): string {
  return `${JSON.stringify(buildOpenApiDocument(apiRoutes()), null, 2)}\n`;
}
