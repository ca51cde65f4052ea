import type { Doc } from '../../doc/doc.ts';
import type { Cluster } from './clusters.ts';
import { placeKind } from './places.ts';
import { isActorPosition } from './positions.ts';

/**
 * CAMEO-style actor code: the country's ISO-3 code followed by the sector ("RUSGOV", "ISRMIL"),
 * either part alone when the text gives only one ("IGO" for the UN, "TUR" for a Turkish
 * company whose sector is unknown). People and organisations get one whenever the text supports
 * it; a country gets its code only when some mention of it acts ("Russia has discussed…"), so a
 * place that is only a location never becomes an actor.
 */
export function actorCodeOf(doc: Doc, cluster: Cluster): string | undefined {
  if (cluster.type === 'PERSON' || cluster.type === 'ORG') {
    const code = `${cluster.country ?? ''}${cluster.sector ?? ''}`;
    return code.length > 0 ? code : undefined;
  }
  if (cluster.type === 'GPE' && cluster.country && placeKind(cluster.name) === 'country') {
    const acts = cluster.mentions.some((mention) => mention.kind !== 'name' || mention.rule === 'capital-as-government' || isActorPosition(doc, mention));
    return acts ? cluster.country : undefined;
  }
  return undefined;
}
