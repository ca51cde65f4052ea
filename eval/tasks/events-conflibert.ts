import { extract } from '../../src/pipeline.ts';
import { mainEvent } from '../../src/stages/events/main-event.ts';
import { readConflibertClasses, type LabelledSentence } from '../events/conflibert.ts';
import { pentaClassOf, scoreClasses } from '../events/penta-class.ts';
import type { EvalRow, EvalTask } from '../task.ts';

const DATASET = 'events/conflibert-cameo train';

/** Our coded root for a sentence, as its five-way class; a sentence with no event is a statement (class 0), CAMEO's residual. */
export function predictClass(text: string): number {
  const doc = extract({ text, article: { id: 'sentence' } });
  const event = mainEvent(doc.events);
  return event ? pentaClassOf(event.cameo) : 0;
}

function rowsFor(name: string, sentences: readonly LabelledSentence[]): EvalRow[] {
  const predicted = sentences.map((sentence) => predictClass(sentence.text));
  const scores = scoreClasses(sentences.map((sentence) => sentence.label), predicted, [0, 1, 2, 3, 4]);
  return [
    { task: 'events-conflibert', dataset: `${DATASET} (${name})`, metric: 'five-way accuracy', score: scores.accuracy, support: sentences.length },
    { task: 'events-conflibert', dataset: `${DATASET} (${name})`, metric: 'five-way macro-F1', score: scores.macroF1, support: sentences.length },
  ];
}

export const task: EvalTask = {
  name: 'events-conflibert',
  requires: 'events/conflibert-cameo/cameo_class_train.tsv',
  describe: 'CAMEO five-way class of the coded main event per sentence; rules were developed on the dev part only.',
  run: async (): Promise<EvalRow[]> => {
    const sentences = readConflibertClasses();
    return [
      ...rowsFor('dev part', sentences.filter((sentence) => sentence.part === 'dev')),
      ...rowsFor('held-out part', sentences.filter((sentence) => sentence.part === 'held-out')),
      ...rowsFor('all', sentences),
    ];
  },
};
