import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ExtractInput } from '../pipeline.ts';

/** The bundled sample articles (written by the team) that `npm start` and the tests run on. */
export const SAMPLES_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'samples');

const ManifestSchema = z.object({
  articles: z.array(
    z.object({ file: z.string(), id: z.string(), title: z.string(), published: z.string(), source: z.string() }),
  ),
});

export interface SampleArticle extends ExtractInput {
  readonly path: string;
}

export function loadSampleArticles(): SampleArticle[] {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(SAMPLES_ROOT, 'manifest.json'), 'utf8')));
  return manifest.articles.map((entry) => {
    const path = join(SAMPLES_ROOT, entry.file);
    return {
      path,
      text: readFileSync(path, 'utf8'),
      article: { id: entry.id, title: entry.title, published: entry.published, source: entry.source },
    };
  });
}
