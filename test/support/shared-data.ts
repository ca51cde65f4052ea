import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, examplesRoot, hasData } from '../../eval/data-root.ts';

export const SEED_ARTICLE_PATH = join(examplesRoot(), 'moscow-talks-2023-10-27.txt');
export const hasSeedArticle = existsSync(SEED_ARTICLE_PATH);

if (!hasSeedArticle) {
  // Visible in the test output, so a green run without ../shared is never mistaken for a full one.
  console.warn(`[newsgraph] ../shared is absent (looked for ${SEED_ARTICLE_PATH}): tests that need the shared data are skipped.`);
}

export function readSeedArticle(): string {
  return readFileSync(SEED_ARTICLE_PATH, 'utf8');
}

export { dataPath, hasData };
