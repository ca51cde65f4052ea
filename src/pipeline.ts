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
