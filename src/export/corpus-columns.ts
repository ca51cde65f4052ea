import type { Attribution } from '../doc/schema/attribution.ts';
import type { ClaimGroup, ComparedClaim } from '../corpus/compare-claims.ts';
import type { ClaimRow, CorpusEntity, EventRow, QuoteRow, SearchHit, StoredArticle } from '../store/corpus-store.ts';
import type { Column } from './tabular.ts';

/** The columns each corpus query prints as a table and writes as CSV (JSON formats keep the whole row). */

function attributionName(attribution: Attribution): string {
  return attribution === 'author' ? 'author' : attribution.name;
}

function day(value: string | undefined): string {
  return value ? value.slice(0, 10) : '';
}

export const QUOTE_COLUMNS: readonly Column<QuoteRow>[] = [
  { header: 'published', value: (row) => day(row.article.published), maxWidth: 10 },
  { header: 'source', value: (row) => row.article.source, maxWidth: 18 },
  { header: 'speaker', value: (row) => row.speakerEntity?.name ?? row.quote.speaker?.name ?? '(unknown)', maxWidth: 24 },
  { header: 'kind', value: (row) => row.quote.kind },
  { header: 'quote', value: (row) => row.text, maxWidth: 90 },
  { header: 'article', value: (row) => row.article.id, maxWidth: 24 },
  { header: 'start', value: (row) => row.quote.start },
  { header: 'end', value: (row) => row.quote.end },
];

function actorNames(actors: EventRow['event']['actors']): string {
  return actors.map((actor) => (actor.actorCode ? `${actor.name} (${actor.actorCode})` : actor.name)).join('; ');
}

function eventFlags(row: EventRow): string {
  const event = row.event;
  return [event.negated && 'negated', event.planned && 'planned', event.hypothetical && 'hypothetical', event.reported && `per ${attributionName(event.attributedTo)}`].filter(Boolean).join(', ');
}

export const EVENT_COLUMNS: readonly Column<EventRow>[] = [
  { header: 'date', value: (row) => day(row.event.date?.value ?? row.article.published), maxWidth: 10 },
  { header: 'type', value: (row) => row.event.type },
  { header: 'cameo', value: (row) => row.event.cameo },
  { header: 'actors', value: (row) => actorNames(row.event.actors), maxWidth: 30 },
  { header: 'recipients', value: (row) => actorNames(row.event.recipients), maxWidth: 30 },
  { header: 'trigger', value: (row) => row.triggerText, maxWidth: 16 },
  { header: 'flags', value: eventFlags, maxWidth: 24 },
  { header: 'sentence', value: (row) => row.sentenceText, maxWidth: 70 },
  { header: 'source', value: (row) => row.article.source, maxWidth: 18 },
  { header: 'article', value: (row) => row.article.id, maxWidth: 24 },
];

export const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  { header: 'published', value: (row) => day(row.article.published), maxWidth: 10 },
  { header: 'source', value: (row) => row.article.source, maxWidth: 18 },
  { header: 'claim', value: (row) => row.text, maxWidth: 24 },
  { header: 'qualifier', value: (row) => row.claim.qualifier },
  { header: 'value', value: (row) => row.claim.value },
  { header: 'low', value: (row) => row.claim.low },
  { header: 'high', value: (row) => row.claim.high },
  { header: 'unit', value: (row) => row.claim.unit },
  { header: 'counted', value: (row) => row.claim.counted?.text, maxWidth: 30 },
  { header: 'claimed by', value: (row) => attributionName(row.claim.source), maxWidth: 24 },
  { header: 'hedged', value: (row) => (row.claim.hedged ? 'yes' : '') },
  { header: 'article', value: (row) => row.article.id, maxWidth: 24 },
];

export const ENTITY_COLUMNS: readonly Column<CorpusEntity>[] = [
  { header: 'id', value: (entity) => entity.id },
  { header: 'name', value: (entity) => entity.name, maxWidth: 30 },
  { header: 'type', value: (entity) => entity.type },
  { header: 'country', value: (entity) => entity.country },
  { header: 'code', value: (entity) => entity.actorCode },
  { header: 'articles', value: (entity) => entity.articleCount },
  { header: 'mentions', value: (entity) => entity.mentionCount },
  { header: 'aliases', value: (entity) => entity.aliases.join('; '), maxWidth: 60 },
];

export const SEARCH_COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'kind', value: (hit) => hit.kind },
  { header: 'published', value: (hit) => day(hit.article.published), maxWidth: 10 },
  { header: 'source', value: (hit) => hit.article.source, maxWidth: 18 },
  { header: 'title', value: (hit) => hit.article.title, maxWidth: 40 },
  { header: 'snippet', value: (hit) => hit.snippet, maxWidth: 90 },
  { header: 'article', value: (hit) => hit.article.id, maxWidth: 24 },
];

export const ARTICLE_COLUMNS: readonly Column<StoredArticle>[] = [
  { header: 'id', value: (article) => article.id, maxWidth: 24 },
  { header: 'published', value: (article) => day(article.published), maxWidth: 10 },
  { header: 'source', value: (article) => article.source, maxWidth: 20 },
  { header: 'title', value: (article) => article.title, maxWidth: 60 },
  { header: 'chars', value: (article) => article.length },
  { header: 'copy of', value: (article) => article.duplicateOf, maxWidth: 24 },
  { header: 'pipeline', value: (article) => article.pipeline },
];

/** One line per claim of each compared group, the group's flag repeated so that CSV rows stand alone. */
export interface ComparisonLine {
  readonly group: ClaimGroup;
  readonly claim: ComparedClaim;
}

function bounds(claim: ComparedClaim): string {
  const { low, high, lowOpen, highOpen } = claim.interval;
  if (low === high) return String(low);
  const from = Number.isFinite(low) ? `${lowOpen ? '(' : '['}${low}` : '(-∞';
  const to = Number.isFinite(high) ? `${high}${highOpen ? ')' : ']'}` : '∞)';
  return `${from}, ${to}`;
}

export const COMPARISON_COLUMNS: readonly Column<ComparisonLine>[] = [
  { header: 'counted', value: (line) => line.group.label, maxWidth: 24 },
  { header: 'period', value: (line) => (line.group.from ? (line.group.from === line.group.to ? line.group.from : `${line.group.from}…${line.group.to}`) : 'undated'), maxWidth: 22 },
  { header: 'agree', value: (line) => (line.group.disagreement ? 'NO' : 'yes') },
  { header: 'source', value: (line) => line.claim.outlet, maxWidth: 20 },
  { header: 'claim', value: (line) => line.claim.text, maxWidth: 22 },
  { header: 'bounds', value: (line) => bounds(line.claim), maxWidth: 18 },
  { header: 'claimed by', value: (line) => line.claim.claimedBy, maxWidth: 22 },
  { header: 'date', value: (line) => line.claim.date },
  { header: 'article', value: (line) => line.claim.article.id, maxWidth: 24 },
];
