import { toDocumentOutput } from '../doc/doc.ts';
import { extract } from '../pipeline.ts';
import type { CorpusStore } from '../store/corpus-store.ts';
import { PIPELINE_VERSION } from '../version.ts';
import { fingerprint } from './fingerprint.ts';
import { refreshIdentities } from './refresh-identities.ts';

export interface ReextractOptions {
  /** Every extracted article, not only those of another pipeline version. */
  readonly all?: boolean;
  readonly shouldStop?: () => boolean;
}

async function reextractOne(store: CorpusStore, id: string): Promise<boolean> {
  const [document, article] = await Promise.all([store.getDocument(id), store.getArticle(id)]);
  if (!document || !article || article.duplicateOf !== null) return false;
  const fresh = toDocumentOutput(extract({ text: document.text, article: document.article }));
  await store.putRecords([{ kind: 'extracted', origin: article.origin, document: fresh, fingerprint: fingerprint(document.text) }]);
  return true;
}

/** Ids to redo: outdated ones (each redone article drops out of the list), or every article page by page. */
async function* idsToRedo(store: CorpusStore, all: boolean): AsyncGenerator<string> {
  if (!all) {
    for (;;) {
      const ids = await store.listOutdated(PIPELINE_VERSION, 200);
      if (ids.length === 0) return;
      yield* ids;
    }
  }
  let cursor: string | undefined;
  do {
    const page = await store.listArticles({ limit: 200, ...(cursor ? { cursor } : {}) });
    for (const article of page.items) yield article.id;
    cursor = page.next;
  } while (cursor);
}

/**
 * Re-runs the pipeline over stored articles from the text and metadata the store kept, one
 * transaction per article, so that an interrupted run resumes where it stopped.
 */
export async function reextractArticles(store: CorpusStore, options: ReextractOptions = {}): Promise<number> {
  let done = 0;
  const attempted = new Set<string>();
  for await (const id of idsToRedo(store, options.all === true)) {
    // An article that cannot be redone would come back forever in the outdated list.
    if (attempted.has(id) || options.shouldStop?.()) break;
    attempted.add(id);
    if (await reextractOne(store, id)) done += 1;
  }
  if (done > 0) await refreshIdentities(store);
  return done;
}
