import { z } from 'zod';
import { ApiError } from './api-error.ts';

/** Pages are capped so that one request can never ask the server to serialise a whole corpus. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

export const PageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(DEFAULT_PAGE_SIZE)
    .describe(`Items per page, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`),
  cursor: z.string().max(512).optional().describe('The `nextCursor` of the previous page; omit for the first page.'),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
  });
}

/** Store pages say `next`; the API says `nextCursor`, always present, null on the last page. */
export function toApiPage<T, U>(page: { readonly items: readonly T[]; readonly next?: string }, map: (item: T) => U): { items: U[]; nextCursor: string | null } {
  return { items: page.items.map(map), nextCursor: page.next ?? null };
}

export function invalidCursor(cursor: string | undefined): ApiError {
  return new ApiError(400, 'INVALID_CURSOR', `cursor "${(cursor ?? '').slice(0, 40)}" is not a cursor this server issued`, 'pass the nextCursor of the previous page unchanged, or omit cursor for the first page');
}
