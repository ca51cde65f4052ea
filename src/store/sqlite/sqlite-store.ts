import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../doc/schema/document.ts';
import type { DocumentOutput } from '../../doc/schema/document.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import type { Mention } from '../../doc/schema/entity.ts';
import { aliasKey } from '../../corpus/name-key.ts';
import type {
  ArticleRef,
  ClaimRow,
  CorpusEntity,
  CorpusStats,
  CorpusStore,
  DuplicateCandidate,
  EntityOccurrence,
  EventRow,
  IdentityAssignment,
  IdentityPin,
  IngestRecord,
  OriginState,
  Page,
  QuoteRow,
  SearchHit,
  StoredArticle,
} from '../corpus-store.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import {
  ArticleFilterSchema,
  ClaimFilterSchema,
  EntityFilterSchema,
  EventFilterSchema,
  QuoteFilterSchema,
  SearchRequestSchema,
  type ArticleFilter,
  type ClaimFilter,
  type EntityFilter,
  type EventFilter,
  type QuoteFilter,
  type SearchRequest,
} from '../filters.ts';
import { migrate } from './migrate.ts';
import { blobToSignature } from './signature.ts';
import { ALIAS_MATCH_SQL, ENTITY_BY_ALIAS_SQL, WhereClause, aliasPattern, addArticleFilters, addCountedFilter, addDateRange, looksLikeActorCode, toFtsQuery, wordPattern } from './where.ts';
import { RecordWriter } from './write-records.ts';

export interface SqliteStoreOptions {
  /** Open an existing database without writing (no migrations run). */
  readonly readonly?: boolean;
}

interface ArticleRow {
  rowid: number;
  id: string;
  origin: string;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  text: string;
  content_hash: string;
  pipeline: string | null;
  duplicate_of: string | null;
  similarity: number | null;
  sentences: string;
  quoted_terms: string;
  issues: string;
  article_json: string;
  ingested_at: string;
}

const ARTICLE_REF_COLUMNS = 'a.id AS article_id, a.title AS article_title, a.source AS article_source, a.published AS article_published, a.url AS article_url';

interface ArticleRefColumns {
  article_id: string;
  article_title: string | null;
  article_source: string | null;
  article_published: string | null;
  article_url: string | null;
}

function toArticleRef(row: ArticleRefColumns): ArticleRef {
  return {
    id: row.article_id,
    ...(row.article_title !== null ? { title: row.article_title } : {}),
    ...(row.article_source !== null ? { source: row.article_source } : {}),
    ...(row.article_published !== null ? { published: row.article_published } : {}),
    ...(row.article_url !== null ? { url: row.article_url } : {}),
  };
}

function toStoredArticle(row: ArticleRow): StoredArticle {
  return {
    ...(JSON.parse(row.article_json) as object),
    id: row.id,
    origin: row.origin,
    pipeline: row.pipeline,
    duplicateOf: row.duplicate_of,
    similarity: row.similarity,
    contentHash: row.content_hash,
    ingestedAt: row.ingested_at,
    length: row.text.length,
  } as StoredArticle;
}

/** A keyset page: rows ordered by `rowid`, one extra fetched to know whether another page follows. */
function keysetPage<R extends { rowid: number }, T>(rows: readonly R[], limit: number, map: (row: R) => T): Page<T> {
  const items = rows.slice(0, limit).map(map);
  const last = rows[limit - 1];
  return rows.length > limit && last ? { items, next: encodeCursor({ after: last.rowid }) } : { items };
}

function offsetPage<T>(items: readonly T[], limit: number, offset: number): Page<T> {
  return items.length > limit ? { items: items.slice(0, limit), next: encodeCursor({ offset: offset + limit }) } : { items };
}

/** The corpus in one SQLite file (WAL mode, FTS5), via better-sqlite3. */
export class SqliteStore implements CorpusStore {
  readonly dialect = 'sqlite';
  private readonly db: Database.Database;
  private writerInstance: RecordWriter | undefined;

  constructor(readonly path: string, options: SqliteStoreOptions = {}) {
    this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses at most the last commits on power loss, never corrupts the file.
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(this.db);
  }

  private get writer(): RecordWriter {
    this.writerInstance ??= new RecordWriter(this.db);
    return this.writerInstance;
  }

  async putRecords(records: readonly IngestRecord[]): Promise<void> {
    const ingestedAt = new Date().toISOString();
    this.db.transaction(() => {
      for (const record of records) this.writer.write(record, ingestedAt);
    })();
  }

  async originState(origin: string): Promise<OriginState | undefined> {
    const row = this.db.prepare<[string], { id: string; content_hash: string; pipeline: string | null }>('SELECT id, content_hash, pipeline FROM articles WHERE origin = ?').get(origin);
    return row ? { article: row.id, contentHash: row.content_hash, pipeline: row.pipeline } : undefined;
  }

  async findByContentHash(contentHash: string): Promise<DuplicateCandidate | undefined> {
    const row = this.db
      .prepare<[string], { id: string; content_hash: string; signature: Buffer | null; duplicate_of: string | null }>(
        'SELECT id, content_hash, signature, duplicate_of FROM articles WHERE content_hash = ? ORDER BY duplicate_of IS NOT NULL, rowid LIMIT 1',
      )
      .get(contentHash);
    return row ? { id: row.id, contentHash: row.content_hash, signature: blobToSignature(row.signature), duplicateOf: row.duplicate_of } : undefined;
  }

  async findDuplicateCandidates(bands: readonly string[]): Promise<DuplicateCandidate[]> {
    if (bands.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT DISTINCT a.id, a.content_hash, a.signature, a.duplicate_of FROM article_bands b JOIN articles a ON a.rowid = b.article_rowid
         WHERE b.band IN (${bands.map(() => '?').join(', ')}) ORDER BY a.rowid LIMIT 50`,
      )
      .all(...bands) as Array<{ id: string; content_hash: string; signature: Buffer | null; duplicate_of: string | null }>;
    return rows.map((row) => ({ id: row.id, contentHash: row.content_hash, signature: blobToSignature(row.signature), duplicateOf: row.duplicate_of }));
  }

  async listOutdated(pipeline: string, limit: number): Promise<string[]> {
    const rows = this.db.prepare<[string, number], { id: string }>('SELECT id FROM articles WHERE pipeline IS NOT NULL AND pipeline <> ? ORDER BY rowid LIMIT ?').all(pipeline, limit);
    return rows.map((row) => row.id);
  }

  async deleteArticle(id: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM articles WHERE id = ?').run(id).changes > 0;
  }

  async *listEntityOccurrences(): AsyncIterable<EntityOccurrence> {
    const page = this.db.prepare<[number], { rowid: number; article: string; json: string; mention_count: number; entity_rowid: number }>(
      `SELECT e.rowid AS entity_rowid, a.id AS article, e.json, e.mention_count FROM entities e JOIN articles a ON a.rowid = e.article_rowid
       WHERE e.rowid > ? ORDER BY e.rowid LIMIT 1000`,
    );
    let after = 0;
    for (;;) {
      const rows = page.all(after);
      for (const row of rows) {
        const entity = JSON.parse(row.json) as Omit<Entity, 'mentions'>;
        yield {
          article: row.article,
          entity: entity.id,
          name: entity.name,
          type: entity.type,
          ...(entity.country ? { country: entity.country } : {}),
          ...(entity.actorCode ? { actorCode: entity.actorCode } : {}),
          aliases: entity.aliases,
          mentionCount: row.mention_count,
        };
      }
      const last = rows.at(-1);
      if (!last || rows.length < 1000) return;
      after = last.entity_rowid;
    }
  }

  async replaceIdentities(assignment: IdentityAssignment): Promise<void> {
    const insertEntity = this.db.prepare('INSERT INTO corpus_entities (id, name, type, country, actor_code, aliases) VALUES (?, ?, ?, ?, ?, ?)');
    const insertAlias = this.db.prepare('INSERT INTO corpus_aliases (alias_key, corpus_entity) VALUES (?, ?)');
    const link = this.db.prepare('UPDATE entities SET corpus_entity = ? WHERE article_rowid = (SELECT rowid FROM articles WHERE id = ?) AND id = ?');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM corpus_aliases; DELETE FROM corpus_entities; UPDATE entities SET corpus_entity = NULL;');
      for (const entity of assignment.entities) {
        insertEntity.run(entity.id, entity.name, entity.type, entity.country ?? null, entity.actorCode ?? null, JSON.stringify(entity.aliases));
        const keys = new Set([entity.name, ...entity.aliases].map(aliasKey).filter((key) => key.length > 0));
        for (const key of keys) insertAlias.run(key, entity.id);
      }
      for (const entry of assignment.links) link.run(entry.corpusEntity, entry.article, entry.entity);
      this.db.exec(`UPDATE corpus_entities SET
        article_count = (SELECT count(DISTINCT e.article_rowid) FROM entities e WHERE e.corpus_entity = corpus_entities.id),
        mention_count = (SELECT coalesce(sum(e.mention_count), 0) FROM entities e WHERE e.corpus_entity = corpus_entities.id)`);
    })();
  }

  async addIdentityPin(pin: IdentityPin): Promise<void> {
    const createdAt = pin.createdAt ?? new Date().toISOString();
    this.db.prepare('INSERT INTO identity_pins (json, created_at) VALUES (?, ?)').run(JSON.stringify({ ...pin, createdAt }), createdAt);
  }

  async listIdentityPins(): Promise<IdentityPin[]> {
    return (this.db.prepare('SELECT json FROM identity_pins ORDER BY rowid').all() as Array<{ json: string }>).map((row) => JSON.parse(row.json) as IdentityPin);
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    const row = this.db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
    return row ? toStoredArticle(row) : undefined;
  }

  async getDocument(id: string): Promise<DocumentOutput | undefined> {
    const row = this.db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?').get(id);
    return row ? this.assembleDocument(row) : undefined;
  }

  private assembleDocument(row: ArticleRow): DocumentOutput {
    const layer = <T>(sql: string): T[] => (this.db.prepare(sql).all(row.rowid) as Array<{ json: string }>).map((item) => JSON.parse(item.json) as T);
    const mentionRows = this.db
      .prepare('SELECT entity, start, "end", kind, rule FROM mentions WHERE article_rowid = ? ORDER BY entity, position')
      .all(row.rowid) as Array<{ entity: string; start: number; end: number; kind: Mention['kind']; rule: string | null }>;
    const mentionsByEntity = new Map<string, Mention[]>();
    for (const mention of mentionRows) {
      const list = mentionsByEntity.get(mention.entity) ?? [];
      list.push({ start: mention.start, end: mention.end, kind: mention.kind, ...(mention.rule !== null ? { rule: mention.rule } : {}) });
      mentionsByEntity.set(mention.entity, list);
    }
    const entities = layer<Omit<Entity, 'mentions'>>('SELECT json FROM entities WHERE article_rowid = ? ORDER BY rowid').map((entity) => ({ ...entity, mentions: mentionsByEntity.get(entity.id) ?? [] }));
    return {
      schema: SCHEMA_VERSION,
      pipeline: row.pipeline ?? '',
      article: JSON.parse(row.article_json) as DocumentOutput['article'],
      text: row.text,
      sentences: JSON.parse(row.sentences) as DocumentOutput['sentences'],
      entities,
      times: layer('SELECT json FROM times WHERE article_rowid = ? ORDER BY rowid'),
      quotes: layer('SELECT json FROM quotes WHERE article_rowid = ? ORDER BY rowid'),
      quotedTerms: JSON.parse(row.quoted_terms) as DocumentOutput['quotedTerms'],
      events: layer('SELECT json FROM events WHERE article_rowid = ? ORDER BY rowid'),
      claims: layer('SELECT json FROM claims WHERE article_rowid = ? ORDER BY rowid'),
      issues: JSON.parse(row.issues) as DocumentOutput['issues'],
    };
  }

  private articleWhere(input: ArticleFilter | undefined): { where: WhereClause; limit: number } {
    const filter = ArticleFilterSchema.parse(input ?? {});
    const where = new WhereClause();
    addArticleFilters(where, filter);
    addDateRange(where, 'a.published', filter.since, filter.until);
    if (!filter.includeDuplicates) where.add('a.duplicate_of IS NULL');
    if (filter.title) where.add(`lower(a.title) LIKE ?`, `%${filter.title.toLowerCase()}%`);
    const after = decodeCursor(filter.cursor).after;
    if (after !== undefined) where.add('a.rowid > ?', after);
    return { where, limit: filter.limit };
  }

  async listArticles(filter?: ArticleFilter): Promise<Page<StoredArticle>> {
    const { where, limit } = this.articleWhere(filter);
    const rows = this.db.prepare(`SELECT a.* FROM articles a ${where.toSql()} ORDER BY a.rowid LIMIT ?`).all(...where.parameters, limit + 1) as ArticleRow[];
    return keysetPage(rows, limit, toStoredArticle);
  }

  async *streamDocuments(filter?: ArticleFilter): AsyncIterable<DocumentOutput> {
    let cursor: string | undefined;
    do {
      const { where } = this.articleWhere({ ...filter, limit: 100, ...(cursor ? { cursor } : {}) });
      const rows = this.db.prepare(`SELECT a.* FROM articles a ${where.toSql()} ORDER BY a.rowid LIMIT 101`).all(...where.parameters) as ArticleRow[];
      const page = keysetPage(rows, 100, (row) => row);
      for (const row of page.items) yield this.assembleDocument(row);
      cursor = page.next;
    } while (cursor);
  }

  async queryQuotes(input?: QuoteFilter): Promise<Page<QuoteRow>> {
    const filter = QuoteFilterSchema.parse(input ?? {});
    const where = new WhereClause();
    addArticleFilters(where, filter);
    addDateRange(where, 'a.published', filter.since, filter.until);
    if (filter.kind) where.add('q.kind = ?', filter.kind);
    if (filter.speaker) {
      where.add(`((q.article_rowid, q.speaker_entity) IN (${ENTITY_BY_ALIAS_SQL}) OR ' ' || q.speaker_key || ' ' LIKE ? ESCAPE '\\')`, aliasPattern(filter.speaker), wordPattern(filter.speaker));
    }
    if (filter.text) where.add('q.rowid IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?)', `text : (${toFtsQuery(filter.text)})`);
    const after = decodeCursor(filter.cursor).after;
    if (after !== undefined) where.add('q.rowid > ?', after);
    const rows = this.db
      .prepare(
        `SELECT q.rowid, q.json, q.text, ce.id AS corpus_id, ce.name AS corpus_name, ${ARTICLE_REF_COLUMNS}
         FROM quotes q JOIN articles a ON a.rowid = q.article_rowid
         LEFT JOIN entities e ON e.article_rowid = q.article_rowid AND e.id = q.speaker_entity
         LEFT JOIN corpus_entities ce ON ce.id = e.corpus_entity
         ${where.toSql()} ORDER BY q.rowid LIMIT ?`,
      )
      .all(...where.parameters, filter.limit + 1) as Array<ArticleRefColumns & { rowid: number; json: string; text: string; corpus_id: string | null; corpus_name: string | null }>;
    return keysetPage(rows, filter.limit, (row) => ({
      article: toArticleRef(row),
      quote: JSON.parse(row.json),
      text: row.text,
      speakerEntity: row.corpus_id !== null ? { id: row.corpus_id, name: row.corpus_name ?? '' } : null,
    }));
  }

  /** Events whose actor (or recipient) matches a code prefix, a country, or a name/alias. */
  private addActorFilter(where: WhereClause, role: 'actor' | 'recipient', value: string): void {
    const byCode = looksLikeActorCode(value) ? `ea.actor_code LIKE ? OR ea.country = ? OR ` : '';
    const codeParameters = looksLikeActorCode(value) ? [`${value}%`, value.slice(0, 3)] : [];
    where.add(
      `EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_rowid = ev.rowid AND ea.role = ? AND (${byCode}' ' || ea.name_key || ' ' LIKE ? ESCAPE '\\'
        OR (ev.article_rowid, ea.entity) IN (${ENTITY_BY_ALIAS_SQL})))`,
      role,
      ...codeParameters,
      wordPattern(value),
      aliasPattern(value),
    );
  }

  async queryEvents(input?: EventFilter): Promise<Page<EventRow>> {
    const filter = EventFilterSchema.parse(input ?? {});
    const where = new WhereClause();
    addArticleFilters(where, filter);
    addDateRange(where, 'ev.date', filter.since, filter.until);
    if (filter.type) where.add('ev.type = ?', filter.type);
    if (filter.cameo) where.add('ev.cameo LIKE ?', `${filter.cameo}%`);
    if (!filter.includeNegated) where.add('ev.negated = 0');
    if (filter.actor) this.addActorFilter(where, 'actor', filter.actor);
    if (filter.recipient) this.addActorFilter(where, 'recipient', filter.recipient);
    const after = decodeCursor(filter.cursor).after;
    if (after !== undefined) where.add('ev.rowid > ?', after);
    const rows = this.db
      .prepare(`SELECT ev.rowid, ev.json, a.text AS article_text, ${ARTICLE_REF_COLUMNS} FROM events ev JOIN articles a ON a.rowid = ev.article_rowid ${where.toSql()} ORDER BY ev.rowid LIMIT ?`)
      .all(...where.parameters, filter.limit + 1) as Array<ArticleRefColumns & { rowid: number; json: string; article_text: string }>;
    return keysetPage(rows, filter.limit, (row) => {
      const event = JSON.parse(row.json) as EventRow['event'];
      return { article: toArticleRef(row), event, triggerText: row.article_text.slice(event.trigger.start, event.trigger.end), sentenceText: row.article_text.slice(event.sentence.start, event.sentence.end) };
    });
  }

  async queryClaims(input?: ClaimFilter): Promise<Page<ClaimRow>> {
    const filter = ClaimFilterSchema.parse(input ?? {});
    const where = new WhereClause();
    addArticleFilters(where, filter);
    addDateRange(where, 'c.date', filter.since, filter.until);
    if (filter.counted) addCountedFilter(where, filter.counted);
    if (filter.claimSource) {
      if (filter.claimSource.toLowerCase() === 'author') where.add(`c.source_name = 'author' AND c.source_entity IS NULL`);
      else {
        where.add(`((c.article_rowid, c.source_entity) IN (${ENTITY_BY_ALIAS_SQL}) OR ' ' || c.source_key || ' ' LIKE ? ESCAPE '\\')`, aliasPattern(filter.claimSource), wordPattern(filter.claimSource));
      }
    }
    const after = decodeCursor(filter.cursor).after;
    if (after !== undefined) where.add('c.rowid > ?', after);
    const rows = this.db
      .prepare(`SELECT c.rowid, c.json, a.text AS article_text, a.sentences, ${ARTICLE_REF_COLUMNS} FROM claims c JOIN articles a ON a.rowid = c.article_rowid ${where.toSql()} ORDER BY c.rowid LIMIT ?`)
      .all(...where.parameters, filter.limit + 1) as Array<ArticleRefColumns & { rowid: number; json: string; article_text: string; sentences: string }>;
    return keysetPage(rows, filter.limit, (row) => {
      const claim = JSON.parse(row.json) as ClaimRow['claim'];
      const sentences = JSON.parse(row.sentences) as DocumentOutput['sentences'];
      const sentence = sentences.find((candidate) => candidate.start <= claim.start && claim.start < candidate.end);
      return {
        article: toArticleRef(row),
        claim,
        text: row.article_text.slice(claim.start, claim.end),
        sentenceText: sentence ? row.article_text.slice(sentence.start, sentence.end) : row.article_text.slice(claim.start, claim.end),
      };
    });
  }

  private entitySelect(where: WhereClause): string {
    return `SELECT ce.id, ce.name, ce.type, ce.country, ce.actor_code, ce.aliases, ce.article_count, ce.mention_count FROM corpus_entities ce ${where.toSql()}`;
  }

  async queryEntities(input?: EntityFilter): Promise<Page<CorpusEntity>> {
    const filter = EntityFilterSchema.parse(input ?? {});
    const where = new WhereClause();
    if (filter.name) where.add(`ce.id IN (${ALIAS_MATCH_SQL})`, aliasPattern(filter.name));
    if (filter.type) where.add('ce.type = ?', filter.type);
    if (filter.country) where.add('ce.country = ?', filter.country);
    const offset = decodeCursor(filter.cursor).offset ?? 0;
    const rows = this.db
      .prepare(`${this.entitySelect(where)} ORDER BY ce.mention_count DESC, ce.id LIMIT ? OFFSET ?`)
      .all(...where.parameters, filter.limit + 1, offset) as CorpusEntityRow[];
    return offsetPage(rows.map(toCorpusEntity), filter.limit, offset);
  }

  async getEntity(id: string): Promise<CorpusEntity | undefined> {
    const where = new WhereClause().add('ce.id = ?', id);
    const row = this.db.prepare(this.entitySelect(where)).get(...where.parameters) as CorpusEntityRow | undefined;
    return row ? toCorpusEntity(row) : undefined;
  }

  async search(input: SearchRequest): Promise<Page<SearchHit>> {
    const request = SearchRequestSchema.parse(input);
    const match = toFtsQuery(request.query);
    if (match.length === 0) return { items: [] };
    const offset = decodeCursor(request.cursor).offset ?? 0;
    const parts: string[] = [];
    const parameters: unknown[] = [];
    if (request.in !== 'quotes') {
      parts.push(`SELECT 'article' AS kind, a.rowid AS item_rowid, NULL AS quote_id, snippet(article_search, 1, '«', '»', '…', 16) AS snippet, bm25(article_search) AS score, ${ARTICLE_REF_COLUMNS}
        FROM article_search JOIN articles a ON a.rowid = article_search.rowid WHERE article_search MATCH ?`);
      parameters.push(match);
    }
    if (request.in !== 'articles') {
      parts.push(`SELECT 'quote' AS kind, q.rowid AS item_rowid, q.id AS quote_id, snippet(quote_search, 1, '«', '»', '…', 16) AS snippet, bm25(quote_search) AS score, ${ARTICLE_REF_COLUMNS}
        FROM quote_search JOIN quotes q ON q.rowid = quote_search.rowid JOIN articles a ON a.rowid = q.article_rowid WHERE quote_search MATCH ?`);
      parameters.push(match);
    }
    const rows = this.db
      .prepare(`${parts.join(' UNION ALL ')} ORDER BY score, kind, item_rowid LIMIT ? OFFSET ?`)
      .all(...parameters, request.limit + 1, offset) as Array<ArticleRefColumns & { kind: 'article' | 'quote'; quote_id: string | null; snippet: string; score: number }>;
    const hits = rows.map((row): SearchHit => ({
      kind: row.kind,
      article: toArticleRef(row),
      snippet: row.snippet,
      ...(row.quote_id !== null ? { quote: row.quote_id } : {}),
      // bm25 is lower for better matches; callers get a score where higher is better.
      score: -row.score,
    }));
    return offsetPage(hits, request.limit, offset);
  }

  async stats(pipeline?: string): Promise<CorpusStats> {
    const count = (sql: string, ...parameters: unknown[]) => (this.db.prepare(sql).get(...parameters) as { n: number }).n;
    return {
      articles: count('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NULL'),
      duplicates: count('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      quotes: count('SELECT count(*) AS n FROM quotes'),
      events: count('SELECT count(*) AS n FROM events'),
      claims: count('SELECT count(*) AS n FROM claims'),
      entities: count('SELECT count(*) AS n FROM corpus_entities'),
      outdated: pipeline ? count('SELECT count(*) AS n FROM articles WHERE pipeline IS NOT NULL AND pipeline <> ?', pipeline) : 0,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

interface CorpusEntityRow {
  id: string;
  name: string;
  type: CorpusEntity['type'];
  country: string | null;
  actor_code: string | null;
  aliases: string;
  article_count: number;
  mention_count: number;
}

function toCorpusEntity(row: CorpusEntityRow): CorpusEntity {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    ...(row.country !== null ? { country: row.country } : {}),
    ...(row.actor_code !== null ? { actorCode: row.actor_code } : {}),
    aliases: JSON.parse(row.aliases) as string[],
    articleCount: row.article_count,
    mentionCount: row.mention_count,
  };
}
