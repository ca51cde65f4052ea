import type Database from 'better-sqlite3';
import type { Article } from '../../doc/schema/article.ts';
import type { DocumentOutput } from '../../doc/schema/document.ts';
import type { NewsEvent } from '../../doc/schema/event.ts';
import { countedWordKeys, nameKey } from '../../corpus/name-key.ts';
import type { Fingerprint, IngestRecord } from '../corpus-store.ts';
import { signatureToBlob } from './signature.ts';

/** An ISO date (first ten characters) for date filters: the item's own date, else the article's. */
function filterDate(own: string | undefined, published: string | undefined): string | null {
  const value = own ?? published;
  return value ? value.slice(0, 10) : null;
}

function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Prepared statements that write one record's rows; used inside the caller's transaction. */
export class RecordWriter {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      findById: db.prepare<[string], { rowid: number; origin: string }>('SELECT rowid, origin FROM articles WHERE id = ?'),
      findByOrigin: db.prepare<[string], { rowid: number; id: string }>('SELECT rowid, id FROM articles WHERE origin = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE rowid = ?'),
      insertArticle: db.prepare(`INSERT INTO articles (id, origin, url, title, source, published, byline, language, text, content_hash, signature, pipeline, duplicate_of, similarity, sentences, quoted_terms, issues, article_json, ingested_at)
        VALUES (@id, @origin, @url, @title, @source, @published, @byline, @language, @text, @contentHash, @signature, @pipeline, @duplicateOf, @similarity, @sentences, @quotedTerms, @issues, @articleJson, @ingestedAt)`),
      updateArticle: db.prepare(`UPDATE articles SET origin = @origin, url = @url, title = @title, source = @source, published = @published, byline = @byline, language = @language, text = @text,
        content_hash = @contentHash, signature = @signature, pipeline = @pipeline, duplicate_of = @duplicateOf, similarity = @similarity, sentences = @sentences, quoted_terms = @quotedTerms,
        issues = @issues, article_json = @articleJson, ingested_at = @ingestedAt WHERE rowid = @rowid`),
      deleteLayers: ['entities', 'mentions', 'quotes', 'events', 'claims', 'times', 'article_bands'].map((table) => db.prepare(`DELETE FROM ${table} WHERE article_rowid = ?`)),
      insertBand: db.prepare('INSERT INTO article_bands (band, article_rowid) VALUES (?, ?)'),
      insertEntity: db.prepare('INSERT INTO entities (article_rowid, id, name, type, country, sector, actor_code, aliases, mention_count, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertMention: db.prepare('INSERT INTO mentions (article_rowid, entity, start, "end", kind, position, rule) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertQuote: db.prepare('INSERT INTO quotes (article_rowid, id, start, "end", kind, speaker_entity, speaker_name, speaker_key, text, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertEvent: db.prepare('INSERT INTO events (article_rowid, id, type, cameo, quad_class, goldstein, trigger_start, trigger_end, date, negated, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertActor: db.prepare('INSERT INTO event_actors (event_rowid, role, entity, name, name_key, country, actor_code) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertClaim: db.prepare(`INSERT INTO claims (article_rowid, id, start, "end", value, low, high, qualifier, unit, counted, counted_key, source_entity, source_name, source_key, date, json)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertTime: db.prepare('INSERT INTO times (article_rowid, id, start, "end", value, kind, json) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    };
  }

  write(record: IngestRecord, ingestedAt: string): void {
    const article = record.kind === 'extracted' ? record.document.article : record.article;
    const text = record.kind === 'extracted' ? record.document.text : record.text;
    const rowid = this.upsertArticle(record, article, text, ingestedAt);
    this.writeBands(rowid, record.fingerprint);
    if (record.kind === 'extracted') this.writeLayers(rowid, record.document);
  }

  /** Inserts the article, or updates it in place so that copies linked to it stay linked. */
  private upsertArticle(record: IngestRecord, article: Article, text: string, ingestedAt: string): number {
    // Another article may hold this origin under an older id (a batch line whose id changed): it goes.
    const byOrigin = this.statements.findByOrigin.get(record.origin);
    if (byOrigin && byOrigin.id !== article.id) this.statements.deleteArticle.run(byOrigin.rowid);
    const values = {
      id: article.id,
      origin: record.origin,
      url: article.url ?? null,
      title: article.title ?? null,
      source: article.source ?? null,
      published: article.published ?? null,
      byline: article.byline ?? null,
      language: article.language ?? null,
      text,
      contentHash: record.fingerprint.contentHash,
      signature: signatureToBlob(record.fingerprint.signature),
      pipeline: record.kind === 'extracted' ? record.document.pipeline : null,
      duplicateOf: record.kind === 'duplicate' ? record.duplicateOf : null,
      similarity: record.kind === 'duplicate' ? record.similarity : null,
      sentences: JSON.stringify(record.kind === 'extracted' ? record.document.sentences : []),
      quotedTerms: JSON.stringify(record.kind === 'extracted' ? record.document.quotedTerms : []),
      issues: JSON.stringify(record.kind === 'extracted' ? record.document.issues : []),
      articleJson: JSON.stringify(article),
      ingestedAt,
    };
    const existing = this.statements.findById.get(article.id);
    if (!existing) return Number(this.statements.insertArticle.run(values).lastInsertRowid);
    for (const statement of this.statements.deleteLayers) statement.run(existing.rowid);
    this.statements.updateArticle.run({ ...values, rowid: existing.rowid });
    return existing.rowid;
  }

  private writeBands(rowid: number, fingerprint: Fingerprint): void {
    for (const band of fingerprint.bands) this.statements.insertBand.run(band, rowid);
  }

  private writeLayers(rowid: number, document: DocumentOutput): void {
    const published = document.article.published;
    for (const entity of document.entities) {
      const { mentions, ...rest } = entity;
      this.statements.insertEntity.run(rowid, entity.id, entity.name, entity.type, entity.country ?? null, entity.sector ?? null, entity.actorCode ?? null, JSON.stringify(entity.aliases), mentions.length, JSON.stringify(rest));
      mentions.forEach((mention, position) => this.statements.insertMention.run(rowid, entity.id, mention.start, mention.end, mention.kind, position, mention.rule ?? null));
    }
    for (const quote of document.quotes) {
      this.statements.insertQuote.run(rowid, quote.id, quote.start, quote.end, quote.kind, quote.speaker?.entity ?? null, quote.speaker?.name ?? null, quote.speaker ? nameKey(quote.speaker.name) : null,
        document.text.slice(quote.start, quote.end), JSON.stringify(withoutUndefined(quote)));
    }
    for (const event of document.events) this.writeEvent(rowid, event, published);
    for (const claim of document.claims) {
      const source = claim.source === 'author' ? { entity: null, name: 'author' } : claim.source;
      this.statements.insertClaim.run(rowid, claim.id, claim.start, claim.end, claim.value ?? null, claim.low ?? null, claim.high ?? null, claim.qualifier, claim.unit ?? null,
        claim.counted?.text ?? null, claim.counted ? countedWordKeys(claim.counted.text).join(' ') : null, source.entity, source.name, nameKey(source.name), filterDate(claim.date, published), JSON.stringify(withoutUndefined(claim)));
    }
    for (const time of document.times) this.statements.insertTime.run(rowid, time.id, time.start, time.end, time.value, time.kind, JSON.stringify(withoutUndefined(time)));
  }

  private writeEvent(rowid: number, event: NewsEvent, published: string | undefined): void {
    const eventRowid = this.statements.insertEvent.run(rowid, event.id, event.type, event.cameo, event.quadClass, event.goldstein, event.trigger.start, event.trigger.end,
      filterDate(event.date?.value, published), event.negated ? 1 : 0, JSON.stringify(withoutUndefined(event))).lastInsertRowid;
    for (const [role, actors] of [['actor', event.actors], ['recipient', event.recipients]] as const) {
      for (const actor of actors) this.statements.insertActor.run(eventRowid, role, actor.entity, actor.name, nameKey(actor.name), actor.country ?? null, actor.actorCode ?? null);
    }
  }
}
