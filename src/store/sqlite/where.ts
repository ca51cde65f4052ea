import { aliasKey, countedWordKeys, nameKey } from '../../corpus/name-key.ts';

/** A WHERE clause being built: SQL fragments joined with AND, and their positional parameters. */
export class WhereClause {
  private readonly conditions: string[] = [];
  readonly parameters: unknown[] = [];

  add(condition: string, ...parameters: unknown[]): this {
    this.conditions.push(condition);
    this.parameters.push(...parameters);
    return this;
  }

  toSql(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** A LIKE pattern matching `key` as whole words inside a space-padded name key column. */
export function wordPattern(name: string): string {
  return `% ${escapeLike(nameKey(name))} %`;
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern matching a name as whole words inside the space-padded alias keys of corpus entities. */
export function aliasPattern(name: string): string {
  return `% ${escapeLike(aliasKey(name))} %`;
}

/** Corpus entities whose name or any alias contains the words of `name` ("Zakharova" → "Maria Zakharova"). */
export const ALIAS_MATCH_SQL = `SELECT corpus_entity FROM corpus_aliases WHERE ' ' || alias_key || ' ' LIKE ? ESCAPE '\\'`;

/** Article-level entities (article_rowid, id) that resolve to a corpus entity matching a name. */
export const ENTITY_BY_ALIAS_SQL = `SELECT article_rowid, id FROM entities WHERE corpus_entity IN (${ALIAS_MATCH_SQL})`;

export function addDateRange(where: WhereClause, column: string, since: string | undefined, until: string | undefined): void {
  if (since) where.add(`${column} >= ?`, since);
  if (until) where.add(`substr(${column}, 1, ?) <= ?`, until.length, until);
}

export function addArticleFilters(where: WhereClause, filter: { article?: string | undefined; source?: string | undefined }): void {
  if (filter.article) where.add('a.id = ?', filter.article);
  if (filter.source) where.add(`lower(a.source) LIKE ? ESCAPE '\\'`, `%${escapeLike(filter.source.toLowerCase())}%`);
}

export function addCountedFilter(where: WhereClause, counted: string): void {
  for (const word of countedWordKeys(counted)) where.add(`c.counted_key LIKE ? ESCAPE '\\'`, `%${escapeLike(word)}%`);
}

/** An actor code (RUS, RUSGOV) rather than a name: upper-case letters only. */
export function looksLikeActorCode(value: string): boolean {
  return /^[A-Z]{3}([A-Z]{3})*$/.test(value);
}

/** FTS5 query from user words: each word quoted (no operator injection), "phrases" kept whole. */
export function toFtsQuery(query: string): string {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (let match = pattern.exec(query); match; match = pattern.exec(query)) {
    const words = (match[1] ?? match[2] ?? '').replace(/"/g, ' ').trim();
    if (words.length > 0) parts.push(`"${words}"`);
  }
  return parts.join(' ');
}
