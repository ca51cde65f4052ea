import type { Span } from '../../doc/span.ts';
import { foundQuote, withReportedBy } from './candidates.ts';
import { addQuote, attributionForCue, wordCountBetween, type AttributionContext } from './context.ts';
import { sharedSubject, takesSharedSubject } from './direct-quotes.ts';
import type { Cue } from './find-cues.ts';
import { STATEMENT_THRESHOLD, weighStatement, type StatementWeigher } from './statement-model.ts';
import { ADDRESSEE_VERBS, CLAUSE_WORDS, NOUN_CUES, INTRO_PREPOSITIONS, NOUN_LIKE_VERB_FORMS, OBJECT_PRONOUNS, TEMPORAL_WORDS } from './lexicon.ts';
import { phraseEndingAt, phraseStartingAt, speakerPhrase, subjectBefore, subjectOfGoverningVerb, type SpeakerPhrase } from './speaker-phrase.ts';
import { firstTokenFrom, isCapitalised, isQuotationMark, isWordToken, lastTokenBefore, tokenSpan } from './token-index.ts';

export interface ReportedStatement {
  /** Token ranges (inclusive) of the content; two for a content split by its attribution. */
  readonly fragments: readonly (readonly [number, number])[];
  readonly speaker: SpeakerPhrase | null;
  readonly rule: string;
  /** The outer source of a chain: Sputnik in "According to Sputnik, the ministry said …". */
  readonly reportedBy: SpeakerPhrase | undefined;
}

/** A statement with every field present, in one order (one hidden class for the rules and the model that read it). */
function reportedStatement(fragments: readonly (readonly [number, number])[], speaker: SpeakerPhrase | null, rule: string, reportedBy?: SpeakerPhrase): ReportedStatement {
  return { fragments, speaker, rule, reportedBy };
}

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '?', '!', '—', '–', '-', '(', ')']);
const MIN_CONTENT_WORDS = 2;

function sentenceRange(context: AttributionContext, position: number): [number, number] {
  const sentence = context.index.tokens[position]!.sentence;
  return [context.index.sentenceFirst[sentence]!, context.index.sentenceLast[sentence]! - 1];
}

function trimRange(context: AttributionContext, first: number, last: number): [number, number] {
  const { index } = context;
  let start = first;
  let end = last;
  while (start <= end && (TRAILING_PUNCTUATION.has(index.lower[start]!) || isQuotationMark(index, start) && context.topRegionAtToken[start]! < 0)) start += 1;
  while (end >= start && (TRAILING_PUNCTUATION.has(index.lower[end]!) || isQuotationMark(index, end) && context.topRegionAtToken[end]! < 0)) end -= 1;
  return [start, end];
}

/** Skips the person addressed: "told reporters", "assured him", "told CNN". */
function skipAddressee(context: AttributionContext, cue: Cue, at: number, last: number): number {
  const { index } = context;
  if (!ADDRESSEE_VERBS.has(cue.lemma) || at > last) return at;
  if (OBJECT_PRONOUNS.has(index.lower[at]!)) return at + 1;
  let position = at;
  while (position <= last && isCapitalised(index, position) && isWordToken(index, position)) position += 1;
  return position;
}

/** "said on Tuesday that", "argued in a statement that": the content starts after the "that". */
function afterComplementiser(context: AttributionContext, at: number, last: number): number {
  const { index } = context;
  for (let position = at; position <= last && position - at <= 16; position += 1) {
    const word = index.lower[position]!;
    if (word === 'that') return position + 1;
    // "said in a statement that", "said Thursday during a town hall in Buffalo, New York, that": nouns of saying and places on the way.
    const cue = context.cueAtToken[position]!;
    if (isQuotationMark(index, position) || cue >= 0 && context.cues[cue]!.kind !== 'noun') break;
    if ((index.tokens[position]!.tag ?? '').startsWith('VB') && index.tokens[position]!.tag !== 'VBG') break;
    if (word === '.' || word === ';' || word === ':') break;
    if (CLAUSE_WORDS.has(word)) break;
  }
  return at;
}

/** Words that, after a comma, open an aside of the writer's rather than more of the reported content. */
const ASIDE_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** The subject of a later verb of saying inside a content: that statement is reported on its own. Only verbs of speech split a content. */
function innerStatementStart(context: AttributionContext, position: number, from: number): number | undefined {
  const cueIndex = context.cueAtToken[position]!;
  if (cueIndex < 0) return undefined;
  const cue = context.cues[cueIndex]!;
  if (cue.head !== position || cue.kind !== 'verb' || cue.quotationOnly || cue.passive || cue.forms.includes('gerund') && !cue.forms.includes('past')) return undefined;
  // "says he feels he can win", "said 449 insiders back Clinton": a verb of thinking or stance inside the content is part of what was said.
  if (cue.cueClass !== 'speech') return undefined;
  if (context.index.lower[cue.first - 1] === 'to') return undefined;
  const subject = subjectBefore(context.index, cue.first, from);
  if (!subject || subject.first <= from + 1) return undefined;
  let start = subject.antecedent?.first ?? subject.first;
  while (start > from && (CLAUSE_WORDS.has(context.index.lower[start - 1]!) || TRAILING_PUNCTUATION.has(context.index.lower[start - 1]!))) start -= 1;
  return start;
}

function startsStatement(context: AttributionContext, position: number): boolean {
  const cueIndex = context.cueAtToken[position]!;
  if (cueIndex < 0) return false;
  const cue = context.cues[cueIndex]!;
  return cue.kind === 'verb' && cue.head === position && cue.forms.includes('past') && !cue.passive;
}

/**
 * Where a content after its cue stops. Reported content is the statement, not the writer's
 * additions to it: it ends before a new statement (", adding that …", "…, and three-quarters said
 * …"), before "according to", and before an aside opened by a comma or dash (", which …", " — a
 * play on words …", "…, but did not say when").
 */
function contentEnd(context: AttributionContext, cue: Cue, from: number, last: number): number {
  const { index } = context;
  for (let position = from; position <= last; position += 1) {
    const word = index.lower[position]!;
    if (position > from + 1) {
      const inner = innerStatementStart(context, position, from);
      if (inner !== undefined && inner > from) return inner - 1;
    }
    if (word === ';' && index.lower[position + 1] !== 'and') return position - 1;
    // "said he heard gunfire and suspected that …": a second verb of saying starts a statement of its own.
    if (word === 'and' && position > from + 1 && startsStatement(context, position + 1)) return position - 1;
    if (position > from + 2 && (word === '—' || word === '–' || word === 'but' && context.topRegionAtToken[position]! < 0)) return position - 1;
    if (word !== ',') continue;
    if (ASIDE_OPENERS.has(index.lower[position + 1] ?? '') && context.topRegionAtToken[position]! < 0) return position - 1;
    const next = context.cueAtToken[position + 1]!;
    if (next < 0) continue;
    const nextCue = context.cues[next]!;
    if (nextCue.kind === 'source-before' || nextCue.kind === 'verb' && nextCue.forms.includes('gerund') && nextCue.head === position + 1) return position - 1;
  }
  return last;
}

function contentAfterCue(context: AttributionContext, cue: Cue, sentenceLast: number): [number, number] | undefined {
  let at = skipAddressee(context, cue, cue.last + 1, sentenceLast);
  at = afterComplementiser(context, at, sentenceLast);
  while (at <= sentenceLast && (TRAILING_PUNCTUATION.has(context.index.lower[at]!) || context.index.lower[at] === 'but')) at += 1;
  const end = contentEnd(context, cue, at, sentenceLast);
  const [first, trimmedLast] = trimRange(context, at, end);
  let last = trimmedLast;
  if (first > last) return undefined;
  last = withoutTrailingTime(context, first, last);
  const words = wordCountBetween(context, first, last);
  // "supports Varga", "endorsed Quill": a name alone is the content of a verb of stance.
  const nameAlone = words === 1 && first === last && cue.cueClass === 'stance' && isCapitalised(context.index, first);
  return words >= MIN_CONTENT_WORDS || nameAlone ? [first, last] : undefined;
}

const TIME_HEADS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'tomorrow', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'ago', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const TIME_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'next', 'earlier', 'later', 'the', 'early', 'late', 'a', 'few', 'two', 'three', 'several', 'days', 'weeks', 'months', 'years', 'of', ',']);
const MAX_TRAILING_TIME_TOKENS = 5;

/**
 * "endorsed Varga on Tuesday", "criticized the plan last week": a time at the end of an object
 * phrase is the writer's dating of the statement, not part of what was said.
 */
function withoutTrailingTime(context: AttributionContext, first: number, last: number): number {
  const { index } = context;
  // Only an object phrase loses its time: in a clause ("would reopen next year") the time is the speaker's own.
  if (!TIME_HEADS.has(index.lower[last]!) || context.topRegionAtToken[last]! >= 0 || hasFiniteVerb(context, first, last)) return last;
  let start = last;
  while (start - 1 > first && last - start < MAX_TRAILING_TIME_TOKENS && (TIME_WORDS.has(index.lower[start - 1]!) || TIME_HEADS.has(index.lower[start - 1]!) || /^\d+$/u.test(index.lower[start - 1]!))) start -= 1;
  // The time must open with a preposition or "last"/"this"/"next"; a bare "the year" may be the content's own words.
  if (!['on', 'in', 'at', 'during', 'last', 'this', 'next', 'earlier', 'later'].includes(index.lower[start]!) && !/^\d+$/u.test(index.lower[start]!) && start !== last) return last;
  if (start === last && !['today', 'yesterday', 'tonight', 'tomorrow', 'ago', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].includes(index.lower[last]!)) return last;
  let end = start - 1;
  while (end > first && index.lower[end] === ',') end -= 1;
  return wordCountBetween(context, first, end) >= 1 ? end : last;
}

/** The text after a cue is only an adjunct ("said Tuesday", "told reporters", "said in a statement"), not a content. */
function onlyAdjunctAfter(context: AttributionContext, cue: Cue, sentenceLast: number): boolean {
  const { index } = context;
  const [first, last] = trimRange(context, cue.last + 1, sentenceLast);
  if (first > last) return true;
  if (last - first > 9 || index.lower.slice(first, last + 1).includes('that')) return false;
  const word = index.lower[first]!;
  return INTRO_PREPOSITIONS.has(word) || TEMPORAL_WORDS.has(word) || OBJECT_PRONOUNS.has(word) || isCapitalised(index, first) || word === 'to';
}

function contentBeforeSubject(context: AttributionContext, subjectFirst: number, sentenceFirst: number): [number, number] | undefined {
  const { index } = context;
  // "America needs leaders “who understand …,” Clinton said": the comma sits inside the closing mark.
  const closingMark = isQuotationMark(index, subjectFirst - 1) && index.lower[subjectFirst - 2] === ',';
  const separator = closingMark ? ',' : index.lower[subjectFirst - 1];
  if (separator !== ',' && separator !== '—') return undefined;
  const [first, last] = trimRange(context, sentenceFirst, subjectFirst - (closingMark ? 1 : 2));
  return first <= last && wordCountBetween(context, first, last) >= 3 ? [first, last] : undefined;
}

/** The sentence opens with the subject (or with a short introduction: "On Tuesday, Trump said …"). */
function opensClause(context: AttributionContext, subject: SpeakerPhrase, sentenceFirst: number): boolean {
  const { index } = context;
  const start = subject.antecedent?.first ?? subject.first;
  if (start <= sentenceFirst) return true;
  const before = index.lower[start - 1]!;
  if (isQuotationMark(index, start - 1)) return context.topRegionAtToken[start - 1]! < 0 || context.regionOpenToken[context.topRegionAtToken[start - 1]!] === start - 1;
  if (before !== ',') return CLAUSE_WORDS.has(before) || start - sentenceFirst <= 4;
  // "On Tuesday, Trump said …" opens with an adjunct; "At least 14 people were killed …, officials said" with a clause.
  const firstWord = index.lower[sentenceFirst]!;
  const introduction = (INTRO_PREPOSITIONS.has(firstWord) || TEMPORAL_WORDS.has(firstWord)) && start - sentenceFirst <= 9 && !hasFiniteVerb(context, sentenceFirst, start - 2);
  return introduction || start - sentenceFirst <= 3;
}

const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

function hasFiniteVerb(context: AttributionContext, first: number, last: number): boolean {
  for (let at = first; at <= last; at += 1) if (FINITE_VERB_TAGS.has(context.index.tokens[at]!.tag ?? '')) return true;
  return false;
}


function verbStatement(context: AttributionContext, cue: Cue): ReportedStatement | undefined {
  const { index } = context;
  const [sentenceFirst, sentenceLast] = sentenceRange(context, cue.head);
  const question = questionStatement(context, cue, sentenceFirst, sentenceLast);
  if (question) return question;
  if (cue.passive) return impersonalStatement(context, cue, sentenceFirst, sentenceLast) ?? expectationStatement(context, cue, sentenceFirst, sentenceLast);
  // "declined to say", "refused to comment": an infinitive of saying reports nothing.
  if (index.lower[cue.first - 1] === 'to' && cue.cueClass === 'speech') return undefined;
  let subject = subjectBefore(index, cue.first, sentenceFirst) ?? subjectOfGoverningVerb(index, cue.first, sentenceFirst) ?? null;
  if (!subject && takesSharedSubject(context, cue)) subject = sharedSubject(context, cue);
  if (subject && subject.first > cue.first) subject = null;
  if (subject && (subject.antecedent?.first ?? subject.first) >= sentenceFirst) {
    if (subject.pronoun && subject.antecedent && index.lower[subject.first] !== 'that') {
      // "Barkley, who said he votes Democratic, said …": the relative clause ends at its comma.
      const after = contentAfterCue(context, cue, sentenceLast);
      if (!after) return undefined;
      let end = after[1];
      for (let position = after[0]; position <= after[1]; position += 1) if (index.lower[position] === ',') { end = position - 1; break; }
      return end >= after[0] ? reportedStatement([[after[0], end]], subject, 'reported-relative-clause') : undefined;
    }
    const before = contentBeforeSubject(context, subject.antecedent?.first ?? subject.first, sentenceFirst);
    if (before && !opensClause(context, subject, sentenceFirst)) {
      if (onlyAdjunctAfter(context, cue, sentenceLast)) return reportedStatement([before], subject, 'reported-cue-after');
      if (index.lower[cue.last + 1] === ',') {
        const after = contentAfterCue(context, cue, sentenceLast);
        if (after) return reportedStatement([before, after], subject, 'reported-cue-inside');
      }
    }
    const after = contentAfterCue(context, cue, sentenceLast);
    return after ? reportedStatement([after], subject, 'reported-cue-before') : undefined;
  }
  // "…, said Smith." — an inverted attribution after its content; "The law was “too slow,” said Smith." with the comma inside the closing mark.
  const commaInsideMark = isQuotationMark(index, cue.first - 1) && context.topRegionAtToken[cue.first - 1]! >= 0 && index.lower[cue.first - 2] === ',';
  if (cue.cueClass === 'speech' && (index.lower[cue.first - 1] === ',' || commaInsideMark)) {
    const speaker = phraseStartingAt(index, cue.last + 1, sentenceLast + 1);
    const before = trimRange(context, sentenceFirst, cue.first - (commaInsideMark ? 1 : 2));
    if (speaker && invertedSpeaker(context, speaker, sentenceLast) && before[0] <= before[1] && wordCountBetween(context, before[0], before[1]) >= 3) return reportedStatement([before], speaker, 'reported-inverted');
  }
  return undefined;
}

/**
 * The speaker of an inversion names someone and closes the clause ("…, said Smith."): "…, said in
 * a statement" and "…, said he'd like to …" are a subject's verb after a long aside, not an inversion.
 */
function invertedSpeaker(context: AttributionContext, speaker: SpeakerPhrase, sentenceLast: number): boolean {
  const { index } = context;
  if (INTRO_PREPOSITIONS.has(index.lower[speaker.first]!) || TEMPORAL_WORDS.has(index.lower[speaker.first]!)) return false;
  if (!speaker.pronoun) return true;
  const next = speaker.last + 1;
  return next > sentenceLast || TRAILING_PUNCTUATION.has(index.lower[next]!) || isQuotationMark(index, next);
}

const QUESTION_OPENERS: ReadonlySet<string> = new Set(['if', 'whether', 'what', 'how', 'why', 'who', 'whom', 'which', 'where', 'when', 'about']);
const QUESTION_LEADS: ReadonlySet<string> = new Set(['when', 'after', 'once', 'if', 'while']);

/**
 * "Asked whether the port would close, Varga said …", "when asked how …", "She was asked if …":
 * the question is reported, and its asker goes unnamed (speaker null).
 */
function questionStatement(context: AttributionContext, cue: Cue, sentenceFirst: number, sentenceLast: number): ReportedStatement | undefined {
  const { index } = context;
  if (cue.lemma !== 'ask' || cue.kind !== 'verb' || !cue.forms.includes('participle')) return undefined;
  const introduced = cue.passive || cue.first === sentenceFirst || QUESTION_LEADS.has(index.lower[cue.first - 1] ?? '');
  if (!introduced || !QUESTION_OPENERS.has(index.lower[cue.last + 1] ?? '')) return undefined;
  const first = cue.last + 1;
  let last = sentenceLast;
  for (let at = first + 1; at <= sentenceLast; at += 1) {
    const word = index.lower[at]!;
    if (word === ';' || word === ',' && (context.topRegionAtToken[at]! < 0 || context.regionCloseToken[context.topRegionAtToken[at]!] === at + 1)) {
      last = word === ',' && context.topRegionAtToken[at]! >= 0 ? at + 1 : at - 1;
      break;
    }
  }
  const [start, end] = trimRange(context, first, last);
  return start <= end && wordCountBetween(context, start, end) >= 2 ? reportedStatement([[start, end]], null, 'reported-question') : undefined;
}

/**
 * "The sale is expected to close in May": an expectation nobody is named for — the subject and
 * the infinitive are its content, and the speaker is null.
 */
function expectationStatement(context: AttributionContext, cue: Cue, sentenceFirst: number, sentenceLast: number): ReportedStatement | undefined {
  const { index } = context;
  if (cue.lemma !== 'expect' || index.lower[cue.last + 1] !== 'to') return undefined;
  const subject = subjectBefore(index, cue.first, sentenceFirst);
  if (!subject) return undefined;
  const end = contentEnd(context, cue, cue.last + 1, sentenceLast);
  const [start, last] = trimRange(context, cue.last + 1, end);
  if (start > last || wordCountBetween(context, start, last) < 2) return undefined;
  return reportedStatement([[subject.first, subject.last], [start, last]], null, 'reported-expectation');
}

/** "It was emphasised that …", "It is known that …": no one is named, unless an opening "At the Kremlin" names the issuer. */
function impersonalStatement(context: AttributionContext, cue: Cue, sentenceFirst: number, sentenceLast: number): ReportedStatement | undefined {
  if (!cue.impersonal) return undefined;
  const { index } = context;
  const content = contentAfterCue(context, cue, sentenceLast);
  if (!content) return undefined;
  let issuer: SpeakerPhrase | null = null;
  if (['at', 'in', 'from'].includes(index.lower[sentenceFirst]!) && cue.first - 1 > sentenceFirst) {
    const phrase = phraseEndingAt(index, cue.first - 2, sentenceFirst + 1);
    if (phrase && isCapitalised(index, phrase.last)) issuer = phrase;
  }
  return reportedStatement([content], issuer, 'reported-impersonal');
}

/** "According to the ministry, …" — "…, according to the ministry." — "…, according to X, …". */
function sourceBeforeStatement(context: AttributionContext, cue: Cue): ReportedStatement | undefined {
  const { index } = context;
  const [sentenceFirst, sentenceLast] = sentenceRange(context, cue.head);
  const source = phraseStartingAt(index, cue.last + 1, sentenceLast + 1);
  if (!source) return undefined;
  const before = trimRange(context, sentenceFirst, cue.first - 1);
  const after = trimRange(context, source.last + 1, sentenceLast);
  const fragments: [number, number][] = [];
  if (before[0] <= before[1] && wordCountBetween(context, before[0], before[1]) >= 3) fragments.push(before);
  if (after[0] <= after[1] && wordCountBetween(context, after[0], after[1]) >= MIN_CONTENT_WORDS) fragments.push(after);
  return fragments.length > 0 ? reportedStatement(fragments, source, 'reported-according-to') : undefined;
}

/** "her claim that …", "Bogdanov's statement that …": a noun of saying with its content clause. */
function nounStatement(context: AttributionContext, cue: Cue): ReportedStatement | undefined {
  const { index } = context;
  if (index.lower[cue.last + 1] !== 'that') return undefined;
  const [sentenceFirst, sentenceLast] = sentenceRange(context, cue.head);
  const content = contentAfterCue(context, cue, sentenceLast);
  if (!content) return undefined;
  return reportedStatement([content], nounOwner(context, cue, sentenceFirst), 'reported-noun-that');
}

/** Prepositions that open the object of a noun of saying or stance: "criticism of", "call for", "views on", "warning against". */
const NOUN_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'about', 'against', 'over', 'toward', 'towards', 'to']);
/** Documents take only a topic: "a speech on trade", "an ad about the port" — "the report of the committee" names its author. */
const DOCUMENT_OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'against']);
/** Verbs that make a noun of saying into an act of their subject: "made a call for", "voiced support for", "had strong views on". */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['made', 'make', 'makes', 'making', 'voiced', 'voice', 'voices', 'expressed', 'express', 'expresses', 'offered', 'offer', 'offers', 'issued', 'issue', 'issues', 'raised', 'raise', 'raises', 'gave', 'give', 'gives', 'renewed', 'renew', 'repeated', 'reiterated', 'had', 'has', 'have', 'holds', 'hold', 'held', 'stated', 'signalled', 'signaled', 'delivered', 'delivers', 'deliver']);
const NOUN_OBJECT_STOP_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
const MAX_NOUN_OBJECT_TOKENS = 15;

/**
 * "Orlan's criticism of the harbour plan", "his call to close the port", "Velin voiced support for
 * the levy": a noun of saying or stance with its object — the object phrase is the content, and
 * the owner (a possessive, or the subject of a light verb) is the speaker, or no one.
 */
function nounObjectStatement(context: AttributionContext, cue: Cue): ReportedStatement | undefined {
  const { index } = context;
  const preposition = index.lower[cue.last + 1] ?? '';
  const document = DOCUMENT_NOUN_LEMMAS.has(cue.lemma);
  if (!(document ? DOCUMENT_OBJECT_PREPOSITIONS : NOUN_OBJECT_PREPOSITIONS).has(preposition)) return undefined;
  const infinitive = preposition === 'to';
  if (infinitive && index.tokens[cue.last + 2]?.tag !== 'VB') return undefined;
  const [sentenceFirst, sentenceLast] = sentenceRange(context, cue.head);
  const first = infinitive ? cue.last + 1 : cue.last + 2;
  let last = first - 1;
  for (let at = first; at <= sentenceLast && at - first < MAX_NOUN_OBJECT_TOKENS; at += 1) {
    const word = index.lower[at]!;
    const token = index.tokens[at]!;
    if (at > first && (token.kind === 'punct' && word !== '-' || isQuotationMark(index, at) || CLAUSE_WORDS.has(word) && word !== 'and' && word !== 'or' || NOUN_OBJECT_STOP_TAGS.has(token.tag ?? ''))) break;
    last = at;
  }
  const [start, end] = trimRange(context, first, last);
  if (start > end || wordCountBetween(context, start, end) < 1) return undefined;
  return reportedStatement([[start, withoutTrailingTime(context, start, end)]], nounOwner(context, cue, sentenceFirst), 'reported-noun-object');
}

const OWNER_MODIFIER_TAGS: ReadonlySet<string> = new Set(['JJ', 'JJS', 'JJR', 'RB', 'VBN', 'CD']);
/** "faced criticism of", "was met with opposition": the subject of these is the target of the noun, not its owner. */
const BE_OR_PASSIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'faced', 'faces', 'face', 'drew', 'draws', 'draw', 'received', 'receives', 'won', 'wins', 'earned', 'got', 'gets', 'sparked', 'prompted', 'met']);

const DOCUMENT_NOUN_LEMMAS: ReadonlySet<string> = new Set([...NOUN_CUES.values()].flat().filter((noun) => noun.nounClass === 'document').map((noun) => noun.lemma));

/** Who a noun of saying belongs to: "his call", "Orlan's recent criticism", "Velin voiced support"; null when the text does not say. */
function nounOwner(context: AttributionContext, cue: Cue, sentenceFirst: number): SpeakerPhrase | null {
  const { index } = context;
  let at = cue.first - 1;
  while (at > sentenceFirst && cue.first - at <= 4 && (OWNER_MODIFIER_TAGS.has(index.tokens[at]!.tag ?? '') || index.lower[at] === 'a' || index.lower[at] === 'an' || index.lower[at] === 'the')) at -= 1;
  const word = index.lower[at] ?? '';
  if (word === "'s" || word === '’s') return phraseEndingAt(index, at - 1, sentenceFirst) ?? null;
  if (word === 'his' || word === 'her' || word === 'their' || word === 'its' || word === 'my' || word === 'our') return speakerPhrase(at, at, true);
  // "Graham, a longtime backer of the plan": the noun in apposition describes the name before it.
  if (word === ',' && at + 1 < cue.first && (index.lower[at + 1] === 'a' || index.lower[at + 1] === 'an' || index.lower[at + 1] === 'the')) return phraseEndingAt(index, at - 1, sentenceFirst) ?? null;
  // "Velin voiced support for", "Christie renewed his attacks on": the subject of the verb that governs the noun.
  if (LIGHT_VERBS.has(word) || (index.tokens[at]?.tag ?? '').startsWith('VB') && !BE_OR_PASSIVE.has(word)) return subjectBefore(index, at, sentenceFirst) ?? null;
  return null;
}

function statementFor(context: AttributionContext, cue: Cue): ReportedStatement | undefined {
  if (cue.quotationOnly) return undefined;
  if (cue.kind === 'source-before') return sourceBeforeStatement(context, cue);
  if (cue.kind === 'noun') return nounStatement(context, cue) ?? nounObjectStatement(context, cue);
  return verbStatement(context, cue);
}

function overlapsTaken(taken: Uint8Array, first: number, last: number): boolean {
  for (let position = first; position <= last; position += 1) if (taken[position]) return true;
  return false;
}

/**
 * Second pass: reported speech around every cue not already tied to a quotation. A quotation inside
 * the content makes it mixed ("said the ruling “will force us …”"); a quotation already attributed
 * on its own is never taken twice.
 */
/** A reported statement the rules found, before the statement model weighs it. */
export interface StatementCandidate {
  readonly cueIndex: number;
  readonly statement: ReportedStatement;
  /** Probability that the statement is a real attribution, from the statement model (or the cue's strength without one). */
  readonly confidence: number;
}

/** The tokens already given to a quotation: reported speech never takes them twice. */
function takenTokens(context: AttributionContext): Uint8Array {
  const { index } = context;
  const taken = new Uint8Array(index.tokens.length);
  for (const [regionIndex] of context.quoteOfRegion) {
    const close = context.regionCloseToken[regionIndex]!;
    taken.fill(1, context.regionOpenToken[regionIndex]!, (close < 0 ? context.regionOpenToken[regionIndex]! : close) + 1);
  }
  for (const quote of context.quotes) taken.fill(1, firstTokenFrom(index, quote.content.start), lastTokenBefore(index, quote.content.end) + 1);
  return taken;
}

/** Every statement the rules find around cues not already tied to a quotation, weighed by the statement model. */
export function findStatementCandidates(context: AttributionContext, weigh: StatementWeigher = weighStatement, taken: Uint8Array = takenTokens(context)): StatementCandidate[] {
  const statements = new Map<number, ReportedStatement>();
  context.cues.forEach((cue, cueIndex) => {
    if (context.attributionByCue.has(cueIndex) || context.topRegionAtToken[cue.head]! >= 0 || taken[cue.head]) return;
    const statement = statementFor(context, cue);
    if (statement) statements.set(cueIndex, statement);
  });
  linkChains(context, statements);
  return [...statements].map(([cueIndex, statement]) => ({ cueIndex, statement, confidence: weigh(context, context.cues[cueIndex]!, statement) }));
}

/**
 * "According to Sputnik, the ministry said …", "The Post reported that officials said …": the
 * inner statement is the one reported, and the outer source is kept as its `reportedBy`. The outer
 * statement gives up the words of the inner one.
 */
function linkChains(context: AttributionContext, statements: Map<number, ReportedStatement>): void {
  const { index } = context;
  yieldToNounStatements(context, statements);
  yieldNounObjectsToEnclosingStatements(context, statements);
  passOnTrailingSources(context, statements);
  for (const [innerCue, inner] of statements) {
    // "He says he wishes …" is one statement of his; a chain passes on someone else's saying.
    if (!inner.speaker || inner.speaker.pronoun || context.cues[innerCue]!.kind !== 'verb' || context.cues[innerCue]!.cueClass !== 'speech') continue;
    let before = (inner.speaker.antecedent ?? inner.speaker).first - 1;
    while (before >= 0 && (index.lower[before] === 'that' || index.lower[before] === ',')) before -= 1;
    const outer = outerStatementEndingAt(context, statements, before);
    if (!outer) continue;
    statements.set(innerCue, reportedStatement(inner.fragments, inner.speaker, inner.rule, outer.source));
    const innerStart = (inner.speaker.antecedent ?? inner.speaker).first;
    const fragments = outer.statement.fragments.filter(([first]) => first < innerStart);
    if (fragments.length > 0) statements.set(outer.cueIndex, reportedStatement(fragments, outer.statement.speaker, outer.statement.rule, outer.statement.reportedBy));
    else statements.delete(outer.cueIndex);
  }
}

/**
 * "The union disputed Olmo's assertion that the pier was safe": the clause is Olmo's assertion, not
 * the union's statement, so a verb whose content opens with a noun statement gives way to it.
 */
function yieldToNounStatements(context: AttributionContext, statements: Map<number, ReportedStatement>): void {
  for (const [nounCue, noun] of statements) {
    if (context.cues[nounCue]!.kind !== 'noun' || noun.rule !== 'reported-noun-that') continue;
    const nounStart = noun.speaker ? Math.min(noun.speaker.first, context.cues[nounCue]!.first) : context.cues[nounCue]!.first;
    for (const [verbCue, verb] of statements) {
      if (verbCue === nounCue || context.cues[verbCue]!.kind !== 'verb') continue;
      if (verb.fragments.some(([first]) => first === nounStart)) statements.delete(verbCue);
    }
  }
}

/**
 * "It was stressed that both towns have close positions on the routes": a noun of stance inside
 * another statement's content is part of what that statement reports, not a statement of its own.
 */
function yieldNounObjectsToEnclosingStatements(context: AttributionContext, statements: Map<number, ReportedStatement>): void {
  let covered: Uint8Array | undefined;
  for (const [cueIndex, statement] of statements) {
    if (statement.rule !== 'reported-noun-object') continue;
    if (!covered) {
      covered = new Uint8Array(context.index.tokens.length);
      for (const other of statements.values()) if (other.rule !== 'reported-noun-object') for (const [first, last] of other.fragments) covered.fill(1, first, last + 1);
    }
    if (covered[context.cues[cueIndex]!.head]) statements.delete(cueIndex);
  }
}

/**
 * "Velin told Danek that …, according to a statement from her office": the statement before the
 * trailing source is Velin's, passed on by the office's statement.
 */
function passOnTrailingSources(context: AttributionContext, statements: Map<number, ReportedStatement>): void {
  for (const [sourceCue, source] of statements) {
    if (context.cues[sourceCue]!.kind !== 'source-before' || !source.speaker) continue;
    const [first, last] = source.fragments[0]!;
    if (first > context.cues[sourceCue]!.first) continue;
    for (const [innerCue, inner] of statements) {
      const cue = context.cues[innerCue]!;
      if (cue.kind !== 'verb' || cue.cueClass !== 'speech' || cue.head < first || cue.head > last || !inner.speaker || inner.speaker.first > first + 1) continue;
      statements.set(innerCue, reportedStatement(inner.fragments, inner.speaker, inner.rule, source.speaker));
      const fragments = source.fragments.slice(1);
      if (fragments.length > 0) statements.set(sourceCue, reportedStatement(fragments, source.speaker, source.rule, source.reportedBy));
      else statements.delete(sourceCue);
      break;
    }
  }
}

function outerStatementEndingAt(context: AttributionContext, statements: ReadonlyMap<number, ReportedStatement>, position: number): { cueIndex: number; statement: ReportedStatement; source: SpeakerPhrase } | undefined {
  if (position < 0) return undefined;
  for (let at = position; at >= 0 && position - at <= 10; at -= 1) {
    const cueIndex = context.cueAtToken[at]!;
    if (cueIndex < 0) continue;
    const statement = statements.get(cueIndex);
    const cue = context.cues[cueIndex]!;
    if (!statement?.speaker) return undefined;
    // Only a source ("according to Sputnik") or a report ("The Herald reported that") passes a statement on.
    const endsHere = cue.kind === 'source-before' ? statement.speaker.last === position : cue.lemma === 'report' && cue.last === position;
    return endsHere ? { cueIndex, statement, source: statement.speaker } : undefined;
  }
  return undefined;
}

/**
 * Second pass: reported speech around every cue not already tied to a quotation. Statements the
 * model finds unlikely are dropped; where two statements claim the same words, the likelier wins
 * ("…, Carly Fiorina said" over "attacking"). A quotation inside the content makes it mixed ("said
 * the ruling “will force us …”"); a quotation already attributed on its own is never taken twice.
 */
export function attributeReportedSpeech(context: AttributionContext): void {
  const { index } = context;
  const taken = takenTokens(context);
  const candidates = findStatementCandidates(context, weighStatement, taken).filter((candidate) => candidate.confidence >= STATEMENT_THRESHOLD);
  candidates.sort((a, b) => b.confidence - a.confidence || a.cueIndex - b.cueIndex);
  for (const { cueIndex, statement } of candidates) {
    const cue = context.cues[cueIndex]!;
    if (overlapsTaken(taken, cue.first, cue.last)) continue;
    const fragments = statement.fragments.filter(([first, last]) => !overlapsTaken(taken, first, last));
    if (fragments.length === 0) continue;
    const attribution = attributionForCue(context, cueIndex, statement.speaker, statement.rule);
    if (statement.reportedBy) context.attributions[attribution] = withReportedBy(context.attributions[attribution]!, statement.reportedBy);
    for (const [first, unextendedLast] of fragments) {
      const last = extendOverOpenRegion(context, unextendedLast);
      const absorbed = regionsWithin(context, first, last);
      const kind = absorbed.some((region) => isStatementQuote(context, region)) ? 'mixed' : 'indirect';
      const span: Span = tokenSpan(index, first, last);
      const quoteIndex = addQuote(context, foundQuote(kind, span, attribution, statement.rule));
      for (const region of absorbed) {
        context.quoteOfRegion.set(region, quoteIndex);
        if (!isStatementQuote(context, region)) context.terms.push({ ...context.regions[region]!.content, kind: 'scare' });
      }
      taken.fill(1, first, last + 1);
    }
    taken.fill(1, cue.first, cue.last + 1);
  }
}

function regionsWithin(context: AttributionContext, first: number, last: number): number[] {
  const regions: number[] = [];
  for (let position = first; position <= last; position += 1) {
    const region = context.topRegionAtToken[position]!;
    if (region >= 0 && regions.at(-1) !== region && !context.quoteOfRegion.has(region)) regions.push(region);
  }
  return regions;
}

/** A quoted stretch of three words or more inside reported speech is the speaker's own words; a shorter one is a scare quote ("a 'greater role'"). */
function isStatementQuote(context: AttributionContext, region: number): boolean {
  const { content } = context.regions[region]!;
  // Counts words in place, stopping at the third: no copy of a long quotation is made.
  WORD.lastIndex = content.start;
  let words = 0;
  for (let match = WORD.exec(context.index.text); match !== null && match.index < content.end && words < 3; match = WORD.exec(context.index.text)) words += 1;
  return words >= 3;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A content that stops inside a quotation runs on to its closing mark (a sentence break inside the quote fooled the sentence end). */
function extendOverOpenRegion(context: AttributionContext, last: number): number {
  const region = context.topRegionAtToken[last]!;
  if (region < 0 || context.quoteOfRegion.has(region)) return last;
  const close = context.regionCloseToken[region]!;
  return close > last ? close : last;
}
