import { ensureWebAssets } from '../../src/server/web-assets.ts';

/**
 * Builds the web UI once before any test file runs (only when web/ changed since the last build),
 * so that browser test files running in parallel never rebuild web/dist under each other.
 */
export default function buildWebUiOnce(): void {
  ensureWebAssets({ log: (line) => console.log(`[newsgraph] ${line}`) });
}
