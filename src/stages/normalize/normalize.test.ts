import { describe, expect, it } from 'vitest';
import { createDoc } from '../../doc/doc.ts';
import { normalizeForAnalysis, normalizeStage } from './normalize.ts';

describe('normalize', () => {
  it('keeps the length of the text so offsets are shared with the source', () => {
    const text = 'Moscow\u00A0talks\r\nended \u2014 on\u2009Thursday\r';
    const normalized = normalizeForAnalysis(text);
    expect(normalized).toHaveLength(text.length);
    expect(normalized).toBe('Moscow talks \nended — on Thursday\n');
  });

  it('is idempotent', () => {
    const text = 'a\u00A0b\r\nc\u2010d\u2212e';
    expect(normalizeForAnalysis(normalizeForAnalysis(text))).toBe(normalizeForAnalysis(text));
  });

  it('records an empty article as an issue instead of throwing', () => {
    const doc = normalizeStage.run(createDoc('   \n ', { id: 'empty' }));
    expect(doc.issues.map((issue) => issue.code)).toEqual(['EMPTY_TEXT']);
  });

  it('flags control characters and replacement characters that betray binary or mis-decoded input', () => {
    const doc = normalizeStage.run(createDoc('abc\u0001def \uFFFD', { id: 'bad' }));
    expect(doc.issues.map((issue) => issue.code)).toEqual(['CONTROL_CHARACTERS', 'REPLACEMENT_CHARACTERS']);
    expect(doc.issues[0]?.start).toBe(3);
  });
});
