import { z } from 'zod';

/**
 * Every error the API answers with has this one JSON shape, so a client can always show the reason
 * and what to do next, whatever failed (validation, limits, a missing article, the framework itself).
 */
export const ApiErrorBodySchema = z
  .object({
    error: z.object({
      status: z.number().int().describe('The HTTP status, repeated for clients that only see the body.'),
      code: z.string().describe('Stable machine-readable code, e.g. INVALID_QUERY, NOT_FOUND, BODY_TOO_LARGE.'),
      message: z.string().describe('What went wrong, naming the input.'),
      hint: z.string().optional().describe('What to do next.'),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('For validation errors: each field that failed and why.'),
    }),
  })
  .describe('An error answer.');

export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly issues?: ReadonlyArray<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return {
      error: {
        status: this.status,
        code: this.code,
        message: this.message,
        ...(this.hint ? { hint: this.hint } : {}),
        ...(this.issues ? { issues: [...this.issues] } : {}),
      },
    };
  }
}

export function notFound(what: string, hint?: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${what} was not found`, hint);
}
