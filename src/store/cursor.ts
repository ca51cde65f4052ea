/** Opaque page cursors: the position after the last row of a page, base64url so they travel in URLs. */
export interface CursorPosition {
  readonly after?: number;
  readonly offset?: number;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export class BadCursorError extends Error {}

export function decodeCursor(cursor: string | undefined): CursorPosition {
  if (!cursor) return {};
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object') {
      const { after, offset } = parsed as Record<string, unknown>;
      if ((after === undefined || Number.isInteger(after)) && (offset === undefined || Number.isInteger(offset))) {
        return { ...(after !== undefined ? { after: after as number } : {}), ...(offset !== undefined ? { offset: offset as number } : {}) };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new BadCursorError(`"${cursor}" is not a page cursor; pass the "next" value of the previous page`);
}
