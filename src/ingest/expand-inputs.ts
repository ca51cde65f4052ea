import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/**
 * What the user named, made concrete: URLs stay URLs, folders become the article files inside
 * them (walked recursively, in a stable order so that a resumed run meets them in the same order),
 * and anything that cannot be read becomes an entry that will fail with its reason.
 */

export type InputEntry =
  | { readonly kind: 'url'; readonly input: string }
  | { readonly kind: 'file'; readonly input: string; readonly path: string; readonly size: number }
  | { readonly kind: 'missing'; readonly input: string };

/** Files a folder walk picks up; other files in a folder (images, spreadsheets) are passed over. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.shtml', '.xml', '.rss', '.atom', '.rdf', '.json', '.jsonl', '.ndjson', '.gz', '']);

export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

function walk(folder: string, found: string[], skipped: { count: number }): void {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return;
  }
  for (const name of names) {
    // Hidden files and dependency folders are never articles.
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(folder, name);
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      continue;
    }
    if (isDirectory) walk(path, found, skipped);
    else if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) found.push(path);
    else skipped.count += 1;
  }
}

export interface ExpandedInputs {
  readonly entries: readonly InputEntry[];
  /** Files inside folders passed over for their extension. */
  readonly passedOver: number;
}

export function expandInputs(inputs: readonly string[]): ExpandedInputs {
  const entries: InputEntry[] = [];
  const skipped = { count: 0 };
  for (const input of inputs) {
    if (isUrl(input)) {
      entries.push({ kind: 'url', input });
      continue;
    }
    let stats;
    try {
      stats = statSync(input);
    } catch {
      entries.push({ kind: 'missing', input });
      continue;
    }
    if (!stats.isDirectory()) {
      entries.push({ kind: 'file', input, path: resolve(input), size: stats.size });
      continue;
    }
    const files: string[] = [];
    walk(resolve(input), files, skipped);
    for (const path of files) {
      let size = 0;
      try {
        size = statSync(path).size;
      } catch {
        // vanished between the walk and now: reading it will say so
      }
      entries.push({ kind: 'file', input: path, path, size });
    }
  }
  return { entries, passedOver: skipped.count };
}
