import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from '../data-root.ts';

export interface LabelledSentence {
  readonly text: string;
  readonly label: number;
  /** "dev" (rules were developed on it) or "held-out" (never read while writing rules). */
  readonly part: 'dev' | 'held-out';
}

/**
 * One third of the rows, chosen by a hash of the sentence (the first 32 bits of its SHA-1, modulo 3),
 * is held out: rules were written while reading only the other two thirds. The split does not move
 * when rows are added or reordered.
 */
export function partOf(text: string): 'dev' | 'held-out' {
  const prefix = Number.parseInt(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8), 16);
  return prefix % 3 === 0 ? 'held-out' : 'dev';
}

/** conflibert-cameo/cameo_class_train.tsv: `sentence<TAB>label` with Windows line ends, no header. */
export function readConflibertClasses(file = dataPath('events', 'conflibert-cameo', 'cameo_class_train.tsv')): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const tab = line.lastIndexOf('\t');
      if (tab < 0) throw new Error(`${file}: a line has no tab between sentence and label: ${line.slice(0, 60)}`);
      const text = line.slice(0, tab);
      const label = Number(line.slice(tab + 1).trim());
      if (!Number.isInteger(label) || label < 0 || label > 4) throw new Error(`${file}: label "${line.slice(tab + 1)}" is not 0-4.`);
      return { text, label, part: partOf(text) };
    });
}
