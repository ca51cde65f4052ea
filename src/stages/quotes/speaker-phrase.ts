import {
  AUXILIARIES,
  BE_FORMS,
  CLAUSE_WORDS,
  DETERMINERS,
  INTRO_PREPOSITIONS,
  NAME_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  TEMPORAL_WORDS,
  VERB_CUES,
} from './lexicon.ts';
import { isCapitalised, isQuotationMark, isWordToken, type TokenIndex } from './token-index.ts';

/** A speaker as written, by token positions (inclusive). */
export interface SpeakerPhrase {
  readonly first: number;
  readonly last: number;
  /** he, she, they; who/which (then `antecedent` is the phrase they stand for). */
  readonly pronoun: boolean;
  readonly antecedent: SpeakerPhrase | undefined;
}

/**
 * A speaker phrase with every field present, in one order: phrases of one hidden class keep the
 * rules that read them (run on every cue of every article) from being optimised and thrown away again.
 */
export function speakerPhrase(first: number, last: number, pronoun: boolean, antecedent?: SpeakerPhrase): SpeakerPhrase {
  return { first, last, pronoun, antecedent };
}

const MAX_PHRASE_TOKENS = 12;

function isPossessiveClitic(word: string | undefined): boolean {
  return word === "'s" || word === '’s' || word === "'" || word === '’';
}

function isVerbTag(index: TokenIndex, position: number): boolean {
  const tag = index.tokens[position]?.tag;
  return tag !== undefined && (tag.startsWith('VB') || tag === 'MD');
}

/** Skips back over auxiliaries and adverbs between a subject and its verb: "has also", "would not". */
function skipAuxiliariesBack(index: TokenIndex, position: number, floor: number): number {
  let at = position;
  while (at >= floor) {
    const word = index.lower[at]!;
    if (AUXILIARIES.has(word) || BE_FORMS.has(word) || (word.length > 4 && word.endsWith('ly') && !isCapitalised(index, at))) at -= 1;
    else break;
  }
  return at;
}

/**
 * A comma-enclosed aside between a subject and its verb — "Smith, a spokesman for the mayor, said",
 * "Barkley, who said he votes, said", "Clinton, however, said" — is skipped; any other comma ends
 * the search, since what precedes it is a clause of its own (often the reported content).
 */
function skipAsideBack(index: TokenIndex, comma: number, floor: number): number | undefined {
  for (let at = comma - 1; at >= floor && comma - at <= 30; at -= 1) {
    const word = index.lower[at]!;
    if (word === '.' || word === ';' || word === ':' || isQuotationMark(index, at)) return undefined;
    if (word !== ',') continue;
    const first = index.lower[at + 1]!;
    const asideLength = comma - at - 1;
    const isAside = RELATIVE_PRONOUNS.has(first) && first !== 'that'
      || DETERMINERS.has(first) && first !== 'that' && first !== 'this'
      || TEMPORAL_WORDS.has(first) || INTRO_PREPOSITIONS.has(first)
      // "Archer, wearing a T-shirt covered in buttons, said", "Susan, clad in a red cape, said": a participle aside.
      || isParticipleAside(index, at + 1)
      // "Khizr Varga, 66, said": an age.
      || (asideLength === 1 && /^\d{1,3}$/u.test(first))
      || (asideLength <= 2 && first.endsWith('ly')) || first === 'however' || first === 'meanwhile' || first === 'too' || first === 'though'
      // An aside between names is an appositive, never a clause with a verb of its own ("In Dunmore, Quill compared herself to Varga, saying").
      || (asideLength <= 6 && isCapitalised(index, at + 1) && isCapitalised(index, at - 1) && !hasFiniteVerb(index, at + 1, comma - 1))
      // "Brent Bozell, founder of the Media Research Center, tells": an appositive after a name.
      || (asideLength <= 10 && isCapitalised(index, at - 1) && isWordToken(index, at - 1) && !hasFiniteVerb(index, at + 1, comma - 1))
      // "A top strategist, John Weaver, tells": a name in apposition.
      || (asideLength <= 4 && allCapitalised(index, at + 1, comma - 1));
    return isAside ? at - 1 : undefined;
  }
  return undefined;
}

const FINITE_VERB_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

function hasFiniteVerb(index: TokenIndex, first: number, last: number): boolean {
  for (let at = first; at <= last; at += 1) if (FINITE_VERB_TAGS.has(index.tokens[at]!.tag ?? '')) return true;
  return false;
}

const SHARE_NUMBERS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const SHARE_HEDGES: ReadonlySet<string> = new Set(['nearly', 'almost', 'about', 'roughly', 'some', 'over', 'more', 'than', 'fewer', 'less']);

function shareOfRespondents(index: TokenIndex, last: number, floor: number): number | undefined {
  const isNumber = (at: number) => SHARE_NUMBERS.has(index.lower[at]!) || /^\d+$/u.test(index.lower[at]!);
  if (last - 2 < floor || !isNumber(last) || index.lower[last - 1] !== 'in' || !isNumber(last - 2)) return undefined;
  let first = last - 2;
  while (first - 1 >= floor && SHARE_HEDGES.has(index.lower[first - 1]!)) first -= 1;
  return first;
}

function isParticipleAside(index: TokenIndex, first: number): boolean {
  const tag = index.tokens[first]?.tag;
  return !isCapitalised(index, first) && (tag === 'VBG' || tag === 'VBN' || index.lower[first]!.endsWith('ing') || PARTICIPLE_ASIDE_WORDS.has(index.lower[first]!));
}

/** Participles a tagger often reads as nouns or adjectives at the head of an aside. */
const PARTICIPLE_ASIDE_WORDS: ReadonlySet<string> = new Set(['clad', 'dressed', 'flanked', 'known', 'born', 'backed', 'elected', 'appointed', 'asked', 'pressed']);

function allCapitalised(index: TokenIndex, first: number, last: number): boolean {
  for (let at = first; at <= last; at += 1) if (!isCapitalised(index, at)) return false;
  return last >= first;
}

function stopsPhraseBack(index: TokenIndex, position: number): boolean {
  const token = index.tokens[position]!;
  const word = index.lower[position]!;
  if (token.kind === 'punct' || isQuotationMark(index, position)) return true;
  if (token.kind === 'symbol' && word !== '&' && word !== '@') return true;
  if (word === 'and' || word === '&') return !(isCapitalised(index, position - 1) && isCapitalised(index, position + 1));
  // Between two words of a phrase read leftwards, 's is a possessive ("Bogdanov's communiqué"), never "has" or "is".
  if (isPossessiveClitic(word)) return false;
  if (CLAUSE_WORDS.has(word) || BE_FORMS.has(word) || AUXILIARIES.has(word) && !DETERMINERS.has(word)) return true;
  if (VERB_CUES.has(word) && !isCapitalised(index, position)) return true;
  if (isVerbTag(index, position)) return true;
  return INTRO_PREPOSITIONS.has(word) && !NAME_PREPOSITIONS.has(word);
}

/** Drops leading prepositions, conjunctions and times from a phrase: "Last week Trump" → "Trump". */
function trimPhraseStart(index: TokenIndex, first: number, last: number): number {
  let at = first;
  while (at < last && (NAME_PREPOSITIONS.has(index.lower[at]!) || CLAUSE_WORDS.has(index.lower[at]!) || TEMPORAL_WORDS.has(index.lower[at]!) || !isWordToken(index, at))) at += 1;
  return at;
}

/** The noun phrase ending at `last`, read leftwards. */
export function phraseEndingAt(index: TokenIndex, last: number, floor: number): SpeakerPhrase | undefined {
  if (last < floor || !isWordToken(index, last) && !isPossessiveClitic(index.lower[last])) return undefined;
  let first = last;
  for (let at = last; at >= floor && last - at < MAX_PHRASE_TOKENS; at -= 1) {
    const word = index.lower[at]!;
    if (at !== last && stopsPhraseBack(index, at)) break;
    first = at;
    if (DETERMINERS.has(word) && !NAME_PREPOSITIONS.has(index.lower[at - 1] ?? '') && !isPossessiveClitic(index.lower[at - 1])) break;
    if (SUBJECT_PRONOUNS.has(word)) break;
  }
  const trimmed = trimPhraseStart(index, first, last);
  if (!isWordToken(index, trimmed)) return undefined;
  return speakerPhrase(trimmed, last, trimmed === last && SUBJECT_PRONOUNS.has(index.lower[last]!));
}

/** The grammatical subject before a verb starting at `verb`: "Zakharova has also disclosed" → Zakharova. */
export function subjectBefore(index: TokenIndex, verb: number, floor: number): SpeakerPhrase | undefined {
  let at = skipAuxiliariesBack(index, verb - 1, floor);
  // "Sen. Mara Quill (D-Ore.) said", "(D-Ore.), said": a party-and-state tag or a short aside in brackets sits between name and verb.
  if (at >= floor && (index.lower[at] === ')' || index.lower[at] === ',' && index.lower[at - 1] === ')')) {
    const open = openingBracketBefore(index, index.lower[at] === ')' ? at : at - 1, floor);
    if (open === undefined) return undefined;
    at = skipAuxiliariesBack(index, open - 1, floor);
  }
  // "Insiders in both states — Ohio and Utah — said": an aside between dashes.
  if (at >= floor && DASHES.has(index.lower[at]!)) {
    const open = openingDashBefore(index, at, floor);
    if (open === undefined) return undefined;
    at = skipAuxiliariesBack(index, open - 1, floor);
  }
  let appositiveName: number | undefined;
  if (at >= floor && index.lower[at] === ',') {
    const beforeAside = skipAsideBack(index, at, floor);
    if (beforeAside === undefined) return undefined;
    // "Its director, Samuel Orin, said": the name in apposition is the speaker the title describes.
    if (allCapitalised(index, beforeAside + 2, at - 1) && at - beforeAside - 2 <= 4) appositiveName = at - 1;
    at = skipAuxiliariesBack(index, beforeAside, floor);
    // "Rep. Zoe Lofgren (D-Calif.), who introduced the bill, said": a party tag before the aside.
    if (at >= floor && index.lower[at] === ')') {
      const open = openingBracketBefore(index, at, floor);
      if (open === undefined) return undefined;
      at = open - 1;
    }
  }
  if (at < floor) return undefined;
  if (appositiveName !== undefined && !SUBJECT_PRONOUNS.has(index.lower[at]!) && !RELATIVE_PRONOUNS.has(index.lower[at]!)) {
    const title = phraseEndingAt(index, at, floor);
    if (title && !isCapitalised(index, title.last)) return speakerPhrase(title.first, appositiveName, false);
  }
  const word = index.lower[at]!;
  if (RELATIVE_PRONOUNS.has(word) && word !== 'that' || word === 'that' && index.lower[at - 1] === ',') {
    const antecedentEnd = index.lower[at - 1] === ',' ? at - 2 : at - 1;
    const antecedent = phraseEndingAt(index, antecedentEnd, floor);
    return speakerPhrase(at, at, true, antecedent);
  }
  if (SUBJECT_PRONOUNS.has(word)) return speakerPhrase(at, at, true);
  // "Two in three said", "nearly one in four said": poll respondents counted as a share.
  const share = shareOfRespondents(index, at, floor);
  if (share !== undefined) return speakerPhrase(share, at, false);
  // A subject ends on a noun, never on "and", "of" or "the" ("Courted by donors and widely expected").
  if (CLAUSE_WORDS.has(word) || NAME_PREPOSITIONS.has(word) || DETERMINERS.has(word) && word !== 'both' && word !== 'all' && word !== 'many' && word !== 'some' && word !== 'several' && word !== 'most') return undefined;
  const phrase = phraseEndingAt(index, at, floor);
  return phrase ? withReducedRelative(index, phrase, floor) : undefined;
}

const MAX_BRACKET_TOKENS = 8;
const DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
const MAX_DASH_ASIDE_TOKENS = 20;

function openingDashBefore(index: TokenIndex, close: number, floor: number): number | undefined {
  for (let at = close - 1; at >= floor && close - at <= MAX_DASH_ASIDE_TOKENS; at -= 1) {
    if (DASHES.has(index.lower[at]!)) return at - 1 >= floor && isWordToken(index, at - 1) ? at : undefined;
    if (isQuotationMark(index, at) || index.lower[at] === '.' || index.lower[at] === ';') return undefined;
  }
  return undefined;
}

function openingBracketBefore(index: TokenIndex, close: number, floor: number): number | undefined {
  for (let at = close - 1; at >= floor && close - at <= MAX_BRACKET_TOKENS; at -= 1) {
    if (index.lower[at] === '(') return at;
    if (index.lower[at] === ')' || isQuotationMark(index, at)) return undefined;
  }
  return undefined;
}

/** Words between a verb of saying and the verb that governs it: "went on to say", "began by saying". */
const CHAIN_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'on', 'up', 'out', 'off', 'ahead', 'again', 'then']);
const MAX_CHAIN_WORDS = 3;

/**
 * "She went on to say: “…”", "Obama began by saying “…”", "Kasich proceeded to recite": the
 * infinitive or gerund of saying has no subject of its own; its speaker is the subject of the
 * verb it hangs on.
 */
export function subjectOfGoverningVerb(index: TokenIndex, verb: number, floor: number): SpeakerPhrase | undefined {
  let at = verb - 1;
  while (at >= floor && verb - at <= MAX_CHAIN_WORDS && CHAIN_WORDS.has(index.lower[at]!)) at -= 1;
  if (at === verb - 1 || at < floor || !isVerbTag(index, at) || VERB_CUES.has(index.lower[at]!)) return undefined;
  return subjectBefore(index, at, floor);
}

/**
 * "Some of the men we received today told us": a relative clause without "who" (a pronoun and a
 * verb) sits between the noun and its verb; the subject is the noun phrase before it, clause and all.
 */
function withReducedRelative(index: TokenIndex, phrase: SpeakerPhrase, floor: number): SpeakerPhrase {
  let verb = phrase.first - 1;
  while (verb >= floor && isVerbTag(index, verb) && verb > phrase.first - 3) verb -= 1;
  if (verb === phrase.first - 1 || verb < floor) return phrase;
  const pronoun = verb;
  const nounEnd = pronoun - 1;
  if (!['we', 'they', 'i', 'he', 'she', 'you'].includes(index.lower[pronoun]!) || !index.tokens[nounEnd]?.tag?.startsWith('NN')) return phrase;
  const noun = phraseEndingAt(index, nounEnd, floor);
  return noun ? speakerPhrase(noun.first, phrase.last, false) : phrase;
}

/** The phrase after a cue: "said Smith, a spokesman", "according to the Sputnik release,". */
export function phraseStartingAt(index: TokenIndex, first: number, ceiling: number): SpeakerPhrase | undefined {
  if (first >= ceiling || !isWordToken(index, first)) return undefined;
  if (SUBJECT_PRONOUNS.has(index.lower[first]!)) return speakerPhrase(first, first, true);
  let last = first - 1;
  for (let at = first; at < ceiling && at - first < MAX_PHRASE_TOKENS + 3; at += 1) {
    const token = index.tokens[at]!;
    const word = index.lower[at]!;
    if (isQuotationMark(index, at) || token.kind === 'punct' && word !== '-' && word !== '&') break;
    if (word === 'and' && !isCapitalised(index, at + 1)) break;
    if (at > first && (CLAUSE_WORDS.has(word) && word !== 'and' || BE_FORMS.has(word) || VERB_CUES.has(word) && !isCapitalised(index, at))) break;
    last = at;
  }
  while (last > first && (NAME_PREPOSITIONS.has(index.lower[last]!) || DETERMINERS.has(index.lower[last]!))) last -= 1;
  return last >= first ? speakerPhrase(first, last, false) : undefined;
}
