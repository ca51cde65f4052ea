import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Article } from '../doc/schema/article.ts';
import type { ExtractInput } from '../pipeline.ts';
import { decodeBytes } from './decode.ts';
import { extractHtmlArticle, looksLikeHtml } from './html.ts';
import { InputError } from './input-error.ts';

/** Larger inputs are refused rather than read whole into memory; news articles are a few hundred kB at most. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  readonly maxBytes?: number;
  readonly encoding?: string;
  readonly article?: Partial<Article>;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a file (or stdin for "-") as bytes, refusing missing files, folders and oversized inputs. */
export function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  if (path === '-') {
    const bytes = readFileSync(0);
    if (bytes.length > maxBytes) throw new InputError('stdin', `input is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(maxBytes)} limit`, 'split it, or raise --max-bytes');
    return bytes;
  }
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError(path, 'is a folder', 'name the files in it, or use `newsgraph ingest` to walk folders');
    size = stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, 'file not found or not readable', 'check the path');
  }
  if (size > maxBytes) throw new InputError(path, `file is ${formatMegabytes(size)}, over the ${formatMegabytes(maxBytes)} limit`, 'split it, or raise --max-bytes');
  return readFileSync(path);
}

/** Turns decoded text into pipeline input: HTML pages become their main text plus metadata. */
export function toExtractInput(text: string, input: string, options: ReadOptions = {}): ExtractInput {
  const base: Article = { id: options.article?.id ?? input, ...options.article };
  const isHtml = ['.html', '.htm', '.xhtml'].includes(extname(input).toLowerCase()) || looksLikeHtml(text);
  if (!isHtml) return { text, article: base };
  const page = extractHtmlArticle(text);
  if (page.text.trim().length === 0) throw new InputError(input, 'the HTML page has no readable main text', 'check that it is an article page and not a script-only shell');
  return {
    text: page.text,
    article: {
      ...(page.title ? { title: page.title } : {}),
      ...(page.byline ? { byline: page.byline } : {}),
      ...(page.published ? { published: page.published } : {}),
      ...(page.url ? { url: page.url } : {}),
      ...(page.siteName ? { source: page.siteName } : {}),
      ...base,
    },
  };
}

/** Reads one file or stdin into pipeline input, with a clear InputError for every bad input. */
export function readInput(path: string, options: ReadOptions = {}): ExtractInput {
  const bytes = readInputBytes(path, options.maxBytes);
  const { text } = decodeBytes(bytes, path === '-' ? 'stdin' : path, options.encoding);
  return toExtractInput(text, path === '-' ? 'stdin' : path, options);
}
