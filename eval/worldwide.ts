import { readdirSync, readFileSync } from 'node:fs';
import { dataPath } from './data-root.ts';
import { spansFromTags } from './conll.ts';

/**
 * Stanford's Worldwide Newswire NER (non-Western local news), dev half of split.tsv only (the
 * test half is held out). Its classes are mapped to CoNLL's (PROVENANCE.md's suggestion): Person
 * PER, Organization ORG, Location and Facility LOC, NORP, Misc and Product MISC; dates and money
 * are not names. The dev half is cut in two by file order: "train" files may teach the
 * recogniser non-Western names, "eval" files measure it.
 */
const WORLDWIDE_TYPE: Readonly<Record<string, string | undefined>> = { Person: 'PER', Organization: 'ORG', Location: 'LOC', Facility: 'LOC', NORP: 'MISC', Misc: 'MISC', Product: 'MISC' };

export interface WorldwideSentence {
  readonly words: readonly string[];
  /** IOB2 tags over CoNLL's types. */
  readonly tags: readonly string[];
}

export interface WorldwideDocument {
  readonly file: string;
  readonly sentences: readonly WorldwideSentence[];
}

export function readWorldwide(part: 'train' | 'eval' | 'all'): WorldwideDocument[] {
  const split = readFileSync(dataPath('ner', 'worldwide-newswire-en', 'split.tsv'), 'utf8').split('\n').slice(1).map((line) => line.split('\t'));
  const devFiles = new Set(split.filter((columns) => columns[2] === 'dev').map((columns) => `${columns[0]}.tsv`));
  const folder = dataPath('ner', 'worldwide-newswire-en', 'processed_annotated');
  const files = readdirSync(folder).filter((file) => devFiles.has(file)).sort();
  return files
    .filter((_, index) => part === 'all' || (part === 'train') === (index % 2 === 0))
    .map((file) => {
      const sentences: WorldwideSentence[] = [];
      for (const block of readFileSync(`${folder}/${file}`, 'utf8').split(/\n\s*\n/)) {
        const rows = block.split('\n').filter((line) => line.trim().length > 0).map((line) => line.split('\t'));
        if (rows.length === 0 || /^https?:/.test(rows[0]![0]!)) continue;
        const tags = rows.map((row) => {
          const tag = row[1] ?? 'O';
          const mapped = tag === 'O' ? undefined : WORLDWIDE_TYPE[tag.slice(2)];
          return mapped ? `${tag.slice(0, 2)}${mapped}` : 'O';
        });
        // A few entities start with I- (label noise): spansFromTags reads them as starts.
        const spans = spansFromTags(tags);
        const iob2 = new Array<string>(tags.length).fill('O');
        for (const span of spans) for (let position = span.start; position < span.end; position += 1) iob2[position] = `${position === span.start ? 'B' : 'I'}-${span.type}`;
        sentences.push({ words: rows.map((row) => row[0]!), tags: iob2 });
      }
      return { file, sentences };
    });
}
