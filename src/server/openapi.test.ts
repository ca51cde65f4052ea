import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from './app.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { OPENAPI_PATH, openApiFileContent } from './openapi-file.ts';

function references(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else references(inner, found);
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument(apiRoutes()) as { components: { schemas: Record<string, unknown> }; paths: Record<string, Record<string, { operationId: string }>> };

  it('resolves every reference it makes', () => {
    const refs = references(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    }
  });

  it('gives every operation a unique id', () => {
    const ids = Object.values(document.paths).flatMap((operations) => Object.values(operations).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is kept fresh in schema/openapi.json (run `npm run schema` after changing a route or src/doc/schema)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(openApiFileContent());
  });
});
