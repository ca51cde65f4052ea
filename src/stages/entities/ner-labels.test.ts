import { describe, expect, it } from 'vitest';
import { canFollow, labelOf, labelsFromSpans, NER_LABELS, spansFromLabels } from './ner-labels.ts';

describe('BILOU labels', () => {
  it('round-trips entity spans through labels', () => {
    const spans = [{ start: 0, end: 1, type: 'PER' as const }, { start: 2, end: 5, type: 'ORG' as const }];
    const labels = labelsFromSpans(spans, 6);
    expect(Array.from(labels, (label) => NER_LABELS[label])).toEqual(['U-PER', 'O', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(spansFromLabels(labels)).toEqual(spans);
  });

  it('lets an inside label follow only the beginning or inside of the same type', () => {
    expect(canFollow(-1, labelOf('I', 'PER'))).toBe(false);
    expect(canFollow(labelOf('B', 'PER'), labelOf('I', 'PER'))).toBe(true);
    expect(canFollow(labelOf('B', 'PER'), labelOf('L', 'ORG'))).toBe(false);
    expect(canFollow(labelOf('B', 'PER'), 0)).toBe(false);
    expect(canFollow(labelOf('L', 'PER'), labelOf('U', 'LOC'))).toBe(true);
  });
});
