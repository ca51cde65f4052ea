import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates.ts';
import { readPageMetadata, type MetadataHints, type PageMetadata } from './html-metadata.ts';
import { removeBoilerplateElements, trimBoilerplateLines } from './html-clean.ts';
import { densityLines } from './html-density.ts';
import { fragmentText, nodeLines } from './html-text.ts';

/** The main text of a page with what its metadata says about it (the description is not kept). */
export interface HtmlArticle extends Omit<PageMetadata, 'description'> {
  readonly text: string;
}

/** Main text by Readability alone (over linkedom), one paragraph per line: the baseline the eval compares with. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  return parsed?.content ? fragmentText(parsed.content) : '';
}

/** Both candidate texts of a page (for evaluation and for choosing between them). */
export function candidateTexts(html: string, trim = trimBoilerplateLines): { readability: string[]; density: string[]; title?: string; h1?: string } {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as Document);
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  removeBoilerplateElements(document as unknown as Document);
  const density = document.body ? trim(densityLines(document.body as unknown as Element)) : [];
  const reader = new Readability(document as unknown as Document, { serializer: (node) => node });
  if (process.env.READABILITY_FLAGS) (reader as unknown as { _flags: number })._flags = Number(process.env.READABILITY_FLAGS);
  const parsed = reader.parse();
  const readability = parsed?.content ? trim(nodeLines(parsed.content as unknown as Node)) : [];
  return { readability, density, ...(metadata.title ? { title: metadata.title } : {}), ...(h1 ? { h1 } : {}) };
}

function totalLength(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + line.length, 0);
}

/**
 * Readability's text, unless the prose blocks of the page say it kept only part of the article:
 * when its lines are (nearly) all among the prose blocks and those are half as long again, the
 * prose blocks are the article (Readability stopped at a teaser box or an embedded figure).
 */
export function chooseMainText(readability: readonly string[], density: readonly string[]): readonly string[] {
  if (readability.length === 0) return density;
  const prose = new Set(density);
  const shared = readability.reduce((sum, line) => sum + (prose.has(line) ? line.length : 0), 0);
  const readabilityLength = totalLength(readability);
  if (totalLength(density) >= 1.5 * readabilityLength && shared >= 0.8 * readabilityLength) return density;
  return withLead(readability, density);
}

/**
 * Readability often leaves out the lead paragraph, which many pages set apart from the body
 * (a "teaser" or "intro" block above it): the prose block just before the first one Readability
 * kept is put back.
 */
function withLead(readability: readonly string[], density: readonly string[]): readonly string[] {
  const kept = new Set(readability);
  const first = density.findIndex((line) => kept.has(line));
  const lead = first > 0 ? density[first - 1] : undefined;
  return lead && readability.length >= 2 && lead.length >= 80 && !readability.some((line) => line.includes(lead)) ? [lead, ...readability] : readability;
}

/** Main text and metadata of a news page: Readability over linkedom, plus JSON-LD, OpenGraph and <time>. */
export function extractHtmlArticle(html: string, hints: MetadataHints = {}): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as Document, hints);
  removeBoilerplateElements(document as unknown as Document);
  const density = document.body ? trimBoilerplateLines(densityLines(document.body as unknown as Element)) : [];
  const parsed = new Readability(document as unknown as Document, { serializer: (node) => node }).parse();
  const readability = parsed?.content ? trimBoilerplateLines(nodeLines(parsed.content as unknown as Node)) : [];
  const text = chooseMainText(readability, density).join('\n');
  const title = metadata.title ?? parsed?.title ?? undefined;
  const byline = metadata.byline ?? parsed?.byline ?? undefined;
  const published = metadata.published ?? normalizeDate(parsed?.publishedTime ?? undefined);
  const siteName = metadata.siteName ?? parsed?.siteName ?? undefined;
  return {
    text,
    ...(title ? { title } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(siteName ? { siteName } : {}),
    ...(metadata.language ? { language: metadata.language } : {}),
  };
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 2048));
}
