import type { TokenKind } from '../../doc/doc.ts';
import type { Span } from '../../doc/span.ts';
import { abbreviationKind, isSingleInitial } from './abbreviations.ts';
import {
  CharacterClass,
  classAt,
  classOfCodePoint,
  codePointAt,
  codePointLength,
  isLetterAt,
  isWordContinuationClass,
  isWordStartClass,
} from './character-classes.ts';

// Module-local copies: the hot loop below must not pay for cross-module bindings on every character.
const SPACE = CharacterClass.Space;
const LETTER = CharacterClass.Letter;
const DIGIT = CharacterClass.Digit;
const classOf = classOfCodePoint;
const classAtIndex = classAt;
const lengthOf = codePointLength;
const startsWord = isWordStartClass;
const continuesWord = isWordContinuationClass;

export interface RawToken extends Span {
  readonly kind: TokenKind;
}

/**
 * A token as the scanner makes it. The sentence stage fills in `sentence` before the token is
 * shared, so that each token is allocated once (a million tokens on a few megabytes of news).
 */
export interface ScannedToken extends RawToken {
  sentence: number;
}

function makeToken(start: number, end: number, kind: TokenKind): ScannedToken {
  return { start, end, kind, sentence: 0 };
}

/**
 * Splits text into Penn-Treebank-like tokens with exact offsets, in one left-to-right pass:
 *   - web addresses and e-mail addresses stay whole;
 *   - initials ("U.S.", "a.m.", "Ph.D.") and listed abbreviations ("Gen.", "Inc.") keep their
 *     period, and so does a single capital ("J."), so the sentence splitter can tell them from a full stop;
 *   - numbers keep their separators ("9,000", "1.2", "17:14", ".50", "1990s", "2nd");
 *   - "Russia's" is "Russia" + "'s" and "don't" is "do" + "n't", as the Penn Treebank (and so the
 *     taggers trained on it) splits them; "O'Brien", "two-state", "AT&T" and "Rapaport.com" stay whole;
 *   - quotation marks, brackets and other punctuation are tokens of their own.
 * Whitespace separates tokens and belongs to none; every other character belongs to exactly one.
 */
export function tokenize(text: string): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  const scanner = new Scanner(text);
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 0x20 || code === 0x0a) {
      index += 1;
      continue;
    }
    const codePoint = code >= 0xd800 && code <= 0xdbff ? text.codePointAt(index)! : code;
    if (classOf(codePoint) === SPACE) {
      index += 1;
      continue;
    }
    const token = scanner.tokenAt(index, codePoint);
    tokens.push(token);
    index = token.end;
  }
  return tokens;
}

const PERIOD = 0x2e;
const APOSTROPHES = '\'’';
const URL_STOP = '<>"“”«»';
const URL_TRAILING = '<>"“”«».,;:!?)]\'’';
const QUOTES = '"“”„‟‘’‚‛\'«»‹›';
const PUNCTUATION = '.,;:!?()[]{}/\\';
/** Full-width and ideographic sentence marks, which need no space after them. */
const WIDE_PUNCTUATION = '。．！？｡';
const DOMAIN_ENDINGS = ['com', 'org', 'net', 'gov', 'edu', 'info', 'io', 'ru', 'uk', 'co'];
const ORDINAL_ENDINGS = ['st', 'nd', 'rd', 'th', 's'];
/** Clitics split off a word ("'s", "'re"), in both cases. */
const CLITICS = ['s', 'S', 're', 'RE', 've', 'VE', 'll', 'LL', 'd', 'D', 'm', 'M'];
/** After these an apostrophe ends the word rather than joining it ("Russia's", but "O'Brien"). */
const CLITIC_STARTS = ['s', 'S', 're', 've', 'll', 'd', 'm', 't'];

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

class Scanner {
  /** Position of the next "@" at or after the scan position, so e-mail addresses cost nothing in text without one. */
  private nextAtSign = -1;

  constructor(private readonly text: string) {
    this.nextAtSign = text.indexOf('@');
  }

  tokenAt(start: number, codePoint: number): ScannedToken {
    return (
      this.webAddressAt(start, codePoint)
      ?? this.emailAt(start)
      ?? this.initialsAt(start)
      ?? this.numberAt(start, codePoint)
      ?? this.wordAt(start, codePoint)
      ?? this.cliticAt(start)
      ?? this.punctuationAt(start, codePoint)
    );
  }

  private startsWith(index: number, prefix: string): boolean {
    return this.text.startsWith(prefix, index);
  }

  private webAddressAt(start: number, codePoint: number): ScannedToken | undefined {
    if (codePoint !== 0x68 && codePoint !== 0x77) return undefined; // "h", "w"
    const text = this.text;
    let index: number;
    if (this.startsWith(start, 'https://')) index = start + 8;
    else if (this.startsWith(start, 'http://')) index = start + 7;
    else if (this.startsWith(start, 'www.')) index = start + 4;
    else return undefined;
    // The address runs to the next space or bracket-like mark, then gives back trailing punctuation.
    let lastKept = -1;
    while (index < text.length) {
      const next = text.codePointAt(index)!;
      if (classOf(next) === SPACE) break;
      const character = String.fromCodePoint(next);
      if (URL_STOP.includes(character)) break;
      const length = lengthOf(next);
      if (!URL_TRAILING.includes(character)) lastKept = index + length;
      index += length;
    }
    return lastKept === -1 ? undefined : makeToken(start, lastKept, 'url');
  }

  private emailAt(start: number): ScannedToken | undefined {
    if (this.nextAtSign !== -1 && this.nextAtSign < start) this.nextAtSign = this.text.indexOf('@', start);
    if (this.nextAtSign === -1) return undefined;
    const text = this.text;
    let index = start;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (!isAsciiWordCharacter(code) && code !== 0x2e && code !== 0x2b && code !== 0x2d) break; // . + -
      index += 1;
    }
    if (index === start || index !== this.nextAtSign) return undefined;
    // The domain: two or more labels of word characters and hyphens, joined by dots.
    let labels = 0;
    let end = -1;
    let cursor = index + 1;
    for (;;) {
      const labelStart = cursor;
      while (cursor < text.length && (isAsciiWordCharacter(text.charCodeAt(cursor)) || text.charCodeAt(cursor) === 0x2d)) cursor += 1;
      if (cursor === labelStart) break;
      labels += 1;
      end = cursor;
      if (text.charCodeAt(cursor) !== 0x2e) break;
      cursor += 1;
    }
    return labels >= 2 ? makeToken(start, end, 'url') : undefined;
  }

  /** "U.S.", "a.m.", "e.g.": letters each followed by a period; "Ph.D.", "B.Sc.": capitalised pairs too. */
  private initialsAt(start: number): ScannedToken | undefined {
    const text = this.text;
    // Most words have no period within their first three characters: reject them at once.
    if (text.charCodeAt(start + 1) !== PERIOD && text.charCodeAt(start + 2) !== PERIOD && text.charCodeAt(start + 3) !== PERIOD) return undefined;
    let index = start;
    let groups = 0;
    // Where the leading run of single letters with periods ends ("e.g." in "e.g.Ph."), to fall back on.
    let singleGroups = 0;
    let singleEnd = start;
    for (;;) {
      const letter = codePointAt(text, index);
      if (letter === -1 || classOf(letter) !== LETTER) break;
      let after = index + lengthOf(letter);
      // Degree abbreviations pair a capital with one small letter: "Ph.D.", "M.Sc.".
      if (text.charCodeAt(after) !== PERIOD && isCapital(letter)) {
        const second = codePointAt(text, after);
        if (second !== -1 && isSmallLetter(second) && text.charCodeAt(after + lengthOf(second)) === PERIOD) after += lengthOf(second);
      }
      if (text.charCodeAt(after) !== PERIOD) break;
      groups += 1;
      if (singleGroups === groups - 1 && after === index + lengthOf(letter)) {
        singleGroups = groups;
        singleEnd = after + 1;
      }
      index = after + 1;
    }
    if (groups < 2) return undefined;
    // A pair such as "Ph." must be followed by another group to count: "in.On" is two words and a stop.
    if (isLetterSequenceWithPeriods(text.slice(start, index))) return makeToken(start, index, 'word');
    return singleGroups >= 2 ? makeToken(start, singleEnd, 'word') : undefined;
  }

  private numberAt(start: number, codePoint: number): ScannedToken | undefined {
    const text = this.text;
    let index = start;
    if (codePoint === 0x2e) {
      // ".50" or "$.50": a decimal written without its leading zero, when no word or number precedes it.
      if (!isDigit(text.charCodeAt(start + 1)) || !opensNumber(text, start - 1)) return undefined;
      index = start + 1;
    } else if (!isDigit(codePoint)) {
      return undefined;
    }
    // Candidate ends: after each run of digits joined by separators ("9,000", "1.2", "17:14", "1/2").
    const ends: number[] = [];
    while (isDigit(text.charCodeAt(index))) index += 1;
    ends.push(index);
    while ('.,:/'.includes(text[index] ?? ' ') && isDigit(text.charCodeAt(index + 1))) {
      index += 1;
      while (isDigit(text.charCodeAt(index))) index += 1;
      ends.push(index);
    }
    // The longest reading not glued to a following letter or digit ("5kg" is a word; "1,000m" is "1" "," "000m").
    for (let candidate = ends.length - 1; candidate >= 0; candidate -= 1) {
      const end = ends[candidate]!;
      for (const ending of ORDINAL_ENDINGS) {
        if (this.startsWith(end, ending) && !isLetterOrDigitAt(text, end + ending.length)) return makeToken(start, end + ending.length, 'number');
      }
      if (!isLetterOrDigitAt(text, end)) return makeToken(start, end, 'number');
    }
    return undefined;
  }

  /** "'s", "'re", "'ll"... split off the word before them. */
  private cliticAt(start: number): ScannedToken | undefined {
    const text = this.text;
    if (!APOSTROPHES.includes(text[start] ?? ' ')) return undefined;
    for (const clitic of CLITICS) {
      if (this.startsWith(start + 1, clitic) && !isLetterAt(text, start + 1 + clitic.length)) return makeToken(start, start + 1 + clitic.length, 'word');
    }
    return undefined;
  }

  /**
   * A word, or the "do" of "don't" (the letters before a negative clitic), or the clitic "n't" itself.
   * One scan finds both where the word's first run ends and where its leading letters end.
   */
  private wordAt(start: number, codePoint: number): ScannedToken | undefined {
    const text = this.text;
    if (!startsWord(classOf(codePoint))) return undefined;
    let end = start;
    let lettersEnd = -1;
    while (end < text.length) {
      const code = text.charCodeAt(end);
      // ASCII first: most news text never leaves it.
      if (code < 0x80) {
        if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
          end += 1;
          continue;
        }
        if ((code >= 0x30 && code <= 0x39) || code === 0x5f) {
          if (lettersEnd === -1) lettersEnd = end;
          end += 1;
          continue;
        }
        break;
      }
      const next = text.codePointAt(end)!;
      const nextClass = classOf(next);
      if (!startsWord(nextClass)) break;
      if (nextClass !== LETTER && lettersEnd === -1) lettersEnd = end;
      end += lengthOf(next);
    }
    if (lettersEnd === -1) lettersEnd = end;
    const n = lettersEnd - 1;
    if (text[n] === 'n' && APOSTROPHES.includes(text[lettersEnd] ?? ' ') && text[lettersEnd + 1] === 't' && !isLetterAt(text, lettersEnd + 2)) {
      return n > start ? makeToken(start, n, 'word') : makeToken(start, start + 3, 'word');
    }
    // Inner hyphens and ampersands, name apostrophes ("O'Brien") and web domains ("Rapaport.com") join a word.
    for (;;) {
      const joiner = text[end];
      let joined = false;
      if (joiner === '-' || joiner === '&') joined = true;
      else if (joiner !== undefined && APOSTROPHES.includes(joiner)) joined = !this.startsClitic(end + 1);
      else if (joiner === '.') joined = DOMAIN_ENDINGS.some((ending) => this.startsWith(end + 1, ending) && !isLetterAt(text, end + 1 + ending.length));
      if (!joined || !continuesWord(classAtIndex(text, end + 1))) break;
      end = this.runEnd(end + 1, continuesWord);
    }
    // "N°" (numéro) is one word, so that "N°. 12" reads as an abbreviation before a number.
    if (end === start + 1 && (text[start] === 'N' || text[start] === 'n') && text[end] === '°') end += 1;
    if (text.charCodeAt(end) === PERIOD && this.keepsPeriod(text.slice(start, end), end + 1)) end += 1;
    return makeToken(start, end, 'word');
  }

  private startsClitic(index: number): boolean {
    return CLITIC_STARTS.some((clitic) => this.startsWith(index, clitic) && !isLetterAt(this.text, index + clitic.length));
  }

  /** Whether the period after `word` belongs to it: a listed abbreviation or a single capital initial. */
  private keepsPeriod(word: string, afterPeriod: number): boolean {
    const kind = abbreviationKind(word);
    if (kind === 'beforeNumber') return this.numberFollows(afterPeriod);
    return kind !== undefined || isSingleInitial(word);
  }

  private numberFollows(index: number): boolean {
    let cursor = index;
    while (this.text[cursor] === ' ') cursor += 1;
    return isDigit(this.text.charCodeAt(cursor));
  }

  private runEnd(start: number, accepts: (characterClass: CharacterClass | 0) => boolean): number {
    const text = this.text;
    let index = start;
    while (index < text.length) {
      const next = text.codePointAt(index)!;
      if (!accepts(classOf(next))) break;
      index += lengthOf(next);
    }
    return index;
  }

  private punctuationAt(start: number, codePoint: number): ScannedToken {
    const text = this.text;
    const character = text[start]!;
    if (character === '.' && text[start + 1] === '.') {
      let end = start + 2;
      while (text[end] === '.') end += 1;
      return makeToken(start, end, 'punct');
    }
    if (character === '-' && text[start + 1] === '-') {
      let end = start + 2;
      while (text[end] === '-') end += 1;
      return makeToken(start, end, 'punct');
    }
    if (character === '…' || character === '–' || character === '—') return makeToken(start, start + 1, 'punct');
    if (QUOTES.includes(character)) return makeToken(start, start + 1, 'quote');
    if (PUNCTUATION.includes(character) || WIDE_PUNCTUATION.includes(character)) return makeToken(start, start + 1, 'punct');
    return makeToken(start, start + lengthOf(codePoint), 'symbol');
  }
}

/** What may stand right before a decimal written without its zero: nothing, a space, a currency sign or an opening mark. */
function opensNumber(text: string, index: number): boolean {
  if (index < 0) return true;
  const character = text[index]!;
  return classAtIndex(text, index) === SPACE || /[\p{Sc}(\[“‘"']/u.test(character);
}

function isLetterOrDigitAt(text: string, index: number): boolean {
  const characterClass = classAtIndex(text, index);
  return characterClass === LETTER || characterClass === DIGIT;
}

function isCapital(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x41 && codePoint <= 0x5a;
  return /\p{Lu}/u.test(String.fromCodePoint(codePoint));
}

function isSmallLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return codePoint >= 0x61 && codePoint <= 0x7a;
  return /\p{Ll}/u.test(String.fromCodePoint(codePoint));
}

/** Single letters with periods ("U.S.", "e.g."), or capitalised groups of one or two letters ("Ph.D."). */
function isLetterSequenceWithPeriods(candidate: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(candidate) || /^\p{Lu}\p{Ll}?\.(?:\p{Lu}\p{Ll}?\.)+$/u.test(candidate);
}
