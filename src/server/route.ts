import type { z } from 'zod';

/** The parsed value of an optional part of a request: the schema's output, or undefined when the route declares none. */
export type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  readonly params: Parsed<P>;
  readonly query: Parsed<Q>;
  readonly body: Parsed<B>;
  /** The bearer token the request carried, if any (the write guard has already checked it). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/**
 * One API operation, declared once: fastify serves it, the zod schemas validate its input, and the
 * OpenAPI document is generated from the same declaration, so the documentation cannot drift.
 */
export interface ApiRoute<P = z.ZodType | undefined, Q = z.ZodType | undefined, B = z.ZodType | undefined, R extends z.ZodType = z.ZodType> {
  readonly operationId: string;
  readonly method: 'GET' | 'POST';
  /** fastify-style path, e.g. /api/articles/:id */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response: R;
  readonly successStatus?: 200 | 201;
  /** Writes need the bearer token when the server is exposed beyond this machine. */
  readonly write?: boolean;
  /** Status codes besides 400/413/500 this operation can answer with, for the OpenAPI document. */
  readonly errors?: readonly number[];
  handler(input: RouteInput<P, Q, B>): Promise<z.input<R>> | z.input<R>;
}

/** Identity function that lets TypeScript infer a route's schema types from its declaration. */
export function defineRoute<
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType = z.ZodType,
>(route: ApiRoute<P, Q, B, R>): ApiRoute {
  return route as unknown as ApiRoute;
}
