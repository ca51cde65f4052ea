import { mergeCluster, type Cluster } from './clusters.ts';

/**
 * "the Russian Foreign Ministry statement … In three separate Foreign Ministry releases": a
 * country-relative body named without its country is the one the article already tied to a
 * country, when there is exactly one such.
 */
export function mergeBodiesWithoutCountry(clusters: Cluster[]): void {
  for (const bare of clusters) {
    if (bare.mergedInto || bare.type !== 'ORG' || bare.country) continue;
    const withCountry = clusters.filter((other) => other !== bare && !other.mergedInto && other.type === 'ORG' && other.country && other.name === bare.name);
    if (withCountry.length === 1) mergeCluster(withCountry[0]!, bare);
  }
}
