import type { Doc } from '../../doc/doc.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import { compareSpans } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import { actorCodeOf } from './actor-codes.ts';
import { moveCapitalsToCountries } from './capitals-as-governments.ts';
import { liveClusters, toClusters, type Cluster } from './clusters.ts';
import { mergeBodiesWithoutCountry } from './country-bodies.ts';
import { mergePartialNames } from './partial-names.ts';
import { linkPronouns } from './pronouns.ts';
import { linkDescriptions } from './title-mentions.ts';

function toEntity(doc: Doc, cluster: Cluster, index: number): Entity {
  const mentions = [...cluster.mentions].sort(compareSpans);
  const names = mentions.filter((mention) => mention.kind === 'name').map((mention) => doc.text.slice(mention.start, mention.end));
  const aliases = [...new Set(names)].filter((alias) => alias !== cluster.name);
  const actorCode = actorCodeOf(doc, cluster);
  return {
    id: `e${index + 1}`,
    name: cluster.name,
    type: cluster.type,
    ...(cluster.country ? { country: cluster.country } : {}),
    ...(cluster.sector ? { sector: cluster.sector } : {}),
    ...(actorCode ? { actorCode } : {}),
    aliases,
    mentions,
    ...(cluster.roles.length > 0 ? { roles: [...cluster.roles].sort(compareSpans) } : {}),
    ...(cluster.gender ? { gender: cluster.gender } : {}),
  };
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
  moveCapitalsToCountries(doc, clusters);
  linkDescriptions(doc, clusters);
  linkPronouns(doc, clusters);
  return liveClusters(clusters)
    .filter((cluster) => cluster.mentions.length > 0)
    .sort((a, b) => Math.min(...a.mentions.map((mention) => mention.start)) - Math.min(...b.mentions.map((mention) => mention.start)))
    .map((cluster, index) => toEntity(doc, cluster, index));
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  requires: ['tokens', 'tags', 'entities'],
  assigns: ['mentions'],
  run: (doc: Doc): Doc => ({ ...doc, entities: resolveCoreference(doc) }),
};
