import { tagSentence } from '../../src/stages/tags/pos-tagger.ts';
import { readConll } from '../conll.ts';
import { dataPath } from '../data-root.ts';
import type { EvalRow, EvalTask } from '../task.ts';

export const task: EvalTask = {
  name: 'pos',
  requires: 'ner/conllpp/dev.txt',
  describe: 'Part-of-speech tagging: token accuracy on the POS column of CoNLL++ dev (Penn Treebank tags).',
  run: async (): Promise<EvalRow[]> => {
    let correct = 0;
    let total = 0;
    for (const document of readConll(dataPath('ner', 'conllpp', 'dev.txt'))) {
      for (const sentence of document.sentences) {
        const tags = tagSentence(sentence.words);
        tags.forEach((tag, index) => {
          if (tag === sentence.posTags[index]) correct += 1;
          total += 1;
        });
      }
    }
    return [{ task: 'pos', dataset: 'ner/conllpp/dev (POS column)', metric: 'token accuracy', score: correct / total, support: total }];
  },
};
