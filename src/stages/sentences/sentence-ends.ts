import { abbreviationKind, isSingleInitial } from './abbreviations.ts';
import { findListItems, type ListItems } from './list-items.ts';
import { continuesTime, isSentenceStarter } from './sentence-starters.ts';
import type { RawToken } from './tokenize.ts';

/**
 * What kind of sentence-final punctuation a run of tokens is:
 *   stop          "."
 *   exclamation   "!", "?", "?!", "!!"
 *   wide          full-width and ideographic marks, which need no space after them
 *   ellipsis      "...", "…", "....", and spaced ". . . ." closing a sentence
 *   omission      spaced ". . ." inside a sentence: never a boundary
 *   stopEllipsis  "word. . . ." : a full stop, then an ellipsis that opens the next sentence
 *   abbreviation  a word that keeps its period ("Inc.", "U.S.", "J.")
 */
type TerminalKind = 'stop' | 'exclamation' | 'wide' | 'ellipsis' | 'omission' | 'stopEllipsis' | 'abbreviation';

interface Terminal {
  readonly kind: TerminalKind;
  /** Index of the last token of the punctuation run. */
  readonly last: number;
}

/** Marks that open a quote or an aside; the ambiguous straight quotes only when they touch the next word. */
const OPENING_MARKS = new Set(['"', '“', '‘', '\'', '’', '«', '‹', '(', '[', '{', '„', '‚', '¿', '¡']);
const UNAMBIGUOUS_OPENING_MARKS = new Set(['“', '‘', '«', '„', '¿', '¡']);
const WIDE_MARKS = new Set(['。', '．', '！', '？', '｡']);
const FRONTED_TIME_WORDS = new Set(['at', 'by', 'before', 'after', 'until', 'till', 'from', 'around', 'about', 'since', 'shortly', 'just', 'early', 'late', 'then']);

/** Finds, for one paragraph, the token indices that end a sentence (its last token always does). */
export class SentenceEndFinder {
  private readonly listItems: ListItems;
  private sentenceStart: number;
  private openBrackets = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly RawToken[],
    private readonly from: number,
    private readonly to: number,
  ) {
    this.listItems = findListItems(text, tokens, from, to);
    this.sentenceStart = from;
  }

  /** Token indices of the last token of each sentence, in order. */
  find(): number[] {
    const ends: number[] = [];
    const to = this.to;
    const hasListItems = this.listItems.starts.size > 0;
    for (let index = this.from; index < to; index += 1) {
      if (hasListItems && index > this.sentenceStart && this.listItems.starts.has(index)) {
        this.endSentence(ends, index - 1);
      }
      this.trackBrackets(index);
      const terminal = this.terminalAt(index);
      if (!terminal) continue;
      const last = this.absorbClosers(terminal.last);
      const end = this.decide(terminal, index, last);
      if (end !== undefined) {
        this.endSentence(ends, end);
        index = end;
      } else {
        index = terminal.last;
      }
    }
    if (this.sentenceStart < to) ends.push(to - 1);
    return ends;
  }

  private endSentence(ends: number[], last: number): void {
    ends.push(last);
    this.sentenceStart = last + 1;
    this.openBrackets = 0;
  }

  private word(index: number): string {
    const token = this.tokens[index]!;
    return this.text.slice(token.start, token.end);
  }

  private character(index: number): string {
    return this.text[this.tokens[index]!.start]!;
  }

  private touches(left: number, right: number): boolean {
    return this.tokens[left]!.end === this.tokens[right]!.start;
  }

  private trackBrackets(index: number): void {
    const token = this.tokens[index]!;
    if (token.kind !== 'punct' || token.end - token.start !== 1) return;
    const character = this.text[token.start];
    if (character === '(' || character === '[') this.openBrackets += 1;
    else if ((character === ')' || character === ']') && this.openBrackets > 0) this.openBrackets -= 1;
  }

  /** The sentence-final punctuation starting at `index`, if any. */
  private terminalAt(index: number): Terminal | undefined {
    const token = this.tokens[index]!;
    const length = token.end - token.start;
    if (token.kind === 'word') {
      if (length < 2 || this.text.charCodeAt(token.end - 1) !== 0x2e || this.listItems.markerPeriods.has(index)) return undefined;
      return { kind: 'abbreviation', last: index };
    }
    if (token.kind !== 'punct' || this.listItems.markerPeriods.has(index)) return undefined;
    const character = this.text[token.start]!;
    if (WIDE_MARKS.has(character)) return { kind: 'wide', last: this.runOf(index, (word) => WIDE_MARKS.has(word) || word === '!' || word === '?') };
    if (character === '!' || character === '?') {
      // "[?]" marks a doubtful reading, not the end of a question.
      if (index > this.from && this.character(index - 1) === '[' && this.touches(index - 1, index)) return undefined;
      return { kind: 'exclamation', last: this.runOf(index, (word) => word === '!' || word === '?' || word === '.') };
    }
    if (character === '…' || (character === '.' && length > 1)) {
      if (this.isBracketedOmission(index)) return undefined;
      return { kind: 'ellipsis', last: this.runOf(index, (word) => word === '.' || word === '…' || /^\.+$/.test(word)) };
    }
    if (character === '.' && length === 1) {
      // "possible.…": a full stop run into an ellipsis reads as one ellipsis.
      const next = this.tokens[index + 1];
      if (index + 1 < this.to && next && next.start === token.end && /^(?:…|\.\.+)$/.test(this.word(index + 1))) {
        return { kind: 'ellipsis', last: this.runOf(index, (word) => word === '.' || word === '…' || /^\.+$/.test(word)) };
      }
      return this.periodAt(index);
    }
    return undefined;
  }

  /** A period, or the first of spaced periods ". . ." (an ellipsis written with spaces). */
  private periodAt(index: number): Terminal {
    let last = index;
    while (last + 1 < this.to && this.word(last + 1) === '.' && this.tokens[last + 1]!.start === this.tokens[last]!.end + 1 && this.text[this.tokens[last]!.end] === ' ') last += 1;
    const dots = last - index + 1;
    if (dots < 3) return { kind: 'stop', last: index };
    const attached = index > this.from && this.touches(index - 1, index);
    if (dots === 3) return { kind: 'omission', last };
    return { kind: attached ? 'stopEllipsis' : 'ellipsis', last };
  }

  /** "[...]" or "(...)": words left out of a quotation, inside it. */
  private isBracketedOmission(index: number): boolean {
    if (index <= this.from || index + 1 >= this.to) return false;
    return /[[(]/.test(this.character(index - 1)) && /[\])]/.test(this.character(index + 1)) && this.touches(index - 1, index) && this.touches(index, index + 1);
  }

  /** Extends a punctuation run over touching tokens that `accepts`. */
  private runOf(index: number, accepts: (word: string) => boolean): number {
    let last = index;
    while (last + 1 < this.to && this.touches(last, last + 1) && accepts(this.word(last + 1))) last += 1;
    return last;
  }

  /** Closing quotes and brackets, and footnote marks ("[7]", ".10"), stay with the sentence they close. */
  private absorbClosers(index: number): number {
    let last = index;
    for (;;) {
      const next = last + 1;
      if (next >= this.to) return last;
      const token = this.tokens[next]!;
      const word = this.word(next);
      const attached = this.touches(last, next);
      if ((token.kind === 'quote' || token.kind === 'punct') && /^[”’"')\]»›}]$/.test(word) && (attached || word === '”' || word === '»')) {
        last = next;
        continue;
      }
      if (word === '[' && attached && next + 2 < this.to && this.tokens[next + 1]!.kind === 'number' && this.word(next + 2) === ']') {
        last = next + 2;
        continue;
      }
      if (token.kind === 'number' && attached && word.length <= 3 && /^\d+$/.test(word) && last === index && this.word(last) === '.') {
        const after = this.tokens[next + 1];
        if (!after || after.start > token.end) {
          last = next;
          continue;
        }
      }
      return last;
    }
  }

  /** Whether a sentence ends after token `last` (the punctuation at `index` plus its closers); returns the last token of the sentence. */
  private decide(terminal: Terminal, index: number, last: number): number | undefined {
    const next = last + 1;
    if (next >= this.to) return undefined;
    if (terminal.kind === 'omission') return undefined;
    if (this.listItems.starts.has(next)) return last;
    if (!this.touches(last, next)) {
      // separated by a space: the usual case
    } else if (!(terminal.kind === 'wide' || this.isMissingSpace(terminal, index, last, next))) {
      return undefined;
    }
    switch (terminal.kind) {
      case 'stopEllipsis':
        // "compounds. . . . The practice": the full stop ends this sentence; the ellipsis opens the next one.
        return this.startsSentence(next) ? index : undefined;
      case 'abbreviation':
        return this.abbreviationEndsSentence(index, last, next) ? last : undefined;
      default:
        if (this.openBrackets > 0 && this.tokens[next]!.kind === 'number') return undefined;
        return this.startsSentence(next) ? last : undefined;
    }
  }

  /**
   * "said.The minister", "Trump said.Trump claimed": a full stop (or ellipsis) typed without its
   * space, as scraped pages often have, before a capitalised word. Domains and file names never get
   * here: the tokeniser keeps "Rapaport.com" and "J1.txt"-like words whole or in lower case.
   */
  private isMissingSpace(terminal: Terminal, index: number, last: number, next: number): boolean {
    if (terminal.kind === 'omission' || terminal.kind === 'abbreviation' || index <= this.from) return false;
    const previous = this.tokens[index - 1]!;
    const previousWord = this.word(index - 1);
    const writtenBefore = (previous.kind === 'word' && /\p{Ll}{2}$/u.test(previousWord)) || previous.kind === 'number' || previousWord === '%';
    if (!writtenBefore) return false;
    const nextWord = this.word(next);
    if (UNAMBIGUOUS_OPENING_MARKS.has(nextWord)) return true;
    const starter = isSentenceStarter(nextWord) || abbreviationKind(nextWord) === 'title';
    const titleCased = /^\p{Lu}\p{Ll}/u.test(nextWord);
    // "Hispanics!”Former": a closing curly quote shows where the sentence ended.
    if (last !== terminal.last) return /[”’]/.test(this.text.slice(this.tokens[terminal.last]!.end, this.tokens[last]!.end)) && (titleCased || starter);
    // "pics?I bailed you out": after "?" or "!" only a word that plainly opens a sentence ("Yahoo!News" stays whole).
    if (terminal.kind === 'exclamation') return starter;
    return titleCased || starter;
  }

  /** Whether the token at `index` could open a sentence, looking past opening quotes and brackets. */
  private startsSentence(index: number): boolean {
    let cursor = index;
    while (cursor + 1 < this.to && this.isOpeningMark(cursor)) cursor += 1;
    // A quotation may open with an omission: "...I request the immediate return".
    if (cursor > index && cursor + 1 < this.to && /^(?:\.{2,}|…)$/.test(this.word(cursor)) && this.touches(cursor, cursor + 1)) cursor += 1;
    if (cursor >= this.to) return false;
    const first = this.text.codePointAt(this.tokens[cursor]!.start)!;
    return /[\p{Lu}\p{Lt}\p{Lo}\d\p{Sc}•]/u.test(String.fromCodePoint(first));
  }

  private isOpeningMark(index: number): boolean {
    const word = this.word(index);
    return OPENING_MARKS.has(word) && (UNAMBIGUOUS_OPENING_MARKS.has(word) || this.touches(index, index + 1));
  }

  /** The first word at or after `index`, past opening quotes and brackets. */
  private wordAfterOpeningMarks(index: number): number | undefined {
    let cursor = index;
    while (cursor < this.to && OPENING_MARKS.has(this.word(cursor))) cursor += 1;
    return cursor < this.to ? cursor : undefined;
  }

  /**
   * After a word that keeps its period ("Inc.", "U.S.", "a.m.", "J."), a sentence ends only where
   * the next word plainly opens one, since most such periods sit inside sentences.
   */
  private abbreviationEndsSentence(index: number, last: number, next: number): boolean {
    const word = this.word(index);
    const kind = abbreviationKind(word);
    if (kind === 'title') return false;
    // A closing quote after the period shows that the sentence ended with the abbreviation; a closing
    // bracket only ends the aside: "(Bergen County, N.J.) Record".
    if (last > index && this.closesQuote(index + 1, last)) return this.startsSentence(next);
    const nextWordIndex = this.wordAfterOpeningMarks(next);
    if (nextWordIndex === undefined) return false;
    const nextWord = this.word(nextWordIndex);
    if (kind === 'beforeNumber' && this.tokens[nextWordIndex]!.kind === 'number') return false;
    if (/^[ap]\.m\.$/i.test(word)) return next === nextWordIndex && this.clockTimeEndsSentence(index, nextWordIndex);
    if (kind === undefined && isSingleInitial(word)) {
      // "Q. What is his name? A. His name is..." labels a turn; "Albert I. Jones" is a middle initial.
      if (index === this.sentenceStart) return false;
      if (this.isNamePart(index - 1)) return false;
    }
    // Headlines capitalise every word: "Obama Plan To Allow Central Americans To Enter U.S. As Refugees".
    if (this.isTitleCased(this.sentenceStart, index)) return false;
    // "...in Mount Prospect, Ill. Eksili donated...": a state closes its phrase; a capital after it opens a sentence.
    if (kind === 'place') return next === nextWordIndex && /^\p{Lu}/u.test(nextWord) && abbreviationKind(nextWord) !== 'title';
    return isSentenceStarter(nextWord);
  }

  private closesQuote(from: number, to: number): boolean {
    for (let index = from; index <= to; index += 1) if (this.tokens[index]!.kind === 'quote') return true;
    return false;
  }

  /** Whether every longer word from `from` to `to` is capitalised, as in a headline (three such words at least). */
  private isTitleCased(from: number, to: number): boolean {
    let longWords = 0;
    for (let index = from; index < to; index += 1) {
      const token = this.tokens[index]!;
      if (token.kind !== 'word' || token.end - token.start < 4) continue;
      if (!/^\p{Lu}/u.test(this.text[token.start]!)) return false;
      longWords += 1;
    }
    return longWords >= 3;
  }

  /**
   * "He left at 6 P.M. Travelers who..." ends; "At 5 a.m. Mr. Smith went...", "at 5 p.m. Tuesday" and
   * "at 11 a.m. (0800 GMT)" do not.
   */
  private clockTimeEndsSentence(index: number, nextWordIndex: number): boolean {
    if (continuesTime(this.word(nextWordIndex))) return false;
    if (nextWordIndex + 1 < this.to && /^time$/i.test(this.word(nextWordIndex + 1))) return false;
    const startWord = this.word(this.sentenceStart).toLowerCase();
    const fronted = index - this.sentenceStart <= 3 && (FRONTED_TIME_WORDS.has(startWord) || this.tokens[this.sentenceStart]!.kind === 'number');
    if (fronted) return false;
    return this.startsSentence(nextWordIndex);
  }

  /** A capitalised word or an initial before "J.": then "J." is a middle initial ("Albert I. Jones"). */
  private isNamePart(index: number): boolean {
    const token = this.tokens[index]!;
    return token.kind === 'word' && /^\p{Lu}/u.test(this.word(index));
  }
}

/** Token indices ending each sentence of the paragraph made of tokens [from, to). */
export function findSentenceEnds(text: string, tokens: readonly RawToken[], from: number, to: number): number[] {
  return new SentenceEndFinder(text, tokens, from, to).find();
}
