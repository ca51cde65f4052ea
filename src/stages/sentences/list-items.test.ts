import { describe, expect, it } from 'vitest';
import { findListItems } from './list-items.ts';
import { tokenize } from './tokenize.ts';

function itemStarts(text: string): string[] {
  const tokens = tokenize(text);
  const { starts } = findListItems(text, tokens, 0, tokens.length);
  return [...starts].map((index) => text.slice(tokens[index]!.start));
}

describe('findListItems', () => {
  it('finds items that continue a sequence opened at the paragraph start', () => {
    expect(itemStarts('1) Aid 2) Talks 3) Votes')).toEqual(['1) Aid 2) Talks 3) Votes', '2) Talks 3) Votes', '3) Votes']);
  });

  it('opens a sequence after a full stop only when a next item follows', () => {
    expect(itemStarts('Agreed. 1. Aid 2. Talks')).toHaveLength(2);
    expect(itemStarts('Agreed. 1. Aid was sent.')).toHaveLength(0);
  });

  it('needs the same style of marker to continue a sequence', () => {
    expect(itemStarts('1. Aid 2) Talks')).toEqual(['1. Aid 2) Talks']);
  });

  it('ignores numbers that are not followed by a space and more text', () => {
    expect(itemStarts('Version 2.1 is out')).toEqual([]);
  });

  it('marks the periods inside markers so that they are not read as full stops', () => {
    const text = 'a. Aid b. Talks';
    const tokens = tokenize(text);
    const { markerPeriods } = findListItems(text, tokens, 0, tokens.length);
    expect([...markerPeriods].map((index) => text.slice(tokens[index]!.start, tokens[index]!.end))).toEqual(['.', '.']);
  });
});
