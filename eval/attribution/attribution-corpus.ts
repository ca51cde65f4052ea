import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../data-root.ts';
import { parseBratAttributions, type GoldAttribution } from './brat.ts';

/** One PolNeAR article with every annotator's attributions (some articles were annotated twice). */
export interface PolnearArticle {
  readonly name: string;
  readonly text: string;
  readonly annotations: readonly { readonly annotator: string; readonly attributions: readonly GoldAttribution[] }[];
}

export type PolnearSplit = 'train' | 'dev';

export function polnearFolder(split: PolnearSplit): string {
  return dataPath('quotes', 'polnear', split);
}

/** Reads a split: text/<name>.txt and attributions/<name>_<annotator>.ann. */
export function readPolnear(split: PolnearSplit): PolnearArticle[] {
  const folder = polnearFolder(split);
  const annotationsByName = new Map<string, { annotator: string; attributions: GoldAttribution[] }[]>();
  for (const file of readdirSync(join(folder, 'attributions')).filter((entry) => entry.endsWith('.ann')).sort()) {
    const match = /^(.*)_([^_]+)\.ann$/.exec(file);
    if (!match) continue;
    const [, name, annotator] = match;
    const list = annotationsByName.get(name!) ?? [];
    list.push({ annotator: annotator!, attributions: parseBratAttributions(readFileSync(join(folder, 'attributions', file), 'utf8')) });
    annotationsByName.set(name!, list);
  }
  return [...annotationsByName.entries()]
    .filter(([name]) => existsSync(join(folder, 'text', `${name}.txt`)))
    .map(([name, annotations]) => ({ name, text: readFileSync(join(folder, 'text', `${name}.txt`), 'utf8'), annotations }));
}
