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

const CursorSchema = z.object({ offset: z.number().int().nonnegative() });

/** Cursors are opaque to clients (base64url JSON), so the paging scheme can change without breaking them. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).offset;
  } catch {
    throw new ApiError(400, 'INVALID_CURSOR', `cursor "${cursor.slice(0, 40)}" is not a cursor this server issued`, 'pass the nextCursor of the previous page unchanged, or omit cursor for the first page');
  }
}

/** One page out of a list the caller has already fetched one item beyond the page (to know whether more exist). */
export function toPage<T>(itemsPlusOne: readonly T[], offset: number, limit: number): { items: T[]; nextCursor: string | null } {
  const items = itemsPlusOne.slice(0, limit);
  return { items, nextCursor: itemsPlusOne.length > limit ? encodeCursor(offset + limit) : null };
}
