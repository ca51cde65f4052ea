import { describe, expect, it } from 'vitest';
import { abbreviationKind, isSingleInitial } from './abbreviations.ts';

describe('abbreviationKind', () => {
  it('knows titles, abbreviations before numbers, places and others, with or without the period', () => {
    expect(abbreviationKind('Gen.')).toBe('title');
    expect(abbreviationKind('No')).toBe('beforeNumber');
    expect(abbreviationKind('Calif.')).toBe('place');
    expect(abbreviationKind('Inc.')).toBe('other');
  });

  it('matches capitalised entries in capitals too, but not lower-case words as capitalised ones', () => {
    expect(abbreviationKind('INC.')).toBe('other');
    expect(abbreviationKind('sat.')).toBeUndefined();
    expect(abbreviationKind('Sat.')).toBe('other');
  });

  it('leaves two-letter capitals such as "LA." and "MD." alone', () => {
    expect(abbreviationKind('LA.')).toBeUndefined();
    expect(abbreviationKind('MD.')).toBeUndefined();
  });
});

describe('isSingleInitial', () => {
  it('is one capital letter with or without its period', () => {
    expect(isSingleInitial('J.')).toBe(true);
    expect(isSingleInitial('É')).toBe(true);
    expect(isSingleInitial('Jo.')).toBe(false);
  });
});
