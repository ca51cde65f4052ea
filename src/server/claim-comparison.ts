import { intervalsAgree, type ClaimGroup as CorpusClaimGroup, type ComparedClaim as CorpusComparedClaim } from '../corpus/compare-claims.ts';
import type { ClaimRow } from '../store/corpus-store.ts';
import type { ClaimComparison, ClaimGroup, ComparedClaim } from './responses.ts';

/**
 * The API form of the corpus comparison (src/corpus/compare-claims.ts): JSON-safe (no infinite
 * bounds), with the reason a group is flagged spelled out for the reader.
 */

/** The first two claims of a group that cannot both be true, as "fewer than 200 vs 224". */
export function disagreementReason(group: CorpusClaimGroup): string | undefined {
  if (!group.disagreement) return undefined;
  const { claims } = group;
  for (let first = 0; first < claims.length; first += 1) {
    for (let second = first + 1; second < claims.length; second += 1) {
      if (!intervalsAgree([claims[first]!.interval, claims[second]!.interval])) return `${claims[first]!.text} vs ${claims[second]!.text}`;
    }
  }
  // Every pair may overlap while the whole group does not (three-way); say so without naming a pair.
  return 'no single number fits every claim';
}

function toComparedClaim(claim: CorpusComparedClaim, sentenceOf: (article: string, claim: string) => string): ComparedClaim {
  return {
    article: claim.article,
    claim: claim.claimId,
    outlet: claim.outlet,
    source: claim.claimedBy === 'author' ? 'the author' : claim.claimedBy,
    byAuthor: claim.claimedBy === 'author',
    qualifier: claim.qualifier as ComparedClaim['qualifier'],
    ...(claim.value !== undefined ? { value: claim.value } : {}),
    ...(claim.low !== undefined ? { low: claim.low } : {}),
    ...(claim.high !== undefined ? { high: claim.high } : {}),
    ...(claim.unit !== undefined ? { unit: claim.unit } : {}),
    hedged: claim.hedged,
    date: claim.date ?? null,
    text: claim.text,
    sentenceText: sentenceOf(claim.article.id, claim.claimId),
    counted: claim.counted,
  };
}

export function toClaimComparison(groups: readonly CorpusClaimGroup[], rows: readonly ClaimRow[], truncated: boolean): ClaimComparison {
  const sentences = new Map(rows.map((row) => [`${row.article.id}\u0000${row.claim.id}`, row.sentenceText]));
  const sentenceOf = (article: string, claim: string) => sentences.get(`${article}\u0000${claim}`) ?? '';
  return {
    groups: groups.map((group): ClaimGroup => {
      const reason = disagreementReason(group);
      return {
        key: group.key,
        counted: group.label,
        ...(group.unit ? { unit: group.unit } : {}),
        from: group.from ?? null,
        to: group.to ?? null,
        outlets: group.outlets,
        disagreement: group.disagreement,
        ...(reason ? { reason } : {}),
        claims: group.claims.map((claim) => toComparedClaim(claim, sentenceOf)),
      };
    }),
    claimsRead: rows.length,
    truncated,
  };
}
