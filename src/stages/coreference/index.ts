import type { Doc } from '../../doc/doc.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import { compareSpans } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import { actorCodeOf } from './actor-codes.ts';
import { moveCapitalsToCountries } from './capitals-as-governments.ts';
import { liveClusters, toClusters, type Cluster } from './clusters.ts';
import { mergeBodiesWithoutCountry } from './country-bodies.ts';
import { codeKnownOfficials } from './known-officials.ts';
import { mergePartialNames } from './partial-names.ts';
import { linkPronouns } from './pronouns.ts';
import { linkDescriptions } from './title-mentions.ts';

function toEntity(doc: Doc, cluster: Cluster, index: number): Entity {
  const mentions = [...cluster.mentions].sort(compareSpans);
  const aliases: string[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'name') continue;
    const alias = doc.text.slice(mention.start, mention.end);
    if (alias !== cluster.name && !aliases.includes(alias)) aliases.push(alias);
  }
  const actorCode = actorCodeOf(doc, cluster);
  // Fields in the schema's order, set one by one rather than spread (see entities/index.ts).
  const entity: Partial<{ -readonly [K in keyof Entity]: Entity[K] }> = { id: `e${index + 1}`, name: cluster.name, type: cluster.type };
  if (cluster.country) entity.country = cluster.country;
  if (cluster.sector) entity.sector = cluster.sector;
  if (actorCode) entity.actorCode = actorCode;
  entity.aliases = aliases;
  entity.mentions = mentions;
  if (cluster.roles.length > 0) entity.roles = [...cluster.roles].sort(compareSpans);
  if (cluster.gender) entity.gender = cluster.gender;
  if (cluster.knownOffice) entity.knownOffice = cluster.knownOffice;
  return entity as Entity;
}

/**
 * Links every mention in the article to one entity: partial names and acronyms join full names,
 * bodies named without their country join the one with it, capitals acting as governments join
 * their country, descriptions ("the Turkish president", "the ministry") and pronouns join what
 * they refer to. Then actor codes are set and entities numbered in order of first mention.
 */
export function resolveCoreference(doc: Doc): Entity[] {
  const clusters = toClusters(doc.entities);
  mergePartialNames(doc, clusters);
  mergeBodiesWithoutCountry(clusters);
  codeKnownOfficials(doc, clusters);
  moveCapitalsToCountries(doc, clusters);
  const placed = linkDescriptions(doc, clusters);
  linkPronouns(doc, clusters, placed);
  const firstMention = (cluster: Cluster) => cluster.mentions.reduce((first, mention) => Math.min(first, mention.start), Number.POSITIVE_INFINITY);
  return liveClusters(clusters)
    .filter((cluster) => cluster.mentions.length > 0)
    .map((cluster) => ({ cluster, first: firstMention(cluster) }))
    .sort((a, b) => a.first - b.first)
    .map(({ cluster }, index) => toEntity(doc, cluster, index));
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  requires: ['tokens', 'tags', 'entities'],
  assigns: ['mentions'],
  run: (doc: Doc): Doc => ({ ...doc, entities: resolveCoreference(doc) }),
};
