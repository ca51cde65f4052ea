import { toDocumentOutput } from '../../src/doc/doc.ts';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import { extract } from '../../src/pipeline.ts';
import { readPolnear, type PolnearArticle, type PolnearSplit } from '../attribution/attribution-corpus.ts';
import { addToTotals, emptyTotals, metricsOf, predictedAttributions, scoreArticle, type ArticleScore, type AttributionCategory } from '../attribution/score.ts';
import type { EvalRow, EvalTask } from '../task.ts';

export interface ScoredArticle {
  readonly article: PolnearArticle;
  readonly annotator: string;
  readonly doc: DocumentOutput;
  readonly score: ArticleScore;
}

/** Runs the pipeline once per article and scores it against every annotator's attributions. */
export function scorePolnear(split: PolnearSplit): ScoredArticle[] {
  const scored: ScoredArticle[] = [];
  for (const article of readPolnear(split)) {
    const doc = toDocumentOutput(extract({ text: article.text, article: { id: article.name } }));
    const predicted = predictedAttributions(doc);
    for (const annotation of article.annotations) {
      scored.push({ article, annotator: annotation.annotator, doc, score: scoreArticle(article.text, annotation.attributions, predicted) });
    }
  }
  return scored;
}

export function attributionRows(split: PolnearSplit, scored: readonly ScoredArticle[]): EvalRow[] {
  const rows: EvalRow[] = [];
  const dataset = `polnear/${split}`;
  for (const category of ['direct', 'indirect', undefined] as (AttributionCategory | undefined)[]) {
    const totals = emptyTotals();
    for (const article of scored) addToTotals(totals, article.score, category);
    const metrics = metricsOf(totals);
    const label = category ?? 'all';
    const row = (metric: string, score: number, support: number): EvalRow => ({ task: 'attribution', dataset, metric: `${label} ${metric}`, score, support });
    rows.push(
      row('content precision', metrics.precision, totals.predicted),
      row('content recall', metrics.recall, totals.gold),
      row('content F1', metrics.f1, totals.gold),
      row('source accuracy', metrics.sourceAccuracy, totals.goldMatched),
      row('cue F1', metrics.cueF1, totals.cuesGold),
    );
  }
  return rows;
}

export const task: EvalTask = {
  name: 'attribution',
  requires: 'quotes/polnear/dev',
  describe: 'Who said what on PolNeAR dev: content-span P/R/F1 (≥ 50% word overlap both ways), source accuracy on matched contents and cue F1, for direct quotes, indirect (and mixed) attributions and all.',
  run: async (): Promise<EvalRow[]> => attributionRows('dev', scorePolnear('dev')),
};
