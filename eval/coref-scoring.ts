import type { Entity, EntityType } from '../src/doc/schema/entity.ts';
import { clusterOccurrences, type IdentityOccurrence } from '../src/corpus/identity.ts';
import { precisionRecall, type PrecisionRecall } from './span-scores.ts';

/** A gold mention: a span and the label of the entity it refers to. */
export interface GoldMention {
  readonly start: number;
  readonly end: number;
  readonly label: string;
}

const MARKUP = /\[\[([^|\]]+)\|([^\]]+)\]\]/g;

/** "[[Ali Reza Kamali|kamali]] arrived" -> the plain text and its gold mentions. */
export function parseMarkup(marked: string): { text: string; mentions: GoldMention[] } {
  const mentions: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARKUP)) {
    text += marked.slice(last, match.index);
    const start = text.length;
    text += match[1]!;
    mentions.push({ start, end: text.length, label: match[2]! });
    last = match.index! + match[0].length;
  }
  text += marked.slice(last);
  return { text, mentions };
}

/**
 * The predicted entity of each gold mention: the entity one of whose mentions has exactly that
 * span, or, with `byHead` (gold mentions that are whole noun phrases), one whose mention ends
 * the phrase, as an English noun phrase's head does ("JSA Research defence analyst Paul Nesbit").
 */
export function alignMentions(gold: readonly GoldMention[], entities: readonly Entity[], text?: string): Array<string | undefined> {
  const predicted = entities.flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, entity: entity.id })));
  return gold.map((mention) => {
    const exact = predicted.find((candidate) => candidate.start === mention.start && candidate.end === mention.end);
    if (exact || text === undefined) return exact?.entity;
    const phrase = text.slice(mention.start, mention.end);
    const headEnd = mention.start + phrase.replace(/[\s()]+$/u, '').length;
    return predicted.find((candidate) => mention.start <= candidate.start && candidate.end === headEnd)?.entity;
  });
}

export interface LinkCounts {
  goldLinks: number;
  predictedLinks: number;
  correctLinks: number;
  mentions: number;
  found: number;
}

export function emptyCounts(): LinkCounts {
  return { goldLinks: 0, predictedLinks: 0, correctLinks: 0, mentions: 0, found: 0 };
}

/**
 * Pairwise link counts over the gold mentions of one document: a gold link joins two mentions
 * with one label; a predicted link joins two gold mentions whose predicted entities are the same.
 */
export function countLinks(gold: readonly GoldMention[], aligned: ReadonlyArray<string | undefined>, counts: LinkCounts): void {
  counts.mentions += gold.length;
  counts.found += aligned.filter((entity) => entity !== undefined).length;
  for (let i = 0; i < gold.length; i += 1) {
    for (let j = i + 1; j < gold.length; j += 1) {
      const goldLinked = gold[i]!.label === gold[j]!.label;
      const predictedLinked = aligned[i] !== undefined && aligned[i] === aligned[j];
      if (goldLinked) counts.goldLinks += 1;
      if (predictedLinked) counts.predictedLinks += 1;
      if (goldLinked && predictedLinked) counts.correctLinks += 1;
    }
  }
}

export function linkScores(counts: LinkCounts): PrecisionRecall {
  return precisionRecall(counts.correctLinks, counts.predictedLinks, counts.goldLinks);
}

/** One article's entities with the gold label most of their aligned mentions carry. */
export interface LabelledArticle {
  readonly article: string;
  readonly entities: readonly Entity[];
  readonly labelOf: ReadonlyMap<string, string>;
}

export function labelEntities(gold: readonly GoldMention[], aligned: ReadonlyArray<string | undefined>): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  gold.forEach((mention, index) => {
    const entity = aligned[index];
    if (!entity) return;
    const forEntity = votes.get(entity) ?? new Map<string, number>();
    forEntity.set(mention.label, (forEntity.get(mention.label) ?? 0) + 1);
    votes.set(entity, forEntity);
  });
  return new Map([...votes].map(([entity, labels]) => [entity, [...labels].sort((a, b) => b[1] - a[1])[0]![0]]));
}

/**
 * Cross-article merges: every pair of labelled entities from different articles is a gold merge
 * when they carry one label, a predicted merge when the identity resolver puts them in one cluster.
 */
export function scoreCrossArticle(articles: readonly LabelledArticle[]): PrecisionRecall {
  const occurrences: Array<IdentityOccurrence & { label: string }> = [];
  for (const article of articles) {
    for (const entity of article.entities) {
      const label = article.labelOf.get(entity.id);
      if (!label) continue;
      occurrences.push({
        article: article.article,
        entity: entity.id,
        name: entity.name,
        type: entity.type as EntityType,
        ...(entity.country ? { country: entity.country } : {}),
        aliases: entity.aliases,
        mentionCount: entity.mentions.length,
        label,
      });
    }
  }
  const clusterOf = clusterOccurrences(occurrences);
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (let i = 0; i < occurrences.length; i += 1) {
    for (let j = i + 1; j < occurrences.length; j += 1) {
      const a = occurrences[i]!;
      const b = occurrences[j]!;
      if (a.article === b.article) continue;
      const goldSame = a.label === b.label;
      const predictedSame = clusterOf.get(`${a.article}\u0000${a.entity}`) === clusterOf.get(`${b.article}\u0000${b.entity}`);
      if (goldSame) gold += 1;
      if (predictedSame) predicted += 1;
      if (goldSame && predictedSame) correct += 1;
    }
  }
  return precisionRecall(correct, predicted, gold);
}
