import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { normalizeStage } from '../normalize/normalize.ts';
import { sentencesStage } from '../sentences/index.ts';
import { timesStage } from './index.ts';
import { dateForSpan, timeForSpan } from './time-for-span.ts';

function docOf(text: string) {
  let doc = createDoc(text, { id: 'test', published: '2024-03-14' });
  for (const stage of [normalizeStage, sentencesStage, timesStage]) doc = stage.run(doc);
  return doc;
}

function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

describe('the time of a clause', () => {
  it('is the time expression of the clause a span sits in, the nearest when there are several', () => {
    const text = 'Rescuers found 40 survivors on Monday and 12 more on Tuesday.';
    const doc = docOf(text);
    expect(dateForSpan(doc, spanOf(text, '40'))?.value).toBe('2024-03-11');
    expect(dateForSpan(doc, spanOf(text, '12'))?.value).toBe('2024-03-12');
  });

  it('does not reach into the next clause ("…, as up to 50 were killed on Monday")', () => {
    const text = 'There may be fewer than 200 hostages, as up to 50 were killed on Monday.';
    const doc = docOf(text);
    expect(timeForSpan(doc, spanOf(text, 'fewer than 200'))).toBeUndefined();
    expect(timeForSpan(doc, spanOf(text, 'up to 50'))?.value).toBe('2024-03-11');
  });

  it('skips durations and unresolved times', () => {
    const text = 'The siege lasted three days and since the war began 40 people left.';
    expect(timeForSpan(docOf(text), spanOf(text, '40'))).toBeUndefined();
  });
});
