import type { Claim } from '../doc/schema/claim.ts';
import type { ClaimRow } from '../store/corpus-store.ts';
import type { ClaimComparison, ClaimGroup, ComparedClaim } from './responses.ts';

/**
 * Placeholder grouping for the claims comparison view, until the corpus engineer's
 * src/corpus/compare-claims.ts lands (the route then calls that instead): claims are grouped by
 * the head noun of what they count, their unit and their month, and a group is flagged when no
 * single number satisfies every source's value or bounds.
 */

const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'on', 'for', 'with', 'by', 'among', 'across', 'during', 'who', 'that', 'which']);

/** Short words ending in -s that are never the counted thing. */
const NOT_PLURAL_NOUNS = new Set(['this', 'was', 'has', 'its', 'is', 'as', 'us', 'his', 'hers', 'theirs', 'ours', 'yes', 'thus', 'less', 'always', 'perhaps', 'whereas', 'does', 'news']);

function singular(word: string): string {
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function looksPlural(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL_NOUNS.has(word);
}

/**
 * The thing counted, singular: "hostages in Gaza" → "hostage", "Russian passport holders" →
 * "holder", "prisoners remained" → "prisoner". Counted phrases are mostly plural nouns, sometimes
 * trailed by a verb or a prepositional phrase, so the first plural word wins; else the last word
 * before a preposition ("people of the town").
 */
export function countedHead(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const cut = words.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word));
  const phrase = cut > 0 ? words.slice(0, cut) : words;
  return singular(phrase.find(looksPlural) ?? phrase.at(-1) ?? '');
}

/** The numbers a claim allows: "fewer than 200" allows [0, 200], "at least 15" allows [15, ∞). */
export function allowedInterval(claim: Claim): [number, number] | undefined {
  const value = claim.value;
  switch (claim.qualifier) {
    case 'exact':
      return value === undefined ? undefined : [value, value];
    case 'approximate':
      // "about 200" tolerates the rounding news copy does; ten per cent either side.
      return value === undefined ? undefined : [value * 0.9, value * 1.1];
    case 'lower': {
      const low = claim.low ?? value;
      return low === undefined ? undefined : [low, Number.POSITIVE_INFINITY];
    }
    case 'upper': {
      const high = claim.high ?? value;
      return high === undefined ? undefined : [0, high];
    }
    case 'range':
      return claim.low === undefined || claim.high === undefined ? undefined : [claim.low, claim.high];
    default:
      return undefined;
  }
}

function claimDate(row: ClaimRow): string | null {
  return row.claim.date ?? row.article.published?.slice(0, 10) ?? null;
}

function toCompared(row: ClaimRow): ComparedClaim {
  const { claim } = row;
  return {
    article: row.article,
    claim: claim.id,
    source: claim.source === 'author' ? 'the author' : claim.source.name,
    byAuthor: claim.source === 'author',
    qualifier: claim.qualifier,
    ...(claim.value !== undefined ? { value: claim.value } : {}),
    ...(claim.low !== undefined ? { low: claim.low } : {}),
    ...(claim.high !== undefined ? { high: claim.high } : {}),
    ...(claim.unit ? { unit: claim.unit } : {}),
    date: claimDate(row),
    text: row.text,
    sentenceText: row.sentenceText,
  };
}

/** The first pair of claims whose allowed numbers do not overlap, as "fewer than 200 vs 224". */
export function findDisagreement(rows: readonly ClaimRow[]): string | undefined {
  const intervals = rows.map((row) => ({ row, interval: allowedInterval(row.claim) })).filter((item) => item.interval !== undefined);
  for (let i = 0; i < intervals.length; i += 1) {
    for (let j = i + 1; j < intervals.length; j += 1) {
      const [lowA, highA] = intervals[i]!.interval!;
      const [lowB, highB] = intervals[j]!.interval!;
      if (highA < lowB || highB < lowA) return `${intervals[i]!.row.text} vs ${intervals[j]!.row.text}`;
    }
  }
  return undefined;
}

export function compareClaimRows(rows: readonly ClaimRow[], truncated: boolean): ClaimComparison {
  const groups = new Map<string, ClaimRow[]>();
  for (const row of rows) {
    if (!row.claim.counted) continue;
    const head = countedHead(row.claim.counted.text);
    if (!head) continue;
    const key = `${head}\u0000${row.claim.unit ?? ''}\u0000${(claimDate(row) ?? '').slice(0, 7)}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const result: ClaimGroup[] = [...groups.values()].map((members) => {
    const dates = members.map(claimDate).filter((date): date is string => date !== null).sort();
    const wordings = new Map<string, number>();
    for (const row of members) wordings.set(row.claim.counted!.text, (wordings.get(row.claim.counted!.text) ?? 0) + 1);
    const counted = [...wordings.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
    const reason = findDisagreement(members);
    return {
      counted,
      ...(members[0]!.claim.unit ? { unit: members[0]!.claim.unit } : {}),
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      disagreement: reason !== undefined,
      ...(reason ? { reason } : {}),
      claims: members.map(toCompared),
    };
  });
  // Disagreements first, then the most-reported things.
  result.sort((a, b) => Number(b.disagreement) - Number(a.disagreement) || b.claims.length - a.claims.length || a.counted.localeCompare(b.counted));
  return { groups: result, claimsRead: rows.length, truncated };
}
