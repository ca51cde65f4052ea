import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Entity } from '../../src/doc/schema/entity.ts';
import { extract } from '../../src/pipeline.ts';
import { alignMentions, countLinks, emptyCounts, labelEntities, linkScores, parseMarkup, scoreCrossArticle, type GoldMention, type LabelledArticle, type LinkCounts } from '../coref-scoring.ts';
import { dataPath, hasData, repositoryPath } from '../data-root.ts';
import { precisionRecall } from '../span-scores.ts';
import type { EvalRow, EvalTask } from '../task.ts';

const FixtureSchema = z.object({
  articles: z.array(z.object({ id: z.string(), published: z.string().optional(), text: z.string() })),
});

function analyse(id: string, text: string, published?: string): readonly Entity[] {
  return extract({ text, article: { id, ...(published ? { published } : {}) } }).entities;
}

/** The team's invented articles (eval/fixtures/coref/*.json): within-article links and cross-article merges. */
export function scoreFixtures(): { within: LinkCounts; cross: ReturnType<typeof scoreCrossArticle>; nameWithin: LinkCounts } {
  const folder = repositoryPath('eval', 'fixtures', 'coref');
  const within = emptyCounts();
  const nameWithin = emptyCounts();
  const labelled: LabelledArticle[] = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    const fixture = FixtureSchema.parse(JSON.parse(readFileSync(`${folder}/${file}`, 'utf8')));
    for (const article of fixture.articles) {
      const { text, mentions } = parseMarkup(article.text);
      const entities = analyse(article.id, text, article.published);
      const aligned = alignMentions(mentions, entities);
      countLinks(mentions, aligned, within);
      // Links between names only (no pronouns or descriptions): what the name rules alone do.
      const names = mentions.map((mention, index) => ({ mention, index })).filter(({ mention }) => /^\p{Lu}/u.test(text.slice(mention.start, mention.end)) && !/^(?:The|the|She|He|It|Its|His|Her)\b/.test(text.slice(mention.start, mention.end)));
      countLinks(names.map(({ mention }) => mention), names.map(({ index }) => aligned[index]), nameWithin);
      labelled.push({ article: `${file}/${article.id}`, entities, labelOf: labelEntities(mentions, aligned) });
    }
  }
  return { within, nameWithin, cross: scoreCrossArticle(labelled) };
}

const MeantimeDocumentSchema = z.object({
  doc_id: z.string(),
  dct: z.string().nullable().optional(),
  text: z.string(),
  entity_mentions: z.array(z.object({ m_id: z.string(), start: z.number(), end: z.number(), sentence: z.number(), syntactic_type: z.string().nullable() })),
  entities: z.array(z.object({ m_id: z.string(), type: z.string(), mentions: z.array(z.string()) })),
});

/**
 * MEANTIME (Wikinews, business news) in-document chains of people, organisations and places,
 * in the exhaustively annotated first sentences. Gold mentions are whole noun phrases; a
 * predicted mention that ends one (its head) stands for it.
 */
export function scoreMeantime(): LinkCounts {
  const counts = emptyCounts();
  const lines = readFileSync(dataPath('coref', 'meantime-en', 'meantime-intra-doc.jsonl'), 'utf8').split('\n').filter((line) => line.trim().length > 0);
  for (const line of lines) {
    const document = MeantimeDocumentSchema.parse(JSON.parse(line));
    const mentionById = new Map(document.entity_mentions.map((mention) => [mention.m_id, mention]));
    const gold: GoldMention[] = [];
    for (const entity of document.entities) {
      if (!['PER', 'ORG', 'LOC'].includes(entity.type)) continue;
      for (const id of entity.mentions) {
        const mention = mentionById.get(id);
        if (mention && mention.sentence <= 5) gold.push({ start: mention.start, end: mention.end, label: entity.m_id });
      }
    }
    // Nested gold mentions: a predicted mention stands for the smallest gold mention holding it.
    gold.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    const published = document.dct && /^\d{4}-\d{2}-\d{2}$/.test(document.dct) ? document.dct : undefined;
    const entities = analyse(document.doc_id, document.text, published);
    countLinks(gold, alignMentions(gold, entities, document.text), counts);
  }
  return counts;
}

function rows(dataset: string, counts: LinkCounts, prefix = ''): EvalRow[] {
  const scores = linkScores(counts);
  return [
    { task: 'coref', dataset, metric: `${prefix}link precision`, score: scores.precision, support: counts.predictedLinks },
    { task: 'coref', dataset, metric: `${prefix}link recall`, score: scores.recall, support: counts.goldLinks },
    { task: 'coref', dataset, metric: `${prefix}link F1`, score: scores.f1, support: counts.goldLinks },
    ...(prefix === '' ? [{ task: 'coref', dataset, metric: 'mentions found', score: precisionRecall(counts.found, counts.found, counts.mentions).recall, support: counts.mentions }] : []),
  ];
}

export const task: EvalTask = {
  name: 'coref',
  requires: 'coref/meantime-en/meantime-intra-doc.jsonl',
  describe: 'Coreference: pairwise link precision/recall within articles (team fixtures, MEANTIME) and cross-article merge precision/recall (team fixtures).',
  run: async (): Promise<EvalRow[]> => {
    const fixtures = scoreFixtures();
    const result: EvalRow[] = [
      ...rows('eval/fixtures/coref (team, within article)', fixtures.within),
      ...rows('eval/fixtures/coref (team, within article)', fixtures.nameWithin, 'name-to-name '),
      { task: 'coref', dataset: 'eval/fixtures/coref (team, across articles)', metric: 'merge precision', score: fixtures.cross.precision, support: fixtures.cross.predicted },
      { task: 'coref', dataset: 'eval/fixtures/coref (team, across articles)', metric: 'merge recall', score: fixtures.cross.recall, support: fixtures.cross.gold },
    ];
    if (hasData('coref', 'meantime-en', 'meantime-intra-doc.jsonl')) result.push(...rows('coref/meantime-en dev (PER/ORG/LOC chains, sentences 0-5)', scoreMeantime()));
    return result;
  },
};
