/** The core API: extraction over plain text, the Doc model and its JSON schema. Edges import from here. */
export { extract, extractMany, EXTRACTION_BATCH, STAGES, type ExtractInput, type ExtractOutcome } from './pipeline.ts';
export { createDoc, toDocumentOutput, type Doc, type Token } from './doc/doc.ts';
export * from './doc/schema/index.ts';
export { PIPELINE_VERSION } from './version.ts';
