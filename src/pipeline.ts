import { createDoc, type Doc } from './doc/doc.ts';
import type { Article } from './doc/schema/article.ts';
import { checkStageOrder, type Stage } from './stage.ts';
import { claimsStage } from './stages/claims/index.ts';
import { coreferenceStage } from './stages/coreference/index.ts';
import { entitiesStage } from './stages/entities/index.ts';
import { eventsStage } from './stages/events/index.ts';
import { normalizeStage } from './stages/normalize/normalize.ts';
import { quotesStage } from './stages/quotes/index.ts';
import { sentencesStage } from './stages/sentences/index.ts';
import { tagsStage } from './stages/tags/index.ts';
import { timesStage } from './stages/times/index.ts';

/** The stages in their fixed order; each reads the layers of those before it. */
export const STAGES: readonly Stage[] = [
  normalizeStage,
  sentencesStage,
  tagsStage,
  entitiesStage,
  coreferenceStage,
  timesStage,
  quotesStage,
  eventsStage,
  claimsStage,
];

checkStageOrder(STAGES);

export interface ExtractInput {
  readonly text: string;
  readonly article: Article;
}

/** Runs every stage over a plain text. HTML and feeds are turned into text by src/ingest first. */
export function extract(input: ExtractInput, stages: readonly Stage[] = STAGES): Doc {
  let doc = createDoc(input.text, input.article);
  if (doc.text.trim().length === 0) return normalizeStage.run(doc);
  for (const stage of stages) doc = stage.run(doc);
  return doc;
}

/** How many articles to give `extractMany` at a time: batches of 16–64 gain about the same, larger ones only hold more memory. */
export const EXTRACTION_BATCH = 32;

/** What `extractMany` gives for one input: its Doc, or the error a stage threw on it. */
export type ExtractOutcome = { readonly doc: Doc; readonly error?: undefined } | { readonly doc?: undefined; readonly error: unknown };

/**
 * Runs every stage over several texts, stage by stage: the first stage over all of them, then the
 * second, and so on. The Docs are the ones `extract` gives one by one. Why: a stage's compiled code
 * and its tables (tagger weights, lexicon indexes) stay in the processor's caches while it works
 * through the batch, where one article at a time evicts them at every stage; on the bench corpus
 * batches of 16–64 articles cost a fifth to a quarter less CPU. A stage that throws on one input (a bug)
 * ends that input's analysis only; the others go on.
 */
export function extractMany(inputs: readonly ExtractInput[], stages: readonly Stage[] = STAGES): ExtractOutcome[] {
  const docs: Array<Doc | undefined> = inputs.map((input) => createDoc(input.text, input.article));
  const errors: unknown[] = [];
  // As in `extract`: an empty text gets the normalize stage's EMPTY_TEXT issue and nothing else.
  const finished = docs.map((doc) => doc!.text.trim().length === 0);
  const runStage = (stage: Stage, index: number): void => {
    try {
      docs[index] = stage.run(docs[index]!);
    } catch (error) {
      docs[index] = undefined;
      errors[index] = error;
      finished[index] = true;
    }
  };
  finished.forEach((isEmpty, index) => isEmpty && runStage(normalizeStage, index));
  for (const stage of stages) {
    for (let index = 0; index < docs.length; index += 1) if (!finished[index]) runStage(stage, index);
  }
  return docs.map((doc, index) => (doc === undefined ? { error: errors[index] } : { doc }));
}
