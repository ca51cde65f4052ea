import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeBytes } from '../../src/ingest/decode.ts';
import { extractHtmlArticle, readabilityText } from '../../src/ingest/html.ts';
import { dataPath } from '../data-root.ts';
import type { EvalRow, EvalTask } from '../task.ts';

/**
 * HTML main text on trafilatura's evaluation pages, with its own snippet metric: each page lists
 * snippets a correct extraction must contain and boilerplate it must not; counts are pooled over
 * the corpus. newsgraph's extractor and Readability alone are scored in the same run.
 */

const EvalDataSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    with: z.array(z.string()).default([]),
    without: z.array(z.string()).default([]),
    date: z.string().optional(),
    title: z.string().optional(),
    author: z.union([z.string(), z.array(z.string())]).optional(),
  }),
);

export interface SnippetCounts {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Adds one page's snippet matches to the pooled counts; an empty extraction finds nothing. */
export function countSnippets(counts: SnippetCounts, extracted: string, mustInclude: readonly string[], mustExclude: readonly string[]): void {
  const text = normaliseSpace(extracted);
  for (const snippet of mustInclude) {
    if (text.length > 0 && text.includes(normaliseSpace(snippet))) counts.truePositives += 1;
    else counts.falseNegatives += 1;
  }
  for (const snippet of mustExclude) {
    if (text.length > 0 && text.includes(normaliseSpace(snippet))) counts.falsePositives += 1;
    else counts.trueNegatives += 1;
  }
}

export function snippetScores(counts: SnippetCounts): { precision: number; recall: number; f1: number; accuracy: number } {
  const { truePositives: tp, falseNegatives: fn, falsePositives: fp, trueNegatives: tn } = counts;
  return {
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
    accuracy: (tp + tn) / Math.max(1, tp + tn + fp + fn),
  };
}

export interface EvalPage {
  readonly url: string;
  readonly file: string;
  readonly html: string;
  readonly mustInclude: readonly string[];
  readonly mustExclude: readonly string[];
  readonly date?: string;
}

export function* readTrafilaturaPages(): Generator<EvalPage> {
  const root = dataPath('html', 'trafilatura-eval');
  const data = EvalDataSchema.parse(JSON.parse(readFileSync(`${root}/evaldata.json`, 'utf8')));
  for (const [url, entry] of Object.entries(data)) {
    const bytes = gunzipSync(readFileSync(`${root}/html/${entry.file}.gz`));
    const html = decodeBytes(bytes, entry.file, { guess: true }).text;
    yield { url, file: entry.file, html, mustInclude: entry.with, mustExclude: entry.without, ...(entry.date ? { date: entry.date } : {}) };
  }
}

/** The calendar day of a gold date, tolerating the two malformed values (YYYY-MM.DD, a one-digit day). */
function goldDay(date: string): string {
  const match = /^(\d{4})-(\d{1,2})[-.](\d{1,2})/.exec(date.trim());
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : date.trim();
}

function emptyCounts(): SnippetCounts {
  return { truePositives: 0, falseNegatives: 0, falsePositives: 0, trueNegatives: 0 };
}

export const task: EvalTask = {
  name: 'html',
  requires: 'html/trafilatura-eval/evaldata.json',
  describe: 'HTML main text (snippet precision/recall/F1, pooled) and publication-date accuracy on trafilatura-eval; Readability alone as the baseline.',
  run: async (): Promise<EvalRow[]> => {
    const ours = emptyCounts();
    const baseline = emptyCounts();
    let dated = 0;
    let datesRight = 0;
    let pages = 0;
    for (const page of readTrafilaturaPages()) {
      pages += 1;
      let article;
      try {
        // The page's address is known, as it is for every fetched page.
        article = extractHtmlArticle(page.html, { url: page.url });
      } catch {
        article = { text: '' };
      }
      countSnippets(ours, article.text, page.mustInclude, page.mustExclude);
      let readability = '';
      try {
        readability = readabilityText(page.html);
      } catch {
        // a crash counts as an empty extraction
      }
      countSnippets(baseline, readability, page.mustInclude, page.mustExclude);
      if (page.date) {
        dated += 1;
        if (article.published?.slice(0, 10) === goldDay(page.date)) datesRight += 1;
      }
    }
    const dataset = 'html/trafilatura-eval';
    const snippetSupport = ours.truePositives + ours.falseNegatives + ours.falsePositives + ours.trueNegatives;
    const rows: EvalRow[] = [];
    for (const [name, counts] of [['newsgraph', ours], ['readability alone', baseline]] as const) {
      const scores = snippetScores(counts);
      rows.push(
        { task: 'html', dataset, metric: `main text F1 (${name})`, score: scores.f1, support: snippetSupport },
        { task: 'html', dataset, metric: `main text precision (${name})`, score: scores.precision, support: snippetSupport },
        { task: 'html', dataset, metric: `main text recall (${name})`, score: scores.recall, support: snippetSupport },
      );
    }
    rows.push({ task: 'html', dataset, metric: 'publication date accuracy (newsgraph)', score: datesRight / Math.max(1, dated), support: dated });
    rows.push({ task: 'html', dataset, metric: 'pages', score: 1, support: pages });
    return rows;
  },
};
