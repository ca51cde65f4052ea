import { describe, expect, it } from 'vitest';
import { toDocumentOutput } from '../src/doc/doc.ts';
import { STAGES, extract, extractMany } from '../src/pipeline.ts';
import type { Stage } from '../src/stage.ts';
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

  describe('extractMany, stage by stage over several texts', () => {
    const inputs = [
      { text: 'Minister Ilse Varga said on Monday that the port of Dunmore would reopen. "We are ready," she told reporters.', article: { id: 'one', published: '2031-03-05' } },
      { text: '', article: { id: 'blank' } },
      { text: 'At least 40 families left Tarsk after the flood, the mayor said.', article: { id: 'two', published: '2031-03-05' } },
    ];

    it('gives each text the same document as extract does alone', () => {
      const outcomes = extractMany(inputs);
      expect(outcomes.map((outcome) => outcome.doc && toDocumentOutput(outcome.doc))).toEqual(inputs.map((input) => toDocumentOutput(extract(input))));
    });

    it('reports a stage that throws on one text against that text only, and finishes the others', () => {
      const failing: Stage = { name: 'failing', requires: [], assigns: [], run: (doc) => { if (doc.article.id === 'one') throw new Error('broken rule'); return doc; } };
      const stages = [...STAGES.slice(0, 3), failing, ...STAGES.slice(3)];
      const outcomes = extractMany(inputs, stages);
      expect(outcomes[0]!.error).toBeInstanceOf(Error);
      expect(outcomes[0]!.doc).toBeUndefined();
      expect(toDocumentOutput(outcomes[2]!.doc!)).toEqual(toDocumentOutput(extract(inputs[2]!)));
      expect(outcomes[1]!.doc!.issues.map((issue) => issue.code)).toContain('EMPTY_TEXT');
    });
  });
});
