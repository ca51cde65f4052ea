import { describe, expect, it } from 'vitest';
import { STAGES, extract } from '../../pipeline.ts';
import { attributeQuotations } from './index.ts';
import { findStatementCandidates } from './reported-speech.ts';
import { statementFeatures } from './statement-features.ts';
import { scoreFeatures, weighStatement } from './statement-model.ts';

const beforeQuotes = STAGES.slice(0, STAGES.findIndex((stage) => stage.name === 'quotes'));

describe('statement model', () => {
  it('weighs every candidate statement exactly as scoring its written-out features does', () => {
    const text = [
      'Mayor Ilse Varga said on Tuesday that the ferry would run again in May, adding that the pier was safe.',
      'According to the harbour office, the berths will be dredged before winter, officials said.',
      'The union disputed Olmo’s claim that the levy was fair. Critics pointed out the cost; Quill denied it.',
      'Asked whether the port would close, Varga said nothing. The sale is expected to close in May.',
      'It was stressed that both towns have close positions, the Dunmore Herald reported.',
      '“We will not wait,” said the spokeswoman, who argued the plan “will force us out of the harbour.”',
    ].join('\n\n');
    const doc = extract({ text, article: { id: 'statement-model-test', published: '2024-05-02' } }, beforeQuotes);
    const { context } = attributeQuotations(doc);
    const pairs = findStatementCandidates(context, (weighed, cue, statement) => {
      expect(weighStatement(weighed, cue, statement)).toBe(scoreFeatures(statementFeatures(weighed, cue, statement)));
      return 1;
    });
    expect(pairs.length).toBeGreaterThan(8);
  });
});
