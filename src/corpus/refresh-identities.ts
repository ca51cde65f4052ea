import type { CorpusStore, EntityOccurrence } from '../store/corpus-store.ts';
import { resolveIdentities } from './resolve-identities.ts';

/**
 * Re-resolves cross-article identity over the whole corpus with the user's pins, and stores the
 * result. Run after an ingest and after every merge or split.
 */
export async function refreshIdentities(store: CorpusStore): Promise<{ entities: number; occurrences: number }> {
  const occurrences: EntityOccurrence[] = [];
  for await (const occurrence of store.listEntityOccurrences()) occurrences.push(occurrence);
  const assignment = resolveIdentities(occurrences, await store.listIdentityPins());
  await store.replaceIdentities(assignment);
  return { entities: assignment.entities.length, occurrences: occurrences.length };
}
