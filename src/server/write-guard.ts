import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './api-error.ts';

export interface WriteAccess {
  /** NEWSGRAPH_TOKEN: when set, every write must carry `Authorization: Bearer <token>`. */
  readonly token?: string;
  /** Bound to an address other machines can reach (--host). */
  readonly exposed: boolean;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * On this machine alone writes are open; once exposed, nobody else may fill the corpus unless the
 * operator chose a token — an exposed server without one stays read-only rather than open to all.
 */
export function checkWriteAccess(access: WriteAccess, authorization: string | undefined): void {
  if (access.token) {
    const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
    if (!given) throw new ApiError(401, 'TOKEN_REQUIRED', 'this server requires a bearer token for writes', 'send the header "Authorization: Bearer <NEWSGRAPH_TOKEN>"');
    if (!sameSecret(given, access.token)) throw new ApiError(401, 'TOKEN_INVALID', 'the bearer token is not the one this server was started with', 'check NEWSGRAPH_TOKEN');
    return;
  }
  if (access.exposed) {
    throw new ApiError(403, 'WRITES_DISABLED', 'this server is exposed beyond 127.0.0.1 and has no token, so it is read-only', 'restart it with NEWSGRAPH_TOKEN=<secret> to allow writes with that bearer token');
  }
}
