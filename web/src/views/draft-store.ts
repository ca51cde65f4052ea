import type { DocumentOutput } from '../../../src/doc/schema/index.ts';

/** The last document analysed without saving; kept in memory only, so a reload forgets it. */
let draft: DocumentOutput | undefined;

export function setDraft(doc: DocumentOutput): void {
  draft = doc;
}

export function getDraft(): DocumentOutput | undefined {
  return draft;
}
