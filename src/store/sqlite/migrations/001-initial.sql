-- The first corpus schema: articles, their extracted layers with offsets, copies, full-text search.
-- Every layer row carries its article id and the item's [start, end) offsets into articles.text.

CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT,
  source TEXT,
  published TEXT,
  byline TEXT,
  language TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  signature BLOB,
  pipeline TEXT,
  duplicate_of TEXT REFERENCES articles(id) ON DELETE SET NULL,
  similarity REAL,
  -- The document without its text and layers that have their own tables is not stored twice:
  -- layers are kept as JSON per row so that a row maps back to its zod type in one step.
  sentences TEXT NOT NULL DEFAULT '[]',
  quoted_terms TEXT NOT NULL DEFAULT '[]',
  issues TEXT NOT NULL DEFAULT '[]',
  article_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_pipeline ON articles(pipeline);

CREATE TABLE article_bands (
  band TEXT NOT NULL,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE
);
CREATE INDEX article_bands_band ON article_bands(band);
CREATE INDEX article_bands_article ON article_bands(article_rowid);

CREATE TABLE entities (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  actor_code TEXT,
  aliases TEXT NOT NULL,
  mention_count INTEGER NOT NULL,
  corpus_entity TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article_rowid, id)
);
CREATE INDEX entities_corpus_entity ON entities(corpus_entity);

CREATE TABLE mentions (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  entity TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  rule TEXT
);
CREATE INDEX mentions_article ON mentions(article_rowid, entity);

CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  kind TEXT NOT NULL,
  speaker_entity TEXT,
  speaker_name TEXT,
  speaker_key TEXT,
  text TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_rowid);
CREATE INDEX quotes_speaker ON quotes(article_rowid, speaker_entity);

CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad_class INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  date TEXT,
  negated INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_rowid);
CREATE INDEX events_type ON events(type, date);

CREATE TABLE event_actors (
  event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
  entity TEXT,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  country TEXT,
  actor_code TEXT
);
CREATE INDEX event_actors_event ON event_actors(event_rowid);
CREATE INDEX event_actors_code ON event_actors(actor_code);

CREATE TABLE claims (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value REAL,
  low REAL,
  high REAL,
  qualifier TEXT NOT NULL,
  unit TEXT,
  counted TEXT,
  counted_key TEXT,
  source_entity TEXT,
  source_name TEXT NOT NULL,
  source_key TEXT NOT NULL,
  date TEXT,
  json TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_rowid);

CREATE TABLE times (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  id TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  value TEXT,
  kind TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX times_article ON times(article_rowid);

-- Cross-article identity: the resolver's result (rebuilt whole) and the user's pins (kept forever).
CREATE TABLE corpus_entities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  actor_code TEXT,
  aliases TEXT NOT NULL,
  article_count INTEGER NOT NULL DEFAULT 0,
  mention_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX corpus_entities_mentions ON corpus_entities(mention_count DESC, id);
CREATE TABLE corpus_aliases (
  alias_key TEXT NOT NULL,
  corpus_entity TEXT NOT NULL REFERENCES corpus_entities(id) ON DELETE CASCADE
);
CREATE INDEX corpus_aliases_key ON corpus_aliases(alias_key);
CREATE INDEX corpus_aliases_entity ON corpus_aliases(corpus_entity);

CREATE TABLE identity_pins (
  rowid INTEGER PRIMARY KEY,
  json TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Full-text search: article title and text (external content, no second copy), quotes with speakers.
CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quote_search USING fts5(speaker_name, text, content='quotes', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');

-- Copies are not indexed: a search hit should name the original once, not every republication.
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles WHEN new.duplicate_of IS NULL BEGIN
  INSERT INTO article_search(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles WHEN old.duplicate_of IS NULL BEGIN
  INSERT INTO article_search(article_search, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
-- One trigger for both halves: SQLite runs separate triggers in an unspecified order.
CREATE TRIGGER articles_search_update AFTER UPDATE OF title, text, duplicate_of ON articles BEGIN
  INSERT INTO article_search(article_search, rowid, title, text) SELECT 'delete', old.rowid, old.title, old.text WHERE old.duplicate_of IS NULL;
  INSERT INTO article_search(rowid, title, text) SELECT new.rowid, new.title, new.text WHERE new.duplicate_of IS NULL;
END;
CREATE TRIGGER quotes_search_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quote_search(rowid, speaker_name, text) VALUES (new.rowid, new.speaker_name, new.text);
END;
CREATE TRIGGER quotes_search_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quote_search(quote_search, rowid, speaker_name, text) VALUES ('delete', old.rowid, old.speaker_name, old.text);
END;
