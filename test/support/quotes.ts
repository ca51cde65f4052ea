import { toDocumentOutput } from '../../src/doc/doc.ts';
import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import { extract } from '../../src/pipeline.ts';

/** A quote as a test reads it: its words, its cue's words and who said it, instead of offsets. */
export interface ReadableQuote {
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly cue: string | null;
  readonly speaker: string | null;
  readonly speakerSpan: string | null;
  readonly entity: string | null;
  readonly parent?: string;
  readonly reportedBy?: string;
  readonly rule?: string;
}

export interface QuoteReading {
  readonly doc: DocumentOutput;
  readonly quotes: readonly ReadableQuote[];
  readonly terms: readonly string[];
  /** The quote whose content contains the phrase. */
  readonly quoteWith: (phrase: string) => ReadableQuote | undefined;
}

/** Runs the whole pipeline on a hand-written passage and reads its quotes back as words. */
export function readQuotes(text: string): QuoteReading {
  const doc = toDocumentOutput(extract({ text, article: { id: 'test', published: '2024-05-02' } }));
  const entityName = new Map(doc.entities.map((entity) => [entity.id, entity.name]));
  const quotes = doc.quotes.map((quote): ReadableQuote => ({
    id: quote.id,
    kind: quote.kind,
    text: text.slice(quote.start, quote.end),
    cue: quote.cue ? text.slice(quote.cue.start, quote.cue.end) : null,
    speaker: quote.speaker?.name ?? null,
    speakerSpan: quote.speaker?.start !== undefined && quote.speaker.end !== undefined ? text.slice(quote.speaker.start, quote.speaker.end) : null,
    entity: quote.speaker?.entity ? entityName.get(quote.speaker.entity) ?? null : null,
    ...(quote.parent ? { parent: quote.parent } : {}),
    ...(quote.reportedBy ? { reportedBy: quote.reportedBy.name } : {}),
    ...(quote.rule ? { rule: quote.rule } : {}),
  }));
  return {
    doc,
    quotes,
    terms: doc.quotedTerms.map((term) => text.slice(term.start, term.end)),
    quoteWith: (phrase) => quotes.find((quote) => quote.text.includes(phrase)),
  };
}
