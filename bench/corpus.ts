import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath, hasData } from '../eval/data-root.ts';

export interface BenchArticle {
  readonly id: string;
  readonly text: string;
}

function readFolder(folder: string, prefix: string): BenchArticle[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ id: `${prefix}/${file}`, text: readFileSync(join(folder, file), 'utf8') }));
}

/** Real news text from ../shared/data: PolNeAR articles first, then BBC News, up to `minimumBytes`. */
export function loadBenchCorpus(minimumBytes: number): BenchArticle[] {
  const sources: Array<[string, string[]]> = [
    ['polnear/train', ['quotes', 'polnear', 'train', 'text']],
    ['polnear/dev', ['quotes', 'polnear', 'dev', 'text']],
    ...['politics', 'business', 'entertainment', 'tech', 'sport'].map((category): [string, string[]] => [`bbc/${category}`, ['news', 'bbc-news-2225', category]]),
  ];
  const articles: BenchArticle[] = [];
  let bytes = 0;
  for (const [prefix, parts] of sources) {
    if (bytes >= minimumBytes) break;
    if (!hasData(...parts)) continue;
    for (const article of readFolder(dataPath(...parts), prefix)) {
      articles.push(article);
      bytes += Buffer.byteLength(article.text);
    }
  }
  return articles;
}
