import { toDocumentOutput } from '../doc/doc.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import { extractMany } from '../pipeline.ts';
import type { CorpusStore } from '../store/corpus-store.ts';
import { fingerprint } from './fingerprint.ts';
import { DEFAULT_SIMILARITY_THRESHOLD, findOriginal, isUnchanged, type ArticleInput, type IngestArticleOptions } from './ingest-article.ts';

/**
 * Extracts a batch of articles ahead of storing them, stage by stage, leaving out those the store
 * already settles: the same text already extracted from the same origin, or a copy of an article
 * already stored (a copy stays a copy whatever the rest of the batch adds). What is left out here
 * and turns out to need extraction after all is extracted by ingestArticle itself, so the outcome
 * is the one of ingesting the articles one by one; at worst an article copied within the same
 * batch is analysed for nothing.
 */
export async function extractAhead(store: CorpusStore, articles: readonly ArticleInput[], options: IngestArticleOptions): Promise<Map<ArticleInput, DocumentOutput>> {
  const wanted: ArticleInput[] = [];
  for (const input of articles) if (await needsExtraction(store, input, options)) wanted.push(input);
  const extracted = new Map<ArticleInput, DocumentOutput>();
  extractMany(wanted).forEach((outcome, index) => {
    // A stage that throws is left to ingestArticle, which reports it against this article.
    if (outcome.doc) extracted.set(wanted[index]!, toDocumentOutput(outcome.doc));
  });
  return extracted;
}

/**
 * Whether the article will need its document. A store that fails to answer leaves the article out:
 * ingestArticle asks again and reports the failure against that article alone, as the run promises.
 */
async function needsExtraction(store: CorpusStore, input: ArticleInput, options: IngestArticleOptions): Promise<boolean> {
  const print = fingerprint(input.text);
  try {
    if (isUnchanged(await store.originState(input.origin), input.article.id, print)) return false;
    return (await findOriginal(store, input.article.id, print, options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD)) === undefined;
  } catch {
    return false;
  }
}
