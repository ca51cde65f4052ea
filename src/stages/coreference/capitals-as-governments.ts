import type { Doc } from '../../doc/doc.ts';
import { newCluster, type Cluster } from './clusters.ts';
import { countryName, placeKind } from './places.ts';
import { isActorPosition } from './positions.ts';

/**
 * News writes "Moscow and Tehran are determined…" and "Washington's attempts" for the governments
 * seated there. Such a capital mention, in an actor position, moves to its country's entity (made
 * if the article never names the country); "talks in Moscow" stays with the city.
 */
export function moveCapitalsToCountries(doc: Doc, clusters: Cluster[]): void {
  const countryClusters = new Map<string, Cluster>();
  for (const cluster of clusters) {
    if (!cluster.mergedInto && cluster.type === 'GPE' && cluster.country && placeKind(cluster.name) === 'country') countryClusters.set(cluster.country, cluster);
  }
  for (const cluster of [...clusters]) {
    if (cluster.mergedInto || cluster.type !== 'GPE' || !cluster.country || placeKind(cluster.name) !== 'capital') continue;
    const acting = cluster.mentions.filter((mention) => mention.kind === 'name' && isActorPosition(doc, mention));
    if (acting.length === 0) continue;
    let country = countryClusters.get(cluster.country);
    if (!country) {
      country = newCluster(countryName(cluster.country) ?? cluster.name, 'GPE', cluster.country, undefined, undefined, [], []);
      countryClusters.set(cluster.country, country);
      clusters.push(country);
    }
    for (const mention of acting) country.mentions.push({ ...mention, rule: 'capital-as-government' });
    cluster.mentions = cluster.mentions.filter((mention) => !acting.includes(mention));
    if (cluster.mentions.length === 0) cluster.mergedInto = country;
  }
}
