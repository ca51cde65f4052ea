import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../doc/doc.ts';
import type { TimeExpression } from '../../doc/schema/time.ts';
import { normalizeStage } from '../normalize/normalize.ts';
import { sentencesStage } from '../sentences/index.ts';
import { timesStage } from './index.ts';

/** A Friday: "on Thursday" is the day before. */
const PUBLISHED = '2023-10-27';

function docWithTimes(text: string, published: string | null = PUBLISHED): Doc {
  let doc = createDoc(text, { id: 'test', ...(published ? { published } : {}) });
  for (const stage of [normalizeStage, sentencesStage, timesStage]) doc = stage.run(doc);
  return doc;
}

function timeAt(text: string, phrase: string, published?: string): TimeExpression {
  const doc = docWithTimes(text, published ?? PUBLISHED);
  const time = doc.times.find((candidate) => doc.text.slice(candidate.start, candidate.end) === phrase);
  if (!time) throw new Error(`no time "${phrase}" in ${JSON.stringify(text)}; found ${JSON.stringify(doc.times.map((found) => doc.text.slice(found.start, found.end)))}`);
  return time;
}

function timeTexts(text: string): string[] {
  const doc = docWithTimes(text);
  return doc.times.map((time) => doc.text.slice(time.start, time.end));
}

describe('weekdays against the publication date', () => {
  it('puts "on Thursday" on the Thursday before a Friday article', () => {
    expect(timeAt('Talks began on Thursday.', 'on Thursday')).toMatchObject({ value: '2023-10-26', kind: 'date', relative: true, resolved: true });
  });

  it('puts the article’s own weekday on the publication day', () => {
    expect(timeAt('The minister said on Friday that talks had ended.', 'on Friday').value).toBe('2023-10-27');
  });

  it('puts a weekday ahead when the clause is future ("will meet on Thursday")', () => {
    expect(timeAt('The ministers will meet on Thursday.', 'on Thursday').value).toBe('2023-11-02');
  });

  it('does not let a later "will" move the day of saying ("said Thursday it will appeal")', () => {
    expect(timeAt('The union said Thursday it will appeal.', 'Thursday').value).toBe('2023-10-26');
  });

  it('reads "last" and "next" strictly', () => {
    expect(timeAt('They met last Friday.', 'last Friday').value).toBe('2023-10-20');
    expect(timeAt('They meet next Monday.', 'next Monday').value).toBe('2023-10-30');
  });
});

describe('dates, months, periods and durations', () => {
  it('reads a month and day without a year as the occurrence nearest the publication date', () => {
    expect(timeAt('The auction was announced on October 26.', 'October 26').value).toBe('2023-10-26');
    expect(timeAt('The vote is set for Nov. 3.', 'Nov. 3').value).toBe('2023-11-03');
  });

  it('reads "last week" as an ISO week and its days', () => {
    expect(timeAt('Fighting resumed last week.', 'last week')).toMatchObject({ timex: '2023-W42', value: '2023-10-16/2023-10-22', kind: 'period' });
  });

  it('reads months, years, decades, quarters and seasons', () => {
    expect(timeAt('Prices rose in March.', 'March')).toMatchObject({ value: '2023-03', timex: '2023-03' });
    expect(timeAt('The law was passed in 1998.', '1998')).toMatchObject({ value: '1998', relative: false });
    expect(timeAt('Exports collapsed in the 1990s.', 'the 1990s')).toMatchObject({ timex: '199', value: '1990-01-01/1999-12-31' });
    expect(timeAt('Profit fell in the third quarter.', 'the third quarter')).toMatchObject({ timex: '2023-Q3' });
    // In October, "last summer" is the summer just gone.
    expect(timeAt('The dam flooded last summer.', 'last summer')).toMatchObject({ timex: '2023-SU' });
  });

  it('reads durations as TIMEX3 periods, not as dates', () => {
    expect(timeAt('The siege lasted three days.', 'three days')).toMatchObject({ kind: 'duration', value: 'P3D', timex: 'P3D' });
    expect(timeAt('He was jailed for six years.', 'six years')).toMatchObject({ kind: 'duration', timex: 'P6Y' });
    expect(timeAt('The talks lasted 40 minutes.', '40 minutes').timex).toBe('PT40M');
  });

  it('reads "two days ago" against the publication date', () => {
    expect(timeAt('The convoy left two days ago.', 'two days ago').value).toBe('2023-10-25');
  });

  it('places a clock time on the publication day', () => {
    expect(timeAt('The curfew starts at 5 p.m.', '5 p.m')).toMatchObject({ kind: 'datetime', value: '2023-10-27T17:00' });
  });
});

describe('times that cannot be placed', () => {
  it('tags "since the war began" as unresolved, anchored to an event', () => {
    expect(timeAt('Since the war began, 9,000 people have returned.', 'Since the war began')).toMatchObject({ value: null, resolved: false, kind: 'unresolved', mod: 'SINCE' });
  });

  it('tags "in the coming days" as a vague future reference', () => {
    expect(timeAt('A deal is expected in the coming days.', 'the coming days')).toMatchObject({ value: null, timex: 'FUTURE_REF', resolved: false });
  });

  it('leaves relative times unresolved without a publication date, and says so', () => {
    const doc = docWithTimes('Talks began on Thursday and ended on 26 October 2022.', null);
    const thursday = doc.times.find((time) => doc.text.slice(time.start, time.end) === 'on Thursday');
    expect(thursday).toMatchObject({ value: null, resolved: false, relative: true, timex: 'XXXX-WXX-4' });
    expect(doc.times.find((time) => time.value === '2022-10-26')).toBeDefined();
    expect(doc.issues.map((issue) => issue.code)).toContain('NO_PUBLICATION_DATE');
  });
});

describe('not times', () => {
  it('drops chrono’s false hits: a verse reference, "9/11", a month in a name, "now that"', () => {
    expect(timeTexts('In the words of the book (Exodus 17:14) the fight goes on.')).toEqual([]);
    expect(timeTexts('The attacks of 9/11 changed the region.')).toEqual([]);
    expect(timeTexts('Bidding closed at the October Single Stone Auction.')).toEqual([]);
    expect(timeTexts('Now that the port is open, trade will resume.')).toEqual([]);
  });

  it('does not read ages, fractions or the modal "may" as times', () => {
    expect(timeTexts('A 45-year-old man was held.')).toEqual([]);
    expect(timeTexts('Three quarters of the hospitals have no fuel.')).toEqual([]);
    expect(timeTexts('May the talks succeed.')).toEqual([]);
    expect(timeTexts('The march may go ahead.')).toEqual([]);
  });
});
