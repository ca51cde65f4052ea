import type { Attribution, Source } from '../../doc/schema/attribution.ts';
import type { Entity, EntityType } from '../../doc/schema/entity.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import claimWords from '../../lexicons/claim-words.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';
import { tableOf } from './numbers.ts';
import { verbFormOf, wordClassOf } from './word-class.ts';

/** Whose claim a number is, found as plain data. */
export interface SourceFinding {
  readonly source: Attribution;
  readonly rule: string;
}

interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

/** Quotes sorted by start, and entity mentions sorted by start, built on first use (many articles have no claim that needs them). */
export interface SourceIndex {
  readonly quotes: readonly Quote[];
  readonly mentions: readonly IndexedMention[];
}

class LazySourceIndex implements SourceIndex {
  #quotes: Quote[] | undefined;
  #mentions: IndexedMention[] | undefined;
  constructor(private readonly quoteList: readonly Quote[], private readonly entities: readonly Entity[]) {}
  get quotes(): readonly Quote[] {
    return (this.#quotes ??= [...this.quoteList].sort((a, b) => a.start - b.start));
  }
  get mentions(): readonly IndexedMention[] {
    if (!this.#mentions) {
      const mentions: IndexedMention[] = [];
      for (const entity of this.entities) for (const mention of entity.mentions) mentions.push({ start: mention.start, end: mention.end, entity });
      this.#mentions = mentions.sort((a, b) => a.start - b.start);
    }
    return this.#mentions;
  }
}

const REPORTING_VERBS = new Set(claimWords.reportingVerbs);
const CONDITIONAL_REPORTING_VERBS = new Set(claimWords.conditionalReportingVerbs);
const SOURCE_NOUNS = new Set(claimWords.sourceNouns);
const SPEAKER_STOPS = new Set(claimWords.speakerStops);
const PERSON_PRONOUNS = tableOf<string>(claimWords.personPronouns);
/** Words at which the subject of a reporting verb ends, read leftwards. */
const SUBJECT_BOUNDARIES = new Set(['that', 'and', 'but', 'while', 'as', 'because', 'when', 'whereas', 'although', 'though', 'if', 'so', ';', ':', '.', '?', '!']);
const ARTICLES = new Set(['the', 'a', 'an']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
const SKIPPED_BEFORE_CUE = new Set(['has', 'have', 'had', 'also', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'further', 'previously', 'earlier', 'later', 'separately', 'repeatedly', 'now', 'again', 'then', 'recently', 'just', 'already', 'reportedly', 'once', 'last']);
const MAX_SUBJECT_TOKENS = 14;

export function buildSourceIndex(quotes: readonly Quote[], entities: readonly Entity[]): SourceIndex {
  return new LazySourceIndex(quotes, entities);
}

function firstStartingAtOrAfter<T extends { start: number }>(items: readonly T[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The innermost quote holding `offset`, if any. */
function quoteAt(index: SourceIndex, offset: number): Quote | undefined {
  const after = firstStartingAtOrAfter(index.quotes, offset + 1);
  let best: Quote | undefined;
  for (let position = after - 1; position >= 0 && position >= after - 64; position -= 1) {
    const quote = index.quotes[position]!;
    if (quote.start <= offset && offset < quote.end && (!best || quote.start > best.start)) best = quote;
  }
  return best;
}

function mentionsWithin(index: SourceIndex, start: number, end: number): IndexedMention[] {
  const found: IndexedMention[] = [];
  for (let position = firstStartingAtOrAfter(index.mentions, start); position < index.mentions.length; position += 1) {
    const mention = index.mentions[position]!;
    if (mention.start >= end) break;
    if (mention.end <= end) found.push(mention);
  }
  return found;
}

/** The nearest mention before `offset` of an entity of one of the types, for "she said" without coreference. */
function nearestBefore(index: SourceIndex, offset: number, types: readonly EntityType[]): IndexedMention | undefined {
  for (let position = firstStartingAtOrAfter(index.mentions, offset) - 1; position >= 0; position -= 1) {
    const mention = index.mentions[position]!;
    if (types.includes(mention.entity.type)) return mention;
  }
  return undefined;
}

function isCapitalised(context: ClaimContext, token: number): boolean {
  return context.tokens[token]?.kind === 'word' && /^\p{Lu}/u.test(context.raw(token));
}

/** The longest run of two or more capitalised words in the phrase ("Petra Lind", "Orrin Institute"). */
function capitalisedName(context: ClaimContext, first: number, last: number): { first: number; last: number } | undefined {
  let best: { first: number; last: number } | undefined;
  let runStart = -1;
  for (let index = first; index <= last + 1; index += 1) {
    const joins = index <= last && (isCapitalised(context, index) || runStart >= 0 && ['of', 'for', 'de', 'al', 'bin'].includes(context.raw(index)) && isCapitalised(context, index + 1));
    if (joins && runStart < 0) runStart = index;
    if (!joins && runStart >= 0) {
      let start = runStart;
      while (start < index - 1 && ARTICLES.has(context.word(start))) start += 1;
      // The first of the longest runs: "Karl Vennet, an analyst at Strait Advisory" is Karl Vennet.
      if (index - 1 > start && (!best || index - 1 - start > best.last - best.first)) best = { first: start, last: index - 1 };
      runStart = -1;
    }
  }
  return best;
}

/**
 * "Zakharova confirmed the talks. She said ...": without coreference, "she" is taken to be the
 * name that opened one of the last sentences as their subject (a capitalised name followed by a verb).
 */
function lastNamedSubject(context: ClaimContext, sentence: number): { first: number; last: number } | undefined {
  for (let previous = sentence; previous >= 0 && previous >= sentence - 3; previous -= 1) {
    const first = context.sentenceFirst(previous);
    if (first < 0) continue;
    let last = first;
    while (last - first < 3 && isCapitalised(context, last + 1)) last += 1;
    if (!isCapitalised(context, first) || ARTICLES.has(context.word(first))) continue;
    const next = wordClassOf(context, last + 1);
    const opener = wordClassOf(context, first);
    if ((next === 'verb' || next === 'participle' || next === 'auxiliary') && (opener === 'noun' || opener === 'proper')) return { first, last };
  }
  return undefined;
}

/** The head of a source phrase: its last word before a preposition, a comma or a possessive. */
function headToken(context: ClaimContext, first: number, last: number): number {
  for (let position = first + 1; position <= last; position += 1) {
    const word = context.word(position);
    if (word === ',' || wordClassOf(context, position) === 'preposition') return position - 1;
  }
  return last;
}

/** Turns the phrase naming a source into an attribution: an entity when one is mentioned there, else the phrase. */
function nameSpeaker(context: ClaimContext, index: SourceIndex, first: number, last: number, quote?: string): Source | null {
  const { tokens, doc } = context;
  while (first <= last && (ARTICLES.has(context.word(first)) || POSSESSIVES.has(context.word(first)) || context.raw(first) === ',' || context.tokens[first]!.kind === 'quote')) first += 1;
  while (last >= first && (context.raw(last) === ',' || context.tokens[last]!.kind === 'quote' || context.raw(last) === '.')) last -= 1;
  if (first > last) return null;
  const word = context.word(first);
  if (first === last && SPEAKER_STOPS.has(word)) return null;
  const withQuote = quote ? { quote } : {};
  // "She said": a pronoun names the person or body mentioned before it.
  const pronounType = PERSON_PRONOUNS.get(word);
  if (first === last && pronounType !== undefined) {
    const start = tokens[first]!.start;
    const resolved = mentionsWithin(index, start, tokens[first]!.end)[0]
      ?? nearestBefore(index, start, pronounType === 'PERSON' ? ['PERSON'] : pronounType === 'ORG' ? ['ORG', 'GPE'] : ['ORG', 'GPE', 'NORP']);
    if (resolved) return { entity: resolved.entity.id, name: resolved.entity.name, ...withQuote };
    const named = pronounType === 'PERSON' ? lastNamedSubject(context, tokens[first]!.sentence) : undefined;
    // Unresolved, "he said" still makes the number someone's claim, not the author's.
    const span = named ?? { first, last };
    return { entity: null, name: doc.text.slice(tokens[span.first]!.start, tokens[span.last]!.end), ...withQuote };
  }
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  // "figures from the statistics office": the office is the source.
  for (let position = first; position < last; position += 1) {
    // "figures from the statistics office", "a report by the Orrin Institute"; "a survey of 1,000 adults" names its sample, not its author.
    const linker = context.word(position + 1);
    if (SOURCE_NOUNS.has(context.word(position)) && (linker === 'from' || linker === 'by' || linker === 'of' && isCapitalised(context, position + 2))) {
      let inner = position + 2;
      while (ARTICLES.has(context.word(inner))) inner += 1;
      if (inner <= last) return nameSpeaker(context, index, inner, last, quote);
    }
  }
  const mentions = mentionsWithin(index, start, end);
  const person = mentions.find((mention) => mention.entity.type === 'PERSON');
  // An organisation is the source when it is the phrase's head, not a modifier ("Tarsk's mayor", "the ministry in Lume").
  const head = headToken(context, first, last);
  const organisation = mentions.find((mention) => mention.entity.type === 'ORG' && mention.start <= tokens[head]!.start && tokens[head]!.end <= mention.end);
  // A place named at the end of the phrase is the source only when it is the whole phrase ("Russia said"), not in "the defence ministry in Lume".
  const whole = mentions.find((mention) => mention.end === end && mention.start <= start);
  const chosen = person ?? organisation ?? whole;
  if (chosen) return { entity: chosen.entity.id, name: chosen.entity.name, ...withQuote };
  const name = capitalisedName(context, first, last);
  // "the survey of 1,000 adults": the sample is not part of the source's name.
  for (let position = first + 1; !name && position < last; position += 1) {
    if (context.word(position) === 'of' && context.tokens[position + 1]?.kind === 'number') {
      last = position - 1;
      break;
    }
  }
  const span = name ?? { first, last };
  return { entity: null, name: doc.text.slice(tokens[span.first]!.start, tokens[span.last]!.end), ...withQuote };
}

/** The subject of the reporting verb at `cue`, read leftwards to the start of its clause. */
function subjectBefore(context: ClaimContext, cue: number): { first: number; last: number } | null {
  let last = cue - 1;
  while (SKIPPED_BEFORE_CUE.has(context.word(last))) last -= 1;
  const sentence = context.tokens[cue]!.sentence;
  const sentenceFirst = context.sentenceFirst(sentence);
  let first = last + 1;
  for (let index = last; index >= sentenceFirst && index > last - MAX_SUBJECT_TOKENS; index -= 1) {
    const word = context.word(index);
    if (SUBJECT_BOUNDARIES.has(word) || context.tokens[index]!.kind === 'quote') break;
    const wordClass = wordClassOf(context, index);
    // "Unconfirmed reports said": an -s form inside the subject is a plural noun, not a verb.
    const pluralNoun = wordClass === 'verb' && verbFormOf(word) === 'third' && index > sentenceFirst && wordClassOf(context, index - 1) !== 'pronoun';
    if ((wordClass === 'verb' && !pluralNoun || wordClass === 'auxiliary') && index !== sentenceFirst) break;
    first = index;
  }
  if (first > last) return null;
  // "On Monday, police said": a leading adverbial before a comma is not part of the subject.
  for (let index = first; index < last; index += 1) {
    if (context.raw(index) !== ',') continue;
    const head = wordClassOf(context, first);
    if (head === 'preposition' || head === 'adverb') return { first: index + 1, last };
    // "The charity, which runs 14 shelters, said": drop the relative clause.
    if (context.word(index + 1) === 'which' || context.word(index + 1) === 'who') return { first, last: index - 1 };
    break;
  }
  return { first, last };
}

/** "According to the Red Crescent, ..." or "..., according to hospital officials." */
/** "according" in any case, searched in the text: a token that lower-cases to "according" is written with these letters. */
const ACCORDING = /according/gi;

/** Whether the text of tokens [first, last] holds "according": most sentences with a number do not, and need no word-by-word reading. */
function mentionsAccording(context: ClaimContext, first: number, last: number): boolean {
  const from = context.tokens[first]?.start;
  const to = context.tokens[last]?.end;
  if (from === undefined || to === undefined) return true;
  ACCORDING.lastIndex = from;
  const found = ACCORDING.exec(context.doc.analysisText);
  return found !== null && found.index < to;
}

function accordingTo(context: ClaimContext, index: SourceIndex, sentence: number): Source | null {
  const first = context.sentenceFirst(sentence);
  const last = context.sentenceLast(sentence);
  if (first < last && !mentionsAccording(context, first, last)) return null;
  for (let position = first; position < last; position += 1) {
    if (context.word(position) !== 'according' || context.word(position + 1) !== 'to') continue;
    let end = position + 2;
    while (end + 1 <= last && context.raw(end + 1) !== ',' && context.raw(end + 1) !== '.' && context.tokens[end + 1]!.kind !== 'quote' && !(wordClassOf(context, end + 1) === 'verb' && verbFormOf(context.word(end + 1)) !== 'third')) end += 1;
    return nameSpeaker(context, index, position + 2, end);
  }
  return null;
}

/** "..., the mayor of Sellin told reporters." or "..., said Dara Quill, head of the union." after the number. */
function cueAfter(context: ClaimContext, index: SourceIndex, claimLast: number): Source | null {
  const sentence = context.tokens[claimLast]!.sentence;
  const last = context.sentenceLast(sentence);
  // The tag follows one of the commas after the number: the first ("…,” said Dara Quill, head of the union.")
  // or a later one ("Five people, including two children, were killed, the governor said.").
  for (let comma = claimLast + 1; comma <= last; comma += 1) {
    if (context.raw(comma) !== ',') continue;
    const tag = tagAfterComma(context, index, comma, last);
    if (tag) return tag;
  }
  return null;
}

/** "the mayor of Sellin told reporters." or "said Dara Quill, head of the union." after a comma, ending the sentence. */
function tagAfterComma(context: ClaimContext, index: SourceIndex, comma: number, last: number): Source | null {
  if (context.word(comma + 1) === 'according') return null;
  let start = comma + 1;
  while (context.tokens[start]?.kind === 'quote') start += 1;
  let cue = -1;
  for (let position = start; position <= last; position += 1) {
    // A reporting word ending the sentence is the verb of the tag, whatever a tagger says ("…, its director estimates.").
    const endsSentence = position === last || position + 1 === last && ['.', '!', '?'].includes(context.raw(last));
    if (REPORTING_VERBS.has(context.word(position)) && (wordClassOf(context, position) !== 'noun' || endsSentence)) {
      cue = position;
      break;
    }
    const wordClass = wordClassOf(context, position);
    // "..., while police counted about 18,000": a new clause with its own number is not a tag on this one.
    if (wordClass === 'verb' || wordClass === 'auxiliary' || wordClass === 'conjunction' || wordClass === 'number') return null;
  }
  if (cue < 0) return null;
  // The cue ends the sentence, or only a short tail follows it ("told reporters", "said on Monday").
  let tailEnd = last;
  while (tailEnd > cue && ['.', '!', '?'].includes(context.raw(tailEnd)) || context.tokens[tailEnd]?.kind === 'quote' && tailEnd > cue) tailEnd -= 1;
  if (cue > start) {
    if (tailEnd - cue > 4 || context.word(cue + 1) === 'that') return null;
    return nameSpeaker(context, index, start, cue - 1);
  }
  // Inverted: "said Dara Quill, head of the nurses' union." The name runs to a comma or the end, with no verb in it.
  let nameEnd = cue + 1;
  while (nameEnd + 1 <= tailEnd && context.raw(nameEnd + 1) !== ',') nameEnd += 1;
  for (let position = cue + 1; position <= nameEnd; position += 1) {
    const wordClass = wordClassOf(context, position);
    if (wordClass === 'verb' || wordClass === 'auxiliary' || wordClass === 'participle' || wordClass === 'number') return null;
  }
  return nameEnd <= tailEnd ? nameSpeaker(context, index, cue + 1, nameEnd) : null;
}

/** "the report", "a claim": a reporting word after a determiner is a noun. */
function isNounUse(context: ClaimContext, position: number): boolean {
  const previous = wordClassOf(context, position - 1);
  return previous === 'determiner' || previous === 'adjective';
}

/**
 * "The poll found that 38%", "data show 3,400", "put the toll at 45": these verbs report only with
 * "that", a source noun as subject, or the put-at pattern; "rescuers found 40 survivors" is an action.
 */
function reportsHere(context: ClaimContext, cue: number, claimFirst: number): boolean {
  const word = context.word(cue);
  if (word === 'put' || word === 'puts') return context.word(claimFirst - 1) === 'at';
  if (context.word(cue + 1) === 'that') return true;
  // "promised that 500 buses would…", "vowed to build 10,000 homes" report; "pledged $2.5 billion" is an act.
  if (/^(pledge|promise|vow)/.test(word)) return context.word(cue + 1) === 'to';
  for (let position = cue - 1; position >= Math.max(0, cue - 6); position -= 1) if (SOURCE_NOUNS.has(context.word(position))) return true;
  return false;
}

/** "the army said (that) ...", "police counted about 18,000", "the UN estimates that": the nearest reporting verb before the number. */
function cueBefore(context: ClaimContext, index: SourceIndex, claimFirst: number): Source | null {
  const sentence = context.tokens[claimFirst]!.sentence;
  const first = context.sentenceFirst(sentence);
  for (let position = claimFirst - 1; position >= first; position -= 1) {
    const word = context.word(position);
    // "; and that at least fifteen ..." continues the same report; any other semicolon ends it.
    if (word === ';' && context.word(position + 1) !== 'that' && !(context.word(position + 1) === 'and' && context.word(position + 2) === 'that')) return null;
    if (!REPORTING_VERBS.has(word) || isNounUse(context, position)) continue;
    if (CONDITIONAL_REPORTING_VERBS.has(word) && !reportsHere(context, position, claimFirst)) continue;
    const subject = subjectBefore(context, position);
    if (!subject) continue;
    const speaker = nameSpeaker(context, index, subject.first, subject.last);
    if (speaker) return speaker;
  }
  return null;
}

/**
 * Whether the quotes stage's speaker is the source the sentence names: the same name, or a fuller one
 * ("Maria Zakharova" for "Zakharova"); not a place inside the phrase ("Lume" for "the ministry in Lume").
 */
function sameName(own: string, quoted: string): boolean {
  const left = own.toLowerCase();
  const right = quoted.toLowerCase();
  return left === right || right.includes(left);
}

/** The source the sentence itself names for the number: a tag after it, "according to", or a reporting verb before it. */
function sentenceSource(context: ClaimContext, index: SourceIndex, claimFirst: number, claimLast: number): SourceFinding | null {
  const after = cueAfter(context, index, claimLast);
  if (after) return { source: after, rule: 'cue-after' };
  const according = accordingTo(context, index, context.tokens[claimFirst]!.sentence);
  if (according) return { source: according, rule: 'according-to' };
  const before = cueBefore(context, index, claimFirst);
  return before ? { source: before, rule: 'cue-before' } : null;
}

/**
 * Whose claim the number is. Inside quotation marks, the speaker of the quote (`doc.quotes`: the
 * quotes stage follows a speaker across split and continued quotes). Elsewhere, the source the
 * sentence names — a reporting verb, "according to", a tag after the clause — read with the claims'
 * own word lists (which know "estimated", "put … at", "figures from"); a reported statement of the
 * quotes stage confirms it and lends its entity and quote id, or stands in when the sentence names
 * no source of its own. Otherwise the author.
 */
export function findSource(context: ClaimContext, index: SourceIndex, claimFirst: number, claimLast: number): SourceFinding {
  const offset = context.tokens[claimFirst]!.start;
  const quote = quoteAt(index, offset);
  if (quote?.speaker && quote.kind !== 'indirect') return { source: { entity: quote.speaker.entity, name: quote.speaker.name, quote: quote.id }, rule: 'quote' };
  const own = sentenceSource(context, index, claimFirst, claimLast);
  const quoted = quote?.speaker ? { entity: quote.speaker.entity, name: quote.speaker.name, quote: quote.id } : undefined;
  if (own && own.source !== 'author') {
    if (quoted && (sameName(own.source.name, quoted.name) || own.source.entity !== null && own.source.entity === quoted.entity)) return { source: quoted, rule: `${own.rule}+quote` };
    return { source: quote ? { ...own.source, quote: quote.id } : own.source, rule: own.rule };
  }
  // A reported statement whose cue the claims' lists do not know ("will support", "found 40 survivors") is not taken alone.
  if (quoted && quote?.cue && REPORTING_VERBS.has(context.doc.analysisText.slice(quote.cue.start, quote.cue.end).toLowerCase().split(/\s+/).at(-1) ?? '')
    && !CONDITIONAL_REPORTING_VERBS.has(context.doc.analysisText.slice(quote.cue.start, quote.cue.end).toLowerCase())) {
    return { source: quoted, rule: 'quote' };
  }
  return { source: 'author', rule: 'author' };
}
