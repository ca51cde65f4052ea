import { describe, expect, it } from 'vitest';
import type { DocumentOutput, Quote } from '../../../src/doc/schema/index.ts';
import { authorVoiceSentences, documentMarks, speakerColours } from './layers.ts';

const TEXT = 'Valdoria closed the border. "We had no choice," Marsh said. Trade fell by a third.';

function quote(id: string, start: number, end: number, speaker: string | null): Quote {
  return { id, start, end, kind: 'direct', cue: null, speaker: speaker === null ? null : { entity: speaker, name: speaker } };
}

function doc(quotes: Quote[]): DocumentOutput {
  return {
    schema: 'newsgraph/1',
    pipeline: 'test',
    article: { id: 'a' },
    text: TEXT,
    sentences: [
      { start: 0, end: 27, paragraph: 0 },
      { start: 28, end: 59, paragraph: 0 },
      { start: 60, end: 82, paragraph: 0 },
    ],
    entities: [],
    times: [],
    quotes,
    quotedTerms: [],
    events: [],
    claims: [],
    issues: [],
  };
}

describe('authorVoiceSentences', () => {
  it('keeps the sentences that hold no quote: the outlet speaking for itself', () => {
    expect(authorVoiceSentences(doc([quote('q1', 29, 45, 'Marsh')]))).toEqual([
      { start: 0, end: 27 },
      { start: 60, end: 82 },
    ]);
  });
});

describe('speakerColours', () => {
  it('numbers speakers by first appearance, so one speaker keeps one colour', () => {
    const colours = speakerColours([quote('q2', 60, 70, 'Reyk'), quote('q1', 29, 45, 'Marsh'), quote('q3', 71, 80, 'Marsh')]);
    expect([...colours.entries()]).toEqual([
      ['Marsh', 0],
      ['Reyk', 1],
    ]);
  });
});

describe('documentMarks', () => {
  it('colours a quote by its speaker and hatches one without a speaker', () => {
    const marks = documentMarks(doc([quote('q1', 29, 45, 'Marsh'), quote('q2', 60, 70, null)]));
    expect(marks.find((mark) => mark.key === 'quote-0')?.classes).toContain('speaker-0');
    expect(marks.find((mark) => mark.key === 'quote-1')?.classes).toContain('speaker-none');
  });
});
