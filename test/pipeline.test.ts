import { describe, expect, it } from 'vitest';
import { STAGES, extract } from '../src/pipeline.ts';
import { checkStageOrder, PipelineOrderError } from '../src/stage.ts';

describe('pipeline', () => {
  it('runs the stages in the documented order', () => {
    expect(STAGES.map((stage) => stage.name)).toEqual(['normalize', 'sentences', 'tags', 'entities', 'coreference', 'times', 'quotes', 'events', 'claims']);
  });

  it('refuses an order in which a stage reads a layer no earlier stage wrote', () => {
    const reordered = [STAGES[0]!, STAGES[6]!, ...STAGES.slice(1, 6)];
    expect(() => checkStageOrder(reordered)).toThrow(PipelineOrderError);
  });

  it('turns an empty article into a document with an EMPTY_TEXT issue, not an exception', () => {
    const doc = extract({ text: '  \n', article: { id: 'empty' } });
    expect(doc.issues.map((issue) => issue.code)).toContain('EMPTY_TEXT');
    expect(doc.quotes).toEqual([]);
  });

  it('leaves relative times unresolved, with an issue, when no publication date is known', () => {
    const doc = extract({ text: 'The envoy arrived on Thursday.', article: { id: 'undated' } });
    expect(doc.times[0]).toMatchObject({ resolved: false, value: null });
    expect(doc.issues.map((issue) => issue.code)).toContain('NO_PUBLICATION_DATE');
  });
});
