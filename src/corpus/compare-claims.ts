import type { ArticleRef, ClaimRow, CorpusStore } from '../store/corpus-store.ts';
import type { ClaimFilter } from '../store/filters.ts';
import { countedWordKeys } from './name-key.ts';

/**
 * Cross-source comparison of numeric claims: claims about the same counted thing in the same
 * period are grouped, each source's value and bounds are set side by side, and a group is
 * flagged when no single number satisfies every claim ("fewer than 200" in one outlet, "224" in
 * another). newsgraph never says which source is right; it shows that they differ.
 */

/** The set of numbers a claim admits, as a closed or open interval. */
export interface ClaimInterval {
  readonly low: number;
  readonly high: number;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

export interface ComparedClaim {
  readonly article: ArticleRef;
  /** The outlet: the article's source, else its id. */
  readonly outlet: string;
  /** Who makes the claim inside the article ("author" or a speaker's name). */
  readonly claimedBy: string;
  readonly text: string;
  readonly counted: string;
  readonly qualifier: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly unit?: string;
  readonly hedged: boolean;
  readonly date?: string;
  readonly interval: ClaimInterval;
  readonly claimId: string;
}

export interface ClaimGroup {
  /** What is counted, as a comparable key ("hostage"), and the phrase most claims use. */
  readonly key: string;
  readonly label: string;
  readonly unit?: string;
  /** First and last day of the claims' dates (the claim's own date, else the publication date). */
  readonly from?: string;
  readonly to?: string;
  readonly claims: readonly ComparedClaim[];
  readonly outlets: number;
  /** No number satisfies every claim in the group. */
  readonly disagreement: boolean;
}

export interface CompareOptions {
  /** Claims more than this many days apart fall in different periods. */
  readonly windowDays?: number;
  /** Share by which two exact values may differ and still agree ("about 9,000" vs "9,100"). */
  readonly tolerance?: number;
  /** Keep groups with claims from a single outlet (default: only groups that compare outlets). */
  readonly includeSingleOutlet?: boolean;
}

/** Words after which a counted phrase names where or when, not what: "hostages in Gaza" counts hostages. */
const PHRASE_BREAK = new Set(['in', 'at', 'on', 'from', 'of', 'by', 'for', 'during', 'since', 'after', 'before', 'near', 'across', 'inside', 'who', 'that', 'which', 'with', 'among', 'including']);

/** Plurals without an -s that head counted phrases in news ("12 people", "40 children"). */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'women', 'men', 'police', 'personnel', 'staff', 'troops', 'cattle', 'livestock', 'sheep', 'fish']);

/**
 * The head noun of a counted phrase, crudely singular. A count stands before its noun phrase, so
 * the head is the first plural word ("hostages remain" → hostage, "Russian passport holders" →
 * holder); without one, the last word before a preposition ("hostages in Gaza").
 */
export function countedKey(phrase: string): string {
  const raw = phrase.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  const words = countedWordKeys(phrase);
  const cut = words.findIndex((word, index) => index > 0 && PHRASE_BREAK.has(word));
  const span = cut > 0 ? cut : words.length;
  const plural = raw.slice(0, span).findIndex((word) => IRREGULAR_PLURALS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')));
  if (plural >= 0) return words[plural] ?? '';
  return words.slice(0, span).filter((word) => !/^\d/.test(word)).at(-1) ?? '';
}

export function claimInterval(claim: Pick<ClaimRow['claim'], 'qualifier' | 'value' | 'low' | 'high'>, tolerance = 0.1): ClaimInterval | undefined {
  const value = claim.value;
  switch (claim.qualifier) {
    case 'exact':
      return value === undefined ? undefined : { low: value, high: value, lowOpen: false, highOpen: false };
    case 'approximate':
      return value === undefined ? undefined : { low: value * (1 - tolerance), high: value * (1 + tolerance), lowOpen: false, highOpen: false };
    case 'lower': {
      const low = claim.low ?? value;
      return low === undefined ? undefined : { low, high: Number.POSITIVE_INFINITY, lowOpen: false, highOpen: true };
    }
    case 'upper': {
      const high = claim.high ?? value;
      return high === undefined ? undefined : { low: Number.NEGATIVE_INFINITY, high, lowOpen: true, highOpen: false };
    }
    case 'range':
      return claim.low === undefined || claim.high === undefined ? undefined : { low: claim.low, high: claim.high, lowOpen: false, highOpen: false };
    default:
      return undefined;
  }
}

/** True when some number lies in every interval (exact values within the tolerance of each other agree). */
export function intervalsAgree(intervals: readonly ClaimInterval[], tolerance = 0.1): boolean {
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  for (const interval of intervals) {
    const slack = Number.isFinite(interval.low) && Number.isFinite(interval.high) && interval.low === interval.high ? (interval.low * tolerance) / 2 : 0;
    low = Math.max(low, interval.low - slack);
    high = Math.min(high, interval.high + slack);
  }
  return low <= high;
}

function dayOf(row: ClaimRow): string | undefined {
  const value = row.claim.date ?? row.article.published;
  return value ? value.slice(0, 10) : undefined;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(`${b.slice(0, 10)}T00:00:00Z`) - Date.parse(`${a.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

function toCompared(row: ClaimRow, tolerance: number): ComparedClaim | undefined {
  const interval = claimInterval(row.claim, tolerance);
  if (!interval || !row.claim.counted) return undefined;
  const date = dayOf(row);
  const { value, low, high, unit } = row.claim;
  return {
    article: row.article,
    outlet: row.article.source ?? row.article.id,
    claimedBy: row.claim.source === 'author' ? 'author' : row.claim.source.name,
    text: row.text,
    counted: row.claim.counted.text,
    qualifier: row.claim.qualifier,
    ...(value !== undefined ? { value } : {}),
    ...(low !== undefined ? { low } : {}),
    ...(high !== undefined ? { high } : {}),
    ...(unit !== undefined ? { unit } : {}),
    hedged: row.claim.hedged,
    ...(date ? { date } : {}),
    interval,
    claimId: row.claim.id,
  };
}

/** Splits claims (sorted by date) into periods: a claim more than `windowDays` after the period's first opens a new one. */
function splitByPeriod(claims: readonly ComparedClaim[], windowDays: number): ComparedClaim[][] {
  const dated = claims.filter((claim) => claim.date).sort((a, b) => a.date!.localeCompare(b.date!));
  const periods: ComparedClaim[][] = [];
  for (const claim of dated) {
    const current = periods.at(-1);
    if (current && daysBetween(current[0]!.date!, claim.date!) <= windowDays) current.push(claim);
    else periods.push([claim]);
  }
  const undated = claims.filter((claim) => !claim.date);
  if (undated.length > 0) periods.push(undated);
  return periods;
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]?.[0] ?? '';
}

export function compareClaims(rows: readonly ClaimRow[], options: CompareOptions = {}): ClaimGroup[] {
  const tolerance = options.tolerance ?? 0.1;
  const byThing = new Map<string, ComparedClaim[]>();
  for (const row of rows) {
    const claim = toCompared(row, tolerance);
    if (!claim) continue;
    const key = countedKey(claim.counted);
    if (!key) continue;
    const groupKey = `${key}\u0000${claim.unit ?? ''}`;
    const group = byThing.get(groupKey);
    if (group) group.push(claim);
    else byThing.set(groupKey, [claim]);
  }
  const groups: ClaimGroup[] = [];
  for (const [groupKey, claims] of byThing) {
    const [key, unit] = groupKey.split('\u0000') as [string, string];
    for (const period of splitByPeriod(claims, options.windowDays ?? 7)) {
      const outlets = new Set(period.map((claim) => claim.outlet)).size;
      if (outlets < 2 && !options.includeSingleOutlet) continue;
      const dates = period.map((claim) => claim.date).filter((date): date is string => date !== undefined).sort();
      groups.push({
        key,
        label: mostCommon(period.map((claim) => claim.counted.toLowerCase())),
        ...(unit ? { unit } : {}),
        ...(dates.length > 0 ? { from: dates[0]!, to: dates.at(-1)! } : {}),
        claims: period,
        outlets,
        disagreement: !intervalsAgree(period.map((claim) => claim.interval), tolerance),
      });
    }
  }
  return groups.sort((a, b) => Number(b.disagreement) - Number(a.disagreement) || b.outlets - a.outlets || a.key.localeCompare(b.key));
}

/** Reads every claim matching the filter from the store (page by page) and compares them. */
export async function compareClaimsInStore(store: CorpusStore, filter: Omit<ClaimFilter, 'cursor' | 'limit'> = {}, options: CompareOptions = {}): Promise<ClaimGroup[]> {
  const rows: ClaimRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.queryClaims({ ...filter, limit: 1000, ...(cursor ? { cursor } : {}) });
    rows.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return compareClaims(rows, options);
}
