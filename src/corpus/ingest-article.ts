import type { Article } from '../doc/schema/article.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import { toDocumentOutput } from '../doc/doc.ts';
import { extract } from '../pipeline.ts';
import type { CorpusStore, DuplicateCandidate, Fingerprint, IngestRecord, Origin, OriginState } from '../store/corpus-store.ts';
import { PIPELINE_VERSION } from '../version.ts';
import { estimateSimilarity, fingerprint } from './fingerprint.ts';

/** One article to add to the corpus: its text, metadata and where it came from. */
export interface ArticleInput {
  readonly origin: Origin;
  readonly text: string;
  readonly article: Article;
}

export type IngestOutcome =
  | { readonly status: 'added' | 'updated' | 'unchanged'; readonly id: string; readonly origin: Origin }
  | { readonly status: 'duplicate'; readonly id: string; readonly origin: Origin; readonly duplicateOf: string; readonly similarity: number };

export interface IngestArticleOptions {
  /** Estimated Jaccard similarity (of 4-word shingles) from which an article counts as a copy. */
  readonly similarityThreshold?: number;
  /** This article's document, already extracted (by a batch, see extract-ahead.ts); extracted here when absent. */
  readonly extracted?: DocumentOutput | undefined;
}

/** Syndicated copies keep well above this; two reports of the same event by different outlets stay far below. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.8;

/** The original an article copies, if any: the same text, else the most similar candidate above the threshold. */
export async function findOriginal(store: CorpusStore, id: string, print: Fingerprint, threshold: number): Promise<{ original: string; similarity: number } | undefined> {
  const originalOf = (candidate: DuplicateCandidate) => candidate.duplicateOf ?? candidate.id;
  const exact = await store.findByContentHash(print.contentHash);
  if (exact && exact.id !== id && originalOf(exact) !== id) return { original: originalOf(exact), similarity: 1 };
  let best: { original: string; similarity: number } | undefined;
  for (const candidate of await store.findDuplicateCandidates(print.bands)) {
    if (candidate.id === id || originalOf(candidate) === id) continue;
    const similarity = estimateSimilarity(print.signature, candidate.signature);
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { original: originalOf(candidate), similarity };
  }
  return best;
}

/** Whether the store already holds this text from this origin, as this pipeline (or an unknown one) extracted it. */
export function isUnchanged(state: OriginState | undefined, id: string, print: Fingerprint): boolean {
  const sameContent = state !== undefined && state.article === id && state.contentHash === print.contentHash;
  return sameContent && (state.pipeline === PIPELINE_VERSION || state.pipeline === null);
}

/**
 * Adds one article to the corpus: skipped when the store already holds the same text from the
 * same origin extracted by this pipeline, linked to its original when it is a copy (and not
 * extracted), otherwise extracted and written in one transaction.
 */
export async function ingestArticle(store: CorpusStore, input: ArticleInput, options: IngestArticleOptions = {}): Promise<IngestOutcome> {
  const print = fingerprint(input.text);
  const id = input.article.id;
  const state = await store.originState(input.origin);
  if (isUnchanged(state, id, print)) return { status: 'unchanged', id, origin: input.origin };
  const copy = await findOriginal(store, id, print, options.similarityThreshold ?? DEFAULT_SIMILARITY_THRESHOLD);
  if (copy) {
    await store.putRecords([{ kind: 'duplicate', origin: input.origin, article: input.article, text: input.text, duplicateOf: copy.original, similarity: copy.similarity, fingerprint: print }]);
    return { status: 'duplicate', id, origin: input.origin, duplicateOf: copy.original, similarity: copy.similarity };
  }
  const record: IngestRecord = { kind: 'extracted', origin: input.origin, document: options.extracted ?? toDocumentOutput(extract({ text: input.text, article: input.article })), fingerprint: print };
  await store.putRecords([record]);
  return { status: state ? 'updated' : 'added', id, origin: input.origin };
}
