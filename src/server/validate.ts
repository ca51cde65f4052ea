import type { z } from 'zod';
import { ApiError } from './api-error.ts';

const PLACES = {
  params: { code: 'INVALID_PARAMS', name: 'path parameter' },
  query: { code: 'INVALID_QUERY', name: 'query parameter' },
  body: { code: 'INVALID_BODY', name: 'request body' },
} as const;

/** Parses one part of a request with its zod schema, or answers 400 naming each field that failed. */
export function parseRequestPart<S extends z.ZodType | undefined>(schema: S, value: unknown, place: keyof typeof PLACES): S extends z.ZodType ? z.output<S> : undefined {
  type Result = S extends z.ZodType ? z.output<S> : undefined;
  if (!schema) return undefined as Result;
  const result = schema.safeParse(value ?? (place === 'body' ? undefined : {}));
  if (result.success) return result.data as Result;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(whole)', message: issue.message }));
  const { code, name } = PLACES[place];
  const summary = issues.map((issue) => (issue.path === '(whole)' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
  const hint = place === 'body' ? 'send a JSON body as described in /api/openapi.json' : 'see /api/openapi.json for the accepted parameters';
  throw new ApiError(400, code, `invalid ${name}: ${summary}`, hint, issues);
}
