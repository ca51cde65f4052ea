import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../store-contract.ts';
import { listMigrations, migrate, NewerSchemaError } from './migrate.ts';
import { SqliteStore } from './sqlite-store.ts';

describeStoreContract('SQLite in memory', async () => new SqliteStore(':memory:'));
describeStoreContract('SQLite file in WAL mode', async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-store-')), 'corpus.db')));

describe('SQLite migrations', () => {
  it('applies every migration once and records it', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(listMigrations().map((migration) => migration.version));
    expect(migrate(db)).toEqual([]);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(listMigrations().length);
  });

  it('refuses a database written by a newer newsgraph', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, ?, ?)').run('999-future', new Date().toISOString());
    expect(() => migrate(db)).toThrow(NewerSchemaError);
  });

  it('leaves the previous version intact when a migration fails', () => {
    const db = new Database(':memory:');
    const broken = [...listMigrations(), { version: 998, name: '998-broken', sql: 'CREATE TABLE half_done (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect((db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number }).v).toBe(listMigrations().at(-1)!.version);
  });

  it('opens the corpus file in WAL mode', () => {
    const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'newsgraph-wal-')), 'corpus.db'));
    const db = new Database((store as unknown as { path: string }).path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    void store.close();
  });
});
