import { z } from 'zod';
import { PIPELINE_VERSION } from '../version.ts';
import { ApiErrorBodySchema } from './api-error.ts';
import type { ApiRoute } from './route.ts';
import { NAMED_SCHEMAS } from './named-schemas.ts';

type JsonSchema = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed or a parameter is invalid; the body names the field.',
  401: 'A bearer token is required for writes on an exposed server.',
  403: 'Writes are refused on an exposed server that has no NEWSGRAPH_TOKEN.',
  404: 'Nothing by that id.',
  413: 'The request body is over the size limit.',
  422: 'The input was read but cannot be analysed (e.g. an HTML page with no main text).',
  500: 'The server failed; the body says why.',
  503: 'The corpus store is not available on this server.',
};

function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]+)/g, '{$1}');
}

/**
 * The shared output types get a name in components/schemas, so that the document, a quote or an
 * event is described once and referenced by every operation that returns it.
 */
function namedSchemas(): z.core.$ZodRegistry<{ id?: string }> {
  const registry = z.registry<{ id?: string }>();
  for (const [schema, id] of NAMED_SCHEMAS) registry.add(schema, { id });
  return registry;
}

/** Rewrites zod's local `#/$defs/X` references to OpenAPI's `#/components/schemas/X`. */
function rewriteReferences(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteReferences);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' ? inner.replace('#/$defs/', '#/components/schemas/') : rewriteReferences(inner),
    ]),
  );
}

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output', components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    metadata: namedSchemas(),
    // The names registry replaces zod's global one, which holds the .describe() texts: carry them over.
    override: ({ zodSchema, jsonSchema }) => {
      const description = z.globalRegistry.get(zodSchema)?.description;
      if (description && jsonSchema.description === undefined) jsonSchema.description = description;
    },
  }) as JsonSchema;
  const { $schema: _version, $defs, ...rest } = rewriteReferences(generated) as JsonSchema;
  for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
    // Input and output forms of one schema can differ (defaults); the output form names the component.
    if (io === 'output' || !(name in components)) components[name] = definition;
  }
  // A top-level named schema comes back as a definition plus a reference to it.
  const id = NAMED_SCHEMAS.get(schema);
  return id ? { $ref: `#/components/schemas/${id}` } : rest;
}

/** Path and query parameters: one OpenAPI parameter per property of the zod object. */
function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query', components: Record<string, JsonSchema>): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchemaOf(schema, 'input', components);
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function operationOf(route: ApiRoute, components: Record<string, JsonSchema>): JsonSchema {
  const success = String(route.successStatus ?? 200);
  const errorStatuses = [...new Set([400, ...(route.body ? [413] : []), ...(route.write ? [401, 403] : []), ...(route.errors ?? []), 500])].sort();
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: [...parametersOf(route.params, 'path', components), ...parametersOf(route.query, 'query', components)],
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input', components) } } } }
      : {}),
    ...(route.write ? { security: [{ bearer: [] }, {}] } : {}),
    responses: {
      [success]: { description: 'Success.', content: { 'application/json': { schema: jsonSchemaOf(route.response, 'output', components) } } },
      ...Object.fromEntries(
        errorStatuses.map((status) => [
          String(status),
          { description: ERROR_DESCRIPTIONS[status] ?? 'Error.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route declarations and their zod schemas. */
export function buildOpenApiDocument(routes: readonly ApiRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const components: Record<string, JsonSchema> = {};
  for (const route of routes) {
    const path = toOpenApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operationOf(route, components) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: PIPELINE_VERSION,
      description:
        'Who said what, who did what to whom, and which numbers are claimed, according to whom — over a corpus of news articles. Every span is a [start, end) offset range into the article text (UTF-16 code units). Lists are paged with `limit` and an opaque `cursor`.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { ...components, Error: jsonSchemaOf(ApiErrorBodySchema, 'output', components) },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The NEWSGRAPH_TOKEN the server was started with.' } },
    },
  };
}
