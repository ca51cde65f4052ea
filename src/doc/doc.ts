import type { Span } from './span.ts';
import {
  SCHEMA_VERSION,
  type Article,
  type Claim,
  type DocIssue,
  type DocumentOutput,
  type Entity,
  type NewsEvent,
  type Quote,
  type QuotedTerm,
  type Sentence,
  type TimeExpression,
} from './schema/index.ts';
import { PIPELINE_VERSION } from '../version.ts';

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol' | 'url';

/** A token: the smallest unit the stages reason over. Internal to the pipeline; not part of the JSON output. */
export interface Token extends Span {
  readonly kind: TokenKind;
  /** Index into Doc.sentences. */
  readonly sentence: number;
  /** Penn Treebank part-of-speech tag, when a tagger has run. */
  readonly tag?: string;
}

/**
 * The annotated document every stage reads and extends (spaCy's Doc, with character offsets).
 * `text` is never modified; `analysisText` has the same length and offsets, with look-alike
 * characters (no-break spaces, soft hyphens, typographic dashes) unified so that rules stay simple.
 */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly analysisText: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
  readonly quotedTerms: readonly QuotedTerm[];
  readonly events: readonly NewsEvent[];
  readonly claims: readonly Claim[];
  readonly issues: readonly DocIssue[];
}

/** Layers a stage can require or assign; the pipeline checks their order once. */
export type LayerName =
  | 'analysisText'
  | 'tokens'
  | 'tags'
  | 'sentences'
  | 'entities'
  | 'mentions'
  | 'times'
  | 'quotes'
  | 'quotedTerms'
  | 'events'
  | 'claims';

export function createDoc(text: string, article: Article): Doc {
  return {
    article,
    text,
    analysisText: text,
    tokens: [],
    sentences: [],
    entities: [],
    times: [],
    quotes: [],
    quotedTerms: [],
    events: [],
    claims: [],
    issues: [],
  };
}

/**
 * A copy of the Doc with some layers replaced: what a stage returns. Copied with Object.assign onto
 * a fresh object rather than with a spread: V8 gave spread copies of Docs hidden classes that the
 * compiled code of the stage did not expect, so on most articles the stage fell back to the
 * interpreter (seen with --trace-deopt on the bench corpus); this way every Doc has one class.
 */
export function withLayers(doc: Doc, layers: Partial<Doc>): Doc {
  return Object.assign({}, doc, layers);
}

/** The public JSON form of a Doc (see DocumentSchema); tokens and analysisText stay internal. */
export function toDocumentOutput(doc: Doc): DocumentOutput {
  return {
    schema: SCHEMA_VERSION,
    pipeline: PIPELINE_VERSION,
    article: doc.article,
    text: doc.text,
    sentences: [...doc.sentences],
    entities: [...doc.entities],
    times: [...doc.times],
    quotes: [...doc.quotes],
    quotedTerms: [...doc.quotedTerms],
    events: [...doc.events],
    claims: [...doc.claims],
    issues: [...doc.issues],
  };
}
