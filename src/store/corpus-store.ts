import type { Article } from '../doc/schema/article.ts';
import type { Claim } from '../doc/schema/claim.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import type { EntityType } from '../doc/schema/entity.ts';
import type { NewsEvent } from '../doc/schema/event.ts';
import type { Quote } from '../doc/schema/quote.ts';
import type { ArticleFilter, ClaimFilter, EntityFilter, EventFilter, QuoteFilter, SearchRequest } from './filters.ts';

/**
 * The corpus store: every article with its extracted layers, behind one small interface so that
 * SQLite (src/store/sqlite/) and a later PostgreSQL implementation are interchangeable. Any
 * implementation must pass the contract suite in src/store/contract.ts (Kysely's habit: one
 * suite, every dialect). Methods are async because PostgreSQL drivers are.
 *
 * Rows are domain types (the zod output types of src/doc/schema), each wrapped with the article
 * it comes from, so that callers never see a table layout.
 */

/** Where an article came from: a file path, a URL, a feed item or a batch line. Unique per article. */
export type Origin = string;

/** What the store knows about an article besides its text and layers. */
export interface StoredArticle extends Article {
  readonly origin: Origin;
  /** Pipeline version that extracted the layers; null for duplicates, which are never extracted. */
  readonly pipeline: string | null;
  /** Id of the article this one copies (syndicated wire copy, the same page twice), if any. */
  readonly duplicateOf: string | null;
  /** Estimated Jaccard similarity to the original, 1 for an exact copy. */
  readonly similarity: number | null;
  readonly contentHash: string;
  readonly ingestedAt: string;
  /** Number of characters of text. */
  readonly length: number;
}

/** The short form of an article that every query row carries. */
export interface ArticleRef {
  readonly id: string;
  readonly title?: string;
  readonly source?: string;
  readonly published?: string;
  readonly url?: string;
}

/** Fingerprints used to find copies: an exact hash and a MinHash signature with its LSH band keys. */
export interface Fingerprint {
  readonly contentHash: string;
  /** MinHash signature (empty for texts too short to compare by shingles). */
  readonly signature: readonly number[];
  /** LSH band keys derived from the signature; two articles sharing one are compared. */
  readonly bands: readonly string[];
}

/** One unit of ingest, written atomically: an extracted document, or a copy linked to its original. */
export type IngestRecord =
  | { readonly kind: 'extracted'; readonly origin: Origin; readonly document: DocumentOutput; readonly fingerprint: Fingerprint }
  | {
      readonly kind: 'duplicate';
      readonly origin: Origin;
      readonly article: Article;
      readonly text: string;
      readonly duplicateOf: string;
      readonly similarity: number;
      readonly fingerprint: Fingerprint;
    };

/** What the store already holds for an origin, so that re-running adds nothing twice. */
export interface OriginState {
  readonly article: string;
  readonly contentHash: string;
  readonly pipeline: string | null;
}

export interface DuplicateCandidate {
  readonly id: string;
  readonly contentHash: string;
  readonly signature: readonly number[];
  readonly duplicateOf: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  readonly next?: string;
}

export interface QuoteRow {
  readonly article: ArticleRef;
  readonly quote: Quote;
  /** The quoted or reported words (text[start, end)). */
  readonly text: string;
  /** The corpus-wide entity the speaker resolves to, when known. */
  readonly speakerEntity: CorpusEntityRef | null;
}

export interface EventRow {
  readonly article: ArticleRef;
  readonly event: NewsEvent;
  readonly triggerText: string;
  readonly sentenceText: string;
}

export interface ClaimRow {
  readonly article: ArticleRef;
  readonly claim: Claim;
  /** The words of the claim (text[start, end)). */
  readonly text: string;
  /** The sentence holding the claim, for context. */
  readonly sentenceText: string;
}

export interface CorpusEntityRef {
  readonly id: string;
  readonly name: string;
}

/** An entity across the corpus: every article's mentions of the same person, organisation or place. */
export interface CorpusEntity extends CorpusEntityRef {
  readonly type: EntityType;
  readonly country?: string;
  readonly actorCode?: string;
  readonly aliases: readonly string[];
  readonly articleCount: number;
  readonly mentionCount: number;
}

/** One article-level entity and the corpus entity it was resolved to. */
export interface EntityOccurrence {
  readonly article: string;
  readonly entity: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly actorCode?: string;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
}

/**
 * A user decision about identity, applied on top of the automatic resolver. Entities are named by
 * corpus entity id or by name, so that a pin survives re-resolution as articles arrive.
 */
export type IdentityPin =
  | { readonly kind: 'merge'; readonly entities: readonly string[]; readonly createdAt?: string }
  /** Split the occurrences named `names` out of corpus entity `entity` into an entity of their own. */
  | { readonly kind: 'split'; readonly entity: string; readonly names: readonly string[]; readonly createdAt?: string };

/** The resolver's result: every occurrence assigned to a corpus entity. */
export interface IdentityAssignment {
  readonly entities: readonly Omit<CorpusEntity, 'articleCount' | 'mentionCount'>[];
  /** (article, entity) → corpus entity id */
  readonly links: readonly { readonly article: string; readonly entity: string; readonly corpusEntity: string }[];
}

export interface SearchHit {
  readonly kind: 'article' | 'quote';
  readonly article: ArticleRef;
  /** The matching passage with the matched words between « and ». */
  readonly snippet: string;
  readonly quote?: string;
  readonly score: number;
}

export interface CorpusStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly quotes: number;
  readonly events: number;
  readonly claims: number;
  readonly entities: number;
  readonly outdated: number;
}

export interface CorpusStore {
  /** "sqlite" or "postgres": for messages only; callers never branch on it. */
  readonly dialect: string;

  // --- writing (each call is one transaction: it lands whole or not at all) ---
  /** Writes extracted documents and duplicates; replaces an article that already exists with the same id. */
  putRecords(records: readonly IngestRecord[]): Promise<void>;
  originState(origin: Origin): Promise<OriginState | undefined>;
  findByContentHash(contentHash: string): Promise<DuplicateCandidate | undefined>;
  /** Articles that share at least one LSH band with the fingerprint (originals and copies). */
  findDuplicateCandidates(bands: readonly string[]): Promise<DuplicateCandidate[]>;
  /** Articles extracted with another pipeline version, for re-extraction. */
  listOutdated(pipeline: string, limit: number): Promise<string[]>;
  deleteArticle(id: string): Promise<boolean>;

  // --- cross-article identity ---
  listEntityOccurrences(): AsyncIterable<EntityOccurrence>;
  replaceIdentities(assignment: IdentityAssignment): Promise<void>;
  addIdentityPin(pin: IdentityPin): Promise<void>;
  listIdentityPins(): Promise<IdentityPin[]>;

  // --- reading ---
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** The full document as `newsgraph extract` writes it; for a duplicate, its original's layers are not copied (empty layers). */
  getDocument(id: string): Promise<DocumentOutput | undefined>;
  listArticles(filter?: ArticleFilter): Promise<Page<StoredArticle>>;
  /** Every stored document, streamed in id order (exports). */
  streamDocuments(filter?: ArticleFilter): AsyncIterable<DocumentOutput>;
  queryQuotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  queryEvents(filter?: EventFilter): Promise<Page<EventRow>>;
  queryClaims(filter?: ClaimFilter): Promise<Page<ClaimRow>>;
  queryEntities(filter?: EntityFilter): Promise<Page<CorpusEntity>>;
  getEntity(id: string): Promise<CorpusEntity | undefined>;
  search(request: SearchRequest): Promise<Page<SearchHit>>;
  stats(pipeline?: string): Promise<CorpusStats>;

  close(): Promise<void>;
}
