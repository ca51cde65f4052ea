import { describe, expect, it } from 'vitest';
import { dateFromUrl, findTextDate, normalizeDate } from './dates.ts';

describe('normalizeDate', () => {
  it('keeps the publisher time zone of an RSS date, so the calendar day stays the local one', () => {
    expect(normalizeDate('Fri, 27 Oct 2023 00:30:00 +0300')).toBe('2023-10-27T00:30:00+03:00');
    expect(normalizeDate('27 Oct 2023 14:05 GMT')).toBe('2023-10-27T14:05:00Z');
  });

  it('normalises ISO dates and date-times', () => {
    expect(normalizeDate('2023-10-27')).toBe('2023-10-27');
    expect(normalizeDate('2023-10-27T14:05:09.123+02:00')).toBe('2023-10-27T14:05:09+02:00');
    expect(normalizeDate('2023-10-27 14:05:09')).toBe('2023-10-27T14:05:09');
  });

  it('reads European and month-first dates as pages print them', () => {
    expect(normalizeDate('27.10.2023')).toBe('2023-10-27');
    expect(normalizeDate('October 27, 2023')).toBe('2023-10-27');
    expect(normalizeDate('2023/10/27')).toBe('2023-10-27');
  });

  it('reads an epoch number in seconds', () => {
    expect(normalizeDate('1698402600')).toBe('2023-10-27T10:30:00Z');
  });

  it('refuses impossible or implausible dates', () => {
    expect(normalizeDate('2023-02-30')).toBeUndefined();
    expect(normalizeDate('1899-01-01')).toBeUndefined();
    expect(normalizeDate('soon')).toBeUndefined();
  });
});

describe('findTextDate', () => {
  it('reads dates written out in the languages of news pages', () => {
    expect(findTextDate('Veröffentlicht am 18. Mai 2014 von Redaktion')).toBe('2014-05-18');
    expect(findTextDate('Publicado el 5 de marzo de 2019')).toBe('2019-03-05');
    expect(findTextDate('Mise en ligne 23 mai 2019')).toBe('2019-05-23');
    expect(findTextDate('Posted on October 27, 2023 by staff')).toBe('2023-10-27');
    expect(findTextDate('Pressemitteilung vom 20.01.2022')).toBe('2022-01-20');
  });

  it('takes the first date when several are printed', () => {
    expect(findTextDate('Updated 2 March 2024, first published 1 March 2024')).toBe('2024-03-02');
  });
});

describe('dateFromUrl', () => {
  it('reads the date in an article path, not an archive capture stamp', () => {
    expect(dateFromUrl('https://blog.example/2014/05/18/the-post/')).toBe('2014-05-18');
    expect(dateFromUrl('https://news.example/local/2020-02/19/c_112.htm')).toBe('2020-02-19');
    expect(dateFromUrl('https://web.archive.org/web/20131110121040/http://old.example/story')).toBeUndefined();
    expect(dateFromUrl('https://news.example/2019/43/story')).toBeUndefined();
  });
});
