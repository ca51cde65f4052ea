import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, hasData } from '../eval/data-root.ts';

export interface BenchArticle {
  readonly id: string;
  readonly text: string;
  /** Size of the text as UTF-8 bytes, as it sits on disk. */
  readonly bytes: number;
}

/** Where the benchmark's news text comes from, in the order it is read. */
const SOURCES: ReadonlyArray<{ readonly name: string; readonly path: readonly string[] }> = [
  { name: 'polnear/train', path: ['quotes', 'polnear', 'train', 'text'] },
  { name: 'polnear/dev', path: ['quotes', 'polnear', 'dev', 'text'] },
  ...['politics', 'business', 'tech', 'entertainment', 'sport'].map((category) => ({ name: `bbc/${category}`, path: ['news', 'bbc-news-2225', category] })),
];

function readFolder(folder: string, prefix: string): BenchArticle[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return { id: `${prefix}/${file}`, text, bytes: Buffer.byteLength(text) };
    });
}

/**
 * Real news text from ../shared/data: all PolNeAR articles (US political news, one paragraph per
 * line), then BBC News categories (blank-line paragraphs) until at least `minimumBytes` are read.
 */
export function loadBenchCorpus(minimumBytes: number): BenchArticle[] {
  const articles: BenchArticle[] = [];
  let bytes = 0;
  for (const source of SOURCES) {
    if (bytes >= minimumBytes) break;
    if (!hasData(...source.path)) continue;
    for (const article of readFolder(dataPath(...source.path), source.name)) {
      articles.push(article);
      bytes += article.bytes;
    }
  }
  return articles;
}

export function totalBytes(articles: readonly BenchArticle[]): number {
  return articles.reduce((sum, article) => sum + article.bytes, 0);
}

/** How many articles and bytes each source contributed: "polnear/train 840 (3.95 MB)". */
export function describeComposition(articles: readonly BenchArticle[]): string {
  const bySource = new Map<string, { articles: number; bytes: number }>();
  for (const article of articles) {
    const source = article.id.slice(0, article.id.lastIndexOf('/'));
    const entry = bySource.get(source) ?? { articles: 0, bytes: 0 };
    bySource.set(source, { articles: entry.articles + 1, bytes: entry.bytes + article.bytes });
  }
  return [...bySource.entries()].map(([source, entry]) => `${source} ${entry.articles} (${(entry.bytes / 1e6).toFixed(2)} MB)`).join(', ');
}
