import type { QuoteKind } from '../../doc/schema/quote.ts';
import { AUXILIARIES, BE_FORMS, SUBJECT_PRONOUNS } from './lexicon.ts';
import { addQuote, attributionForCue, wordCountBetween, type AttributionContext } from './context.ts';
import { newCue, NO_FORMS, type Cue } from './find-cues.ts';
import { phraseStartingAt, speakerPhrase, subjectBefore, subjectOfGoverningVerb, type SpeakerPhrase } from './speaker-phrase.ts';
import { foundQuote, type FoundQuote } from './candidates.ts';
import { isCapitalised, isQuotationMark, lastTokenBefore, paragraphOfToken } from './token-index.ts';

interface QuoteCueMatch {
  readonly cueIndex: number;
  readonly speaker: SpeakerPhrase | null;
  readonly kind: QuoteKind;
  readonly rule: string;
}

const CLAUSE_STOPS = new Set(['.', ';', ':', '?', '!']);
const SEPARATORS = new Set([',', ':', '—', '–', '-']);

function isQuoteCue(cue: Cue): boolean {
  if (cue.kind === 'source-before') return true;
  return cue.kind === 'verb' && !cue.passive && (cue.cueClass === 'speech' || cue.cueClass === 'thought');
}

/** Where a speaker phrase may start: after the previous quotation, within the sentence. */
function sentenceFloor(context: AttributionContext, position: number): number {
  const { index } = context;
  const sentence = index.tokens[position]!.sentence;
  let floor = index.sentenceFirst[sentence]!;
  for (let at = position - 1; at >= floor; at -= 1) {
    if (isQuotationMark(index, at)) {
      floor = at + 1;
      break;
    }
  }
  return floor;
}

/**
 * The subject a verb shares with the clause before it: a participle ("…, adding: “…”") or a
 * coordinated verb ("tweeted a photograph and said she had been pulled back").
 */
export function sharedSubject(context: AttributionContext, cue: Cue): SpeakerPhrase | null {
  const { index } = context;
  const sentence = index.tokens[cue.head]!.sentence;
  const first = index.sentenceFirst[sentence]!;
  for (let at = cue.first - 1; at >= first; at -= 1) {
    const other = context.cueAtToken[at]!;
    if (other < 0) continue;
    const attribution = context.attributionByCue.get(other);
    if (attribution !== undefined) return context.attributions[attribution]!.speaker;
    const otherCue = context.cues[other]!;
    if (otherCue.kind !== 'verb') continue;
    // "used to back Quill, but now said …": the earlier verb may itself hang on another one.
    const subject = subjectBefore(index, otherCue.first, first) ?? subjectOfGoverningVerb(index, otherCue.first, first);
    if (subject) return subject;
    break;
  }
  // "Trump shot back in a statement, saying …": the participle hangs on the sentence's subject.
  const main = subjectOfFirstVerb(context, first, cue.first);
  if (main) return main;
  const opening = phraseStartingAt(index, first, cue.first);
  return opening && isCapitalised(index, opening.first) ? opening : null;
}

const FINITE_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);

/**
 * "Quill emailed supporters saying: “…”", "issued a statement Tuesday saying “…”": a participle of
 * saying right after a noun hangs on the clause's verb; the noun before it is an object, not the speaker.
 */
function isGerundAfterObject(context: AttributionContext, cue: Cue): boolean {
  const { index } = context;
  if (cue.kind !== 'verb' || !index.lower[cue.head]!.endsWith('ing')) return false;
  const before = cue.first - 1;
  return before >= 0 && index.tokens[before]!.kind === 'word' && !AUXILIARIES.has(index.lower[before]!) && !BE_FORMS.has(index.lower[before]!) && !SUBJECT_PRONOUNS.has(index.lower[before]!);
}

/** The subject of the first finite verb between `floor` and `before`, outside quotations. */
export function subjectOfFirstVerb(context: AttributionContext, floor: number, before: number): SpeakerPhrase | undefined {
  const { index } = context;
  for (let at = floor + 1; at < before; at += 1) {
    const tag = index.tokens[at]!.tag;
    if (tag === undefined || !FINITE_TAGS.has(tag) || context.topRegionAtToken[at]! >= 0 || AUXILIARIES.has(index.lower[at]!)) continue;
    return subjectBefore(index, at, floor);
  }
  return undefined;
}

/** A participle after a comma, or a verb after "and"/"but", has no subject of its own. */
export function takesSharedSubject(context: AttributionContext, cue: Cue): boolean {
  const { index } = context;
  let before = cue.first - 1;
  while (before >= 0 && (AUXILIARIES.has(index.lower[before]!) || index.lower[before]!.endsWith('ly'))) before -= 1;
  const word = index.lower[before] ?? '';
  return (cue.forms.includes('gerund') && word === ',') || word === 'and' || word === 'but';
}

/** The speaker of a cue tied to a quotation: its subject, or the phrase after it in an inversion ("said Smith"). */
function speakerOfQuoteCue(context: AttributionContext, cue: Cue, floor: number, ceiling: number): SpeakerPhrase | null {
  const { index } = context;
  if (cue.kind === 'source-before') return phraseStartingAt(index, cue.last + 1, ceiling) ?? null;
  if (isGerundAfterObject(context, cue)) {
    const main = subjectOfFirstVerb(context, floor, cue.first);
    if (main) return main;
  }
  const subject = subjectBefore(index, cue.first, floor) ?? subjectOfGoverningVerb(index, cue.first, floor);
  if (subject) return subject;
  if (takesSharedSubject(context, cue)) return sharedSubject(context, cue);
  if (cue.cueClass === 'speech') return phraseStartingAt(index, cue.last + 1, ceiling) ?? null;
  return null;
}

const CLAUSE_OPENERS = new Set([':', ';', '—', '–', '(', '.', '!', '?']);

/**
 * A quotation that opens its sentence or clause can take its cue after it; one that starts
 * mid-sentence ("Trump said the system is “complex” and he feels…") is a fragment of the sentence
 * around it, and a cue after it belongs to that sentence, not to the fragment.
 */
function opensClause(context: AttributionContext, region: number): boolean {
  const { index } = context;
  const open = context.regionOpenToken[region]!;
  if (open === 0 || index.tokens[open - 1]!.sentence !== index.tokens[open]!.sentence || paragraphOfToken(index, open - 1) !== paragraphOfToken(index, open)) return true;
  const before = index.lower[open - 1]!;
  if (CLAUSE_OPENERS.has(before) || isQuotationMark(index, open - 1)) return true;
  // The second half of a split quote: “…,” she said, “…,” he added.
  if (before === ',' && context.regions[region - 1]?.depth === 0 && context.regionCloseToken[region - 1]! >= open - 12) return true;
  if (context.regions[region]!.depth > 0 && before === ',') return true;
  const sentenceStart = index.sentenceFirst[index.tokens[open]!.sentence]!;
  // "As for the new tax, “…,” said Pike": an introductory phrase without a verb of its own.
  if (before === ',' && !hasVerbBetween(context, sentenceStart, open - 2)) return true;
  // "Meantime “…,” Green said", "But “…”": a short opening word without a verb of saying before the quote.
  return open - sentenceStart <= 2 && !context.cueAtToken.slice(sentenceStart, open).some((cue) => cue >= 0);
}

function hasVerbBetween(context: AttributionContext, first: number, last: number): boolean {
  for (let at = first; at <= last; at += 1) {
    const tag = context.index.tokens[at]!.tag ?? '';
    if (tag.startsWith('VB') || tag === 'MD' || context.cueAtToken[at]! >= 0 || isQuotationMark(context.index, at)) return true;
  }
  return false;
}

/** “…,” Badran said — “…,” said the minister — “…,” according to the release. */
export function cueAfterQuote(context: AttributionContext, region: number): QuoteCueMatch | undefined {
  const { index } = context;
  const close = context.regionCloseToken[region]!;
  if (close < 0 || !opensClause(context, region)) return undefined;
  const paragraph = paragraphOfToken(index, close);
  let start = close + 1;
  while (start < index.tokens.length && SEPARATORS.has(index.lower[start]!)) start += 1;
  const markAt = context.regions[region]!.close!;
  const tiedByComma = /[,?!—–…]\s*$/u.test(index.text.slice(Math.max(0, markAt - 3), markAt)) || start > close + 1;
  let stop = start;
  while (stop < index.tokens.length && stop - start < 40 && paragraphOfToken(index, stop) === paragraph
    && index.tokens[stop]!.kind !== 'quote' && !CLAUSE_STOPS.has(index.lower[stop]!)) stop += 1;
  for (let at = start; at < stop; at += 1) {
    const cueIndex = context.cueAtToken[at]!;
    if (cueIndex < 0) continue;
    const cue = context.cues[cueIndex]!;
    if (!isQuoteCue(cue)) continue;
    if (cue.kind === 'source-before' && at !== start) return undefined;
    const speaker = speakerOfQuoteCue(context, cue, start, stop);
    if (cue.kind === 'verb' && subjectBefore(index, cue.first, start) === undefined && cue.first !== start) return undefined;
    // "“Slow down” was all she heard from the council, Varga said": words of the writer's between the quote and its
    // attribution make the quote a fragment of a mixed statement, which the reported-speech pass takes whole.
    if (!tiedByComma && Math.min(speaker?.first ?? cue.first, cue.first) > start) return undefined;
    const afterSpeaker = speaker && speaker.first > cue.last ? speaker.last + 1 : cue.last + 1;
    // Without a comma to tie it, a cue after a full stop belongs to a new sentence of its own ("… .” Smith told the Senate that …).
    if (!tiedByComma && (stop - afterSpeaker > 8 || index.lower.slice(afterSpeaker, stop).includes('that'))) return undefined;
    return { cueIndex, speaker, kind: 'direct', rule: 'quote-cue-after' };
  }
  return undefined;
}

/** Badran said: “…” — According to the release, “…” — Rapaport proposes “to boycott …” (mixed). */
export function cueBeforeQuote(context: AttributionContext, region: number): QuoteCueMatch | undefined {
  const { index } = context;
  const open = context.regionOpenToken[region]!;
  let end = open - 1;
  const separator = end >= 0 && SEPARATORS.has(index.lower[end]!) ? index.lower[end]! : '';
  if (separator) end -= 1;
  if (end < 0) return undefined;
  // A colon closing the previous paragraph introduces a quotation that fills the next one.
  if (paragraphOfToken(index, end) !== paragraphOfToken(index, open) && separator !== ':') return undefined;
  const floor = sentenceFloor(context, end);
  for (let at = end; at >= floor && end - at <= 26; at -= 1) {
    if (CLAUSE_STOPS.has(index.lower[at]!) || isQuotationMark(index, at)) return undefined;
    const cueIndex = context.cueAtToken[at]!;
    if (cueIndex < 0) continue;
    const cue = context.cues[cueIndex]!;
    if (!isQuoteCue(cue)) continue;
    const gap = end - cue.last;
    if (cue.kind === 'source-before') {
      const source = phraseStartingAt(index, cue.last + 1, end + 1);
      if (!source || separator === '' || !(source.last === end || closesParenthesisAfter(context, source.last, end))) return undefined;
      return { cueIndex, speaker: source, kind: 'direct', rule: 'quote-according-to' };
    }
    if (separator === '' && gap > 0) return undefined;
    // "Said Dorothy Poynter, who grew up with him, “…”": a cue that opens the sentence takes a long speaker phrase.
    const fronted = cue.first === floor;
    if (separator !== ':' && (gap > (fronted ? 24 : 8) || index.lower.slice(cue.last + 1, end + 1).includes('that'))) return undefined;
    const speaker = speakerOfQuoteCue(context, cue, floor, end + 1);
    const content = context.regions[region]!.content;
    const lowerCaseStart = /^\p{Ll}/u.test(index.text[content.start] ?? '');
    const kind: QuoteKind = separator === '' && lowerCaseStart ? 'mixed' : 'direct';
    return { cueIndex, speaker, kind, rule: kind === 'mixed' ? 'quote-fragment-after-cue' : 'quote-cue-before' };
  }
  return separator === ':' ? nameBeforeColon(context, floor, end) ?? clauseBeforeColon(context, floor, end) : undefined;
}

/** Subjects that never speak a quotation their clause introduces: "Here is the list:", "It reads:". */
const NON_SPEAKER_SUBJECTS: ReadonlySet<string> = new Set(['here', 'there', 'it', 'this', 'these', 'that', 'what', 'which', 'the following']);
const FINITE_VERB_TAGS: ReadonlySet<string> = new Set(['VBD', 'VBZ', 'VBP']);
const MAX_COLON_CLAUSE_TOKENS = 16;

/**
 * "Quill boomed: “…”", "She addressed the supporters again: “…”": a clause of its own before a
 * colon introduces its subject's words even when its verb is no verb of saying; the verb is the cue.
 */
function clauseBeforeColon(context: AttributionContext, floor: number, end: number): QuoteCueMatch | undefined {
  const { index } = context;
  if (end - floor > MAX_COLON_CLAUSE_TOKENS) return undefined;
  for (let at = floor + 1; at <= end; at += 1) {
    const tag = index.tokens[at]!.tag;
    if (tag === undefined || !FINITE_VERB_TAGS.has(tag) || AUXILIARIES.has(index.lower[at]!) || context.cueAtToken[at]! >= 0) continue;
    const speaker = subjectBefore(index, at, floor);
    if (!speaker || speaker.first !== clauseStart(context, floor) || NON_SPEAKER_SUBJECTS.has(index.lower.slice(speaker.first, speaker.last + 1).join(' '))) return undefined;
    context.cues.push(newCue('verb', at, at, at, index.lower[at]!, 'speech', NO_FORMS, false, false, true));
    context.cueAtToken[at] = context.cues.length - 1;
    return { cueIndex: context.cues.length - 1, speaker, kind: 'direct', rule: 'quote-after-colon-clause' };
  }
  return undefined;
}

const NAME_LEADS: ReadonlySet<string> = new Set(['-', '—', '–', 'from', 'more from']);
const MAX_COLON_NAME_TOKENS = 5;

/**
 * "… - Jeffrey Olmo: “…”", "More from Olmo: “…”": a name alone before a colon, after a dash or
 * "from", introduces that person's (or that document's) words.
 */
function nameBeforeColon(context: AttributionContext, floor: number, end: number): QuoteCueMatch | undefined {
  const { index } = context;
  let first = end;
  while (first - 1 >= floor && end - first < MAX_COLON_NAME_TOKENS && (isCapitalised(index, first - 1) && index.tokens[first - 1]!.kind === 'word' || index.lower[first - 1] === '.')) first -= 1;
  if (!isCapitalised(index, first) || !isCapitalised(index, end) || index.tokens[end]!.kind !== 'word') return undefined;
  const lead = index.lower[first - 1] ?? '';
  const startsSentence = first === floor;
  if (!NAME_LEADS.has(lead) && !startsSentence) return undefined;
  if (startsSentence && end - first > 3) return undefined;
  const colon = end + 1;
  context.cues.push(newCue('colon', colon, colon, colon, ':', 'speech', NO_FORMS, false, false, false));
  context.cueAtToken[colon] = context.cues.length - 1;
  return { cueIndex: context.cues.length - 1, speaker: speakerPhrase(first, end, false), kind: 'direct', rule: 'quote-after-colon-name' };
}

/** Where a clause's subject starts: its first word, past an opening "As" ("As Foner put it: “…”"). */
function clauseStart(context: AttributionContext, floor: number): number {
  let at = floor;
  while (at < context.index.tokens.length && (context.index.tokens[at]!.kind !== 'word' || ['as', 'or'].includes(context.index.lower[at]!))) at += 1;
  return at;
}

/** "In the words of G-d (Exodus 17:14): ‘…’": a bracketed reference may sit between source and quotation. */
function closesParenthesisAfter(context: AttributionContext, last: number, end: number): boolean {
  return context.index.lower[last + 1] === '(' && context.index.lower[end] === ')' && end - last <= 8;
}

/** First pass: quotations with a cue right beside them. */
export function attributeQuotesWithCues(context: AttributionContext): void {
  context.regions.forEach((region, regionIndex) => {
    if (region.depth !== 0) return;
    const endsWithComma = /[,?!—–]$/u.test(context.index.text.slice(region.content.start, region.content.end));
    const match = endsWithComma
      ? cueAfterQuote(context, regionIndex) ?? cueBeforeQuote(context, regionIndex)
      : cueBeforeQuote(context, regionIndex) ?? cueAfterQuote(context, regionIndex);
    if (!match) return;
    const attribution = attributionForCue(context, match.cueIndex, match.speaker, match.rule);
    addQuote(context, foundQuote(match.kind, region.content, attribution, match.rule), regionIndex);
  });
}

function hasOtherCueBetween(context: AttributionContext, from: number, to: number, attribution: number): boolean {
  for (let at = from; at < to; at += 1) {
    const cueIndex = context.cueAtToken[at]!;
    if (cueIndex < 0) continue;
    const other = context.attributionByCue.get(cueIndex);
    // "“…,” Trump said, referring to the debate. “…”": a participle sharing the speaker keeps the turn open.
    if (other !== undefined && other !== attribution && context.attributions[other]!.speaker !== context.attributions[attribution]!.speaker) return true;
  }
  return false;
}

/**
 * A quotation without a cue of its own continues the turn of the speaker reported just before it:
 * later in the same paragraph (“…,” Barkley said. “…”) or in a paragraph that opens with a
 * quotation mark right after a paragraph that ended on that speaker's words.
 */
function continuedTurn(context: AttributionContext, region: number, latestQuote: FoundQuote | undefined, latestDirect: FoundQuote | undefined): number | undefined {
  const { index } = context;
  // “…,” Jealous said, suggesting that … “…”: the participle shares the speaker, and the quote goes on the quoted turn.
  const sameSpeaker = latestQuote?.attribution != null && latestDirect?.attribution != null
    && context.attributions[latestQuote.attribution]!.speaker === context.attributions[latestDirect.attribution]!.speaker;
  const latest = latestQuote?.kind === 'indirect' && sameSpeaker ? latestDirect : latestQuote;
  if (latest === undefined || latest.attribution === null) return undefined;
  const previousEnd = lastTokenBefore(index, latest.content.end);
  const open = context.regionOpenToken[region]!;
  if (previousEnd < 0) return undefined;
  const paragraph = paragraphOfToken(index, open);
  const samePargraph = paragraphOfToken(index, previousEnd) === paragraph;
  const opensParagraph = open === 0 || paragraphOfToken(index, open - 1) !== paragraph;
  // The previous paragraph ends on that speaker's words, or on the sentence that gave them ("…,” Marsh said in an interview last year.).
  const previousParagraphEnds = paragraphOfToken(index, previousEnd) === paragraph - 1
    && (index.paragraphs[paragraph - 1]!.end - latest.content.end < 60 || open > 0 && index.tokens[open - 1]!.sentence === index.tokens[previousEnd]!.sentence);
  const close = samePargraph ? open - previousEnd <= 80 : opensParagraph && previousParagraphEnds;
  return close && !hasOtherCueBetween(context, previousEnd + 1, open, latest.attribution) ? latest.attribution : undefined;
}

/** “In her briefing, Zakharova dismissed the moves. “We do not…”” — the sentence before names the speaker. */
function cueInSentenceBefore(context: AttributionContext, region: number): { cueIndex: number; speaker: SpeakerPhrase } | undefined {
  const { index } = context;
  const open = context.regionOpenToken[region]!;
  const sentence = index.tokens[open]!.sentence;
  if (index.sentenceFirst[sentence] !== open || sentence === 0) return undefined;
  const previousSentence = sentence - 1;
  const sameParagraph = index.paragraphOfSentence[previousSentence] === index.paragraphOfSentence[sentence];
  const first = index.sentenceFirst[previousSentence]!;
  const last = index.sentenceLast[previousSentence]! - 1;
  if (!sameParagraph && index.lower[last] !== ':') return undefined;
  for (let at = last; at >= first; at -= 1) {
    if (context.topRegionAtToken[at]! >= 0) return undefined;
    const cueIndex = context.cueAtToken[at]!;
    if (cueIndex < 0) continue;
    const cue = context.cues[cueIndex]!;
    if (cue.kind !== 'verb' || cue.passive || cue.cueClass === 'evidence') continue;
    const speaker = subjectBefore(index, cue.first, first);
    if (speaker) return { cueIndex, speaker };
  }
  return undefined;
}

/** Title Case phrases are titles (of books, films, slogans); other short phrases are scare quotes. */
function termKind(context: AttributionContext, region: number): 'title' | 'scare' {
  const content = context.regions[region]!.content;
  const words = context.index.text.slice(content.start, content.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 2 && capitalised >= words.length - 1 ? 'title' : 'scare';
}

const MAX_TERM_WORDS = 5;
/** A quoted stretch inside the writer's sentence this long is someone's statement even when nobody is named. */
const MIN_FRAGMENT_QUOTE_WORDS = 8;

/** Third pass: quotations still without a speaker continue a turn, follow a cue sentence, or are terms. */
export function attributeRemainingQuotes(context: AttributionContext): void {
  const earlier = context.quotes.filter((quote) => quote.parent === undefined).sort((a, b) => a.content.end - b.content.end);
  let next = 0;
  let latest: FoundQuote | undefined;
  let latestDirect: FoundQuote | undefined;
  const see = (quote: FoundQuote) => {
    latest = quote;
    if (quote.kind !== 'indirect') latestDirect = quote;
  };
  context.regions.forEach((region, regionIndex) => {
    while (next < earlier.length && earlier[next]!.content.end <= region.open) see(earlier[next++]!);
    if (region.depth !== 0 || context.quoteOfRegion.has(regionIndex)) {
      const quote = context.quoteOfRegion.get(regionIndex);
      if (region.depth === 0 && quote !== undefined && context.quotes[quote]!.content.end >= (latest?.content.end ?? -1)) see(context.quotes[quote]!);
      return;
    }
    const added = attributeRemainingQuote(context, regionIndex, latest, latestDirect);
    if (added !== undefined) see(added);
  });
}

function attributeRemainingQuote(context: AttributionContext, regionIndex: number, latest: FoundQuote | undefined, latestDirect: FoundQuote | undefined): FoundQuote | undefined {
  const region = context.regions[regionIndex]!;
  const open = context.regionOpenToken[regionIndex]!;
  const contentLast = context.regionCloseToken[regionIndex]! >= 0 ? context.regionCloseToken[regionIndex]! - 1 : lastTokenBefore(context.index, region.content.end);
  const words = wordCountBetween(context, open + 1, contentLast);
  const looksLikeTerm = words <= MAX_TERM_WORDS && !/[.!?,]$/u.test(context.index.text.slice(region.content.start, region.content.end));
  if (looksLikeTerm) {
    context.terms.push({ ...region.content, kind: termKind(context, regionIndex) });
    return undefined;
  }
  // A few words quoted inside the writer's own sentence, with nobody named for them, are a quoted term.
  if (!opensClause(context, regionIndex) && words < MIN_FRAGMENT_QUOTE_WORDS) {
    context.terms.push({ ...region.content, kind: 'term' });
    return undefined;
  }
  const add = (quote: FoundQuote): FoundQuote => {
    addQuote(context, quote, regionIndex);
    return quote;
  };
  const continued = continuedTurn(context, regionIndex, latest, latestDirect);
  if (continued !== undefined) return add(foundQuote('direct', region.content, continued, 'quote-continues-turn'));
  const before = cueInSentenceBefore(context, regionIndex);
  if (before) {
    const attribution = attributionForCue(context, before.cueIndex, before.speaker, 'quote-after-cue-sentence');
    return add(foundQuote('direct', region.content, attribution, 'quote-after-cue-sentence'));
  }
  // "Dunmore Rising: How a Harbour Town Remade Itself": a quoted title of any length, with nobody named, is a title, not a statement.
  const kind = termKind(context, regionIndex);
  if (words <= MAX_TERM_WORDS || kind === 'title') {
    context.terms.push({ ...region.content, kind });
    return undefined;
  }
  return add(foundQuote('direct', region.content, null, 'quote-unattributed'));
}
