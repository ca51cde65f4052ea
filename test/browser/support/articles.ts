import { readFileSync } from 'node:fs';
import { loadSampleArticles } from '../../../src/ingest/samples.ts';
import { hasSeedArticle, readSeedArticle } from '../../support/shared-data.ts';

export interface TestArticle {
  readonly text: string;
  readonly article: { readonly id: string; readonly title: string; readonly published: string; readonly source: string };
}

/** The seed article from ../shared when present, read at run time and never copied into the repository. */
export function seedArticle(): TestArticle | undefined {
  if (!hasSeedArticle) return undefined;
  return {
    text: readSeedArticle(),
    article: { id: 'moscow-talks-2023-10-27', title: 'Moscow talks (seed article)', published: '2023-10-27', source: 'seed' },
  };
}

/** The bundled samples (written by the team), which every machine has. */
export function sampleArticles(): TestArticle[] {
  return loadSampleArticles().map((sample) => ({
    text: readFileSync(sample.path, 'utf8'),
    article: {
      id: sample.article.id,
      title: sample.article.title ?? sample.article.id,
      published: sample.article.published ?? '2024-01-01',
      source: sample.article.source ?? 'newsgraph samples',
    },
  }));
}

/**
 * An article that tries every way ingested text could turn into markup: script tags, event
 * handlers, javascript: URLs and entity tricks. Rendered as text, it is only characters.
 */
export const HOSTILE_TEXT = [
  'Mayor Ilse Varga said on Monday: "<script>window.__pwned = "script";</script> we will rebuild the bridge."',
  '<img src=x onerror="window.__pwned = \'img\'"> At least 12 <b>families</b> were moved, the council said.',
  '<a href="javascript:window.__pwned=\'link\'">click</a> &lt;iframe srcdoc="&lt;script&gt;parent.__pwned=1&lt;/script&gt;"&gt; Varga met envoy Tomas Reyk.',
].join('\n');
