import { describe, expect, it } from 'vitest';
import { posHistoryFeatures } from '../stages/tags/pos-features.ts';
import { posModel } from '../stages/tags/pos-tagger.ts';
import { HistoryScores } from './history-scores.ts';

describe('history scores', () => {
  it('adds the same weights as looking up the features of the two previous classes, sentence start included', () => {
    const model = posModel();
    const history = new HistoryScores(model, posHistoryFeatures);
    const classCount = model.classes.length;
    const buffer = new Int32Array(8);
    for (const [previous, secondPrevious] of [[-1, -1], [0, -1], [3, 7], [classCount - 1, classCount - 1]] as const) {
      const expected = new Int32Array(classCount);
      model.addScores(buffer, posHistoryFeatures(previous, secondPrevious, buffer, 0), expected);
      const fromTable = new Int32Array(classCount);
      history.add(previous, secondPrevious, fromTable);
      expect(fromTable).toEqual(expected);
      expect(fromTable.some((score) => score !== 0)).toBe(true);
    }
  });
});
