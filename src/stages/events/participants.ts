import type { Doc } from '../../doc/doc.ts';
import type { Entity, Sector } from '../../doc/schema/entity.ts';
import { findSpanIndexAt } from '../../doc/span.ts';
import eventAgents from '../../lexicons/event-agents.json' with { type: 'json' };
import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import { phraseNounForms } from './inflect.ts';
import { GRAMMAR, PREPOSITIONS } from './lexicon.ts';
import { tokenRangeOf, type SentenceView } from './sentence-view.ts';
import { sortInPlace } from './sort-in-place.ts';
import { WordFilter } from './word-filter.ts';

/**
 * A phrase that can act or be acted upon: a named entity ("Hamas"), a people or country with an
 * agent noun ("Russian officials" -> RUS GOV), or an agent noun on its own ("insurgents" -> REB).
 * Token indices are within the sentence view.
 */
export interface Participant {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity | null;
  readonly name: string;
  readonly country?: string;
  readonly sector?: Sector;
  /** A country, city or region named on its own: "in Moscow" makes it a place, not an actor. */
  readonly isPlace: boolean;
  /** Followed by 's: "Kyani's meetings". */
  readonly possessive: boolean;
  /** The preposition that governs the phrase ("with", "in", "by"), or null for a subject or object. */
  readonly preposition: string | null;
  /** For "Russian officials" or "delegations from Valdoria": the people or country entity the phrase belongs to. */
  readonly origin?: Entity;
}

export interface MentionRef {
  readonly entity: Entity;
  readonly start: number;
  readonly end: number;
  readonly kind: 'name' | 'title' | 'pronoun';
}

interface AgentForm {
  readonly sequence: readonly string[];
  readonly sector: Sector;
}

const AGENTS: ReadonlyMap<string, readonly AgentForm[]> = (() => {
  const index = new Map<string, AgentForm[]>();
  for (const [sector, nouns] of Object.entries(eventAgents.agents)) {
    for (const noun of nouns) {
      for (const sequence of phraseNounForms(noun)) {
        const list = index.get(sequence[0]!) ?? [];
        list.push({ sequence, sector: sector as Sector });
        index.set(sequence[0]!, list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.sequence.length - a.sequence.length);
  return index;
})();

const AGENT_FILTER = new WordFilter(AGENTS.keys());

const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(numbers.units), ...Object.keys(numbers.tens), ...Object.keys(numbers.scales), 'least', 'most', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'dozens', 'hundreds', 'thousands', 'scores', 'up', 'fewer', 'roughly', 'approximately',
]);

const STATE_WORDS: ReadonlySet<string> = new Set(['republic', 'kingdom', 'state', 'states', 'emirate', 'federation', 'principality', 'sultanate', 'commonwealth', 'union', 'duchy', 'confederation']);

/** Entity mentions grouped by sentence, computed once per document: each mention finds its sentence by binary search. */
export function mentionsBySentence(doc: Doc, views: readonly SentenceView[]): MentionRef[][] {
  const grouped: MentionRef[][] = views.map(() => []);
  const spans = views.map((view) => view.sentence);
  for (const entity of doc.entities) {
    for (const mention of entity.mentions) {
      const index = findSpanIndexAt(spans, mention.start);
      if (index < 0 || mention.end > spans[index]!.end) continue;
      grouped[index]!.push({ entity, start: mention.start, end: mention.end, kind: mention.kind });
    }
  }
  for (const mentions of grouped) if (mentions.length > 1) sortInPlace(mentions, byStartThenLongest);
  return grouped;
}

function byStartThenLongest(a: MentionRef, b: MentionRef): number {
  return a.start - b.start || b.end - a.end;
}

/** Plain loops rather than .every(): this runs for every word of every sentence with an event. */
function agentAt(words: readonly string[], at: number): AgentForm | undefined {
  const word = words[at]!;
  if (!AGENT_FILTER.mayHold(word)) return undefined;
  const forms = AGENTS.get(word);
  if (forms === undefined) return undefined;
  for (const form of forms) {
    let matches = true;
    for (let offset = 1; offset < form.sequence.length && matches; offset += 1) matches = words[at + offset] === form.sequence[offset];
    if (matches) return form;
  }
  return undefined;
}

function isCapitalised(view: SentenceView, at: number, doc: Doc): boolean {
  const token = view.tokens[at];
  return token !== undefined && /^\p{Lu}/u.test(doc.analysisText.slice(token.start, token.end));
}

/** Tokens that may sit between a modifier and its agent noun: "Russian state news medium", "Gondor's government". */
function isModifierGap(word: string): boolean {
  if (word === "'s" || word === "'") return true;
  if (PREPOSITIONS.has(word) || GRAMMAR.coordinators.has(word) || GRAMMAR.clauseBreaks.has(word) || GRAMMAR.subordinators.has(word)) return false;
  if (GRAMMAR.auxiliaries.has(word) || GRAMMAR.beForms.has(word) || GRAMMAR.pronouns.has(word)) return false;
  return /^[\p{L}-]+$/u.test(word);
}

/** The preposition governing a phrase, looking left past determiners and numbers ("in the Gaza Strip", "at least fifteen"). */
function governingPreposition(view: SentenceView, start: number): string | null {
  let at = start - 1;
  let skipped = 0;
  while (at >= 0 && skipped < 4) {
    const word = view.words[at]!;
    if (GRAMMAR.determiners.has(word) || GRAMMAR.possessivePronouns.has(word) || NUMBER_WORDS.has(word) || /^\d/.test(word) || word === "'s") {
      at -= 1;
      skipped += 1;
      continue;
    }
    if (word === 'least' || word === 'as') {
      at -= 1;
      continue;
    }
    // "at least fifteen", "at most": not a place.
    if (word === 'at' && (view.words[at + 1] === 'least' || view.words[at + 1] === 'most')) {
      at -= 1;
      continue;
    }
    return PREPOSITIONS.has(word) ? word : null;
  }
  return null;
}

/** The country an entity gives a phrase, else the one it had; undefined when neither is known. */
function countryOf(entity: Entity | null, country?: string): string | undefined {
  return (entity?.country ?? country) || undefined;
}

/**
 * A participant phrase before it is written. Every phrase has every field, in this order (absent
 * ones undefined): the rules below pass them around per sentence, and one shape keeps them compiled.
 */
interface RawPhrase {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity | null;
  readonly origin: Entity | undefined;
  readonly name: string;
  readonly country: string | undefined;
  readonly sector: Sector | undefined;
  readonly isPlace: boolean;
  readonly agent: boolean;
}

/** The phrase stretched or shortened to [start, end), under another name. */
function phraseWith(phrase: RawPhrase, start: number, end: number, name: string): RawPhrase {
  return { start, end, entity: phrase.entity, origin: phrase.origin, name, country: phrase.country, sector: phrase.sector, isPlace: phrase.isPlace, agent: phrase.agent };
}

function entityPhrases(view: SentenceView, mentions: readonly MentionRef[]): RawPhrase[] {
  const phrases: RawPhrase[] = [];
  for (const mention of mentions) {
    const range = tokenRangeOf(view, mention);
    if (!range || phrases.some((phrase) => phrase.start < range.end && range.start < phrase.end)) continue;
    const { entity } = mention;
    if (entity.type === 'OTHER') continue;
    phrases.push({
      start: range.start,
      end: range.end,
      entity,
      origin: undefined,
      name: entity.name,
      country: entity.country || undefined,
      sector: entity.sector || undefined,
      isPlace: entity.type === 'GPE' || entity.type === 'LOC',
      agent: false,
    });
  }
  return phrases;
}

function agentPhrases(view: SentenceView, taken: readonly RawPhrase[]): RawPhrase[] {
  const phrases: RawPhrase[] = [];
  // Which tokens the named phrases already cover, one flag per token.
  const covered = new Uint8Array(view.words.length + 1);
  for (const phrase of taken) covered.fill(1, phrase.start, phrase.end);
  for (let at = 0; at < view.words.length; at += 1) {
    if (covered[at] === 1) continue;
    const form = agentAt(view.words, at);
    if (!form || coversAny(covered, at, at + form.sequence.length)) continue;
    phrases.push({ start: at, end: at + form.sequence.length, entity: null, origin: undefined, name: form.sequence.join(' '), country: undefined, sector: form.sector, isPlace: false, agent: true });
    at += form.sequence.length - 1;
  }
  return phrases;
}

function coversAny(covered: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) if (covered[at] === 1) return true;
  return false;
}

/** "Russian officials", "Gondor's government", "the government of Gondor": a country or people gives the agent its country. */
function attachModifiers(view: SentenceView, doc: Doc, phrases: RawPhrase[]): RawPhrase[] {
  const sorted = sortInPlace([...phrases], byStart);
  const result: RawPhrase[] = [];
  for (const phrase of sorted) {
    const previous = result.at(-1);
    // "Deputy Foreign Minister", "army chief": consecutive agent nouns are one title; the last one names the sector.
    if (phrase.agent && previous && previous.agent && previous.entity === null && !previous.country && phrase.start === previous.end) {
      result[result.length - 1] = phraseWith(phrase, previous.start, phrase.end, `${previous.name} ${phrase.name}`);
      continue;
    }
    if (phrase.agent && previous && previous.entity && !previous.agent && previous.entity.type !== 'PERSON' && phrase.start - previous.end <= 3
      && view.words.slice(previous.end, phrase.start).every(isModifierGap)) {
      const textName = doc.analysisText.slice(view.tokens[previous.start]!.start, view.tokens[phrase.end - 1]!.end);
      if (previous.entity.type === 'ORG') {
        result[result.length - 1] = phraseWith(previous, previous.start, phrase.end, previous.name);
      } else {
        result[result.length - 1] = {
          start: previous.start, end: phrase.end, entity: null, origin: previous.entity, name: textName,
          country: countryOf(previous.entity, previous.country), sector: phrase.sector || undefined, isPlace: false, agent: true,
        };
      }
      continue;
    }
    // "the Republic of Ostrava" is Ostrava, whatever name the entity layer gave the first word.
    if (previous && previous.entity && STATE_WORDS.has(view.words[previous.end - 1]!) && view.words[previous.end] === 'of'
      && phrase.entity && phrase.start === previous.end + 1 && (phrase.entity.type === 'GPE' || phrase.entity.type === 'LOC')) {
      result[result.length - 1] = phraseWith(phrase, previous.start, phrase.end, phrase.name);
      continue;
    }
    // "the government of Gondor"; "a delegation of Hamas" is Hamas.
    if (previous && previous.agent && !previous.country && phrase.entity && (view.words[previous.end] === 'of' || view.words[previous.end] === 'from') && phrase.start - previous.end <= 2) {
      if (phrase.entity.type === 'GPE' || phrase.entity.type === 'NORP') {
        const textName = doc.analysisText.slice(view.tokens[previous.start]!.start, view.tokens[phrase.end - 1]!.end);
        result[result.length - 1] = {
          start: previous.start, end: phrase.end, entity: previous.entity, origin: phrase.entity, name: textName,
          country: countryOf(phrase.entity) ?? previous.country, sector: previous.sector, isPlace: previous.isPlace, agent: previous.agent,
        };
        continue;
      }
      if (phrase.entity.type === 'ORG') {
        result[result.length - 1] = phraseWith(phrase, previous.start, phrase.end, phrase.name);
        continue;
      }
    }
    // A title or descriptor before a name: "Turkish President Erdogan", "an Iranian emissary, Ali Bagheri Kyani".
    if (previous && previous.agent && phrase.entity?.type === 'PERSON'
      && (phrase.start === previous.end || (phrase.start === previous.end + 1 && view.words[previous.end] === ','))) {
      result[result.length - 1] = {
        start: previous.start, end: phrase.end, entity: phrase.entity, origin: undefined, name: phrase.entity.name,
        country: countryOf(phrase.entity, previous.country), sector: (phrase.entity.sector ?? previous.sector) || undefined,
        isPlace: false, agent: false,
      };
      continue;
    }
    // A title before a name the entity layer missed: "deputy ministers Mikhail Bogdanov".
    if (previous && previous.agent && previous.entity === null && phrase.entity === null && !phrase.agent && !phrase.isPlace
      && (phrase.start === previous.end || (phrase.start === previous.end + 1 && view.words[previous.end] === ','))) {
      result[result.length - 1] = phraseWith(phrase, previous.start, phrase.end, phrase.name);
      continue;
    }
    result.push(phrase);
  }
  return result;
}

/** A capitalised word that can be part of a person's name (not a title word or a function word). */
function isNameWord(view: SentenceView, doc: Doc, at: number): boolean {
  const token = view.tokens[at];
  if (!token || token.kind !== 'word') return false;
  const text = doc.analysisText.slice(token.start, token.end);
  return /^\p{Lu}\p{Ll}/u.test(text) && !AGENTS.has(view.words[at]!) && !GRAMMAR.determiners.has(view.words[at]!);
}

/**
 * Names the entity layer missed but a title announces: "deputy ministers Mikhail Bogdanov, Sergei
 * Ryabkov, and Mikhail Galuzin". Each run of capitalised words after a title, and after the commas
 * and "and" of a list that follows it, is a person with the title's sector.
 */
function titledNames(view: SentenceView, doc: Doc, phrases: readonly RawPhrase[]): RawPhrase[] {
  if (!phrases.some((phrase) => phrase.agent && phrase.entity === null)) return [];
  const taken = new Set<number>();
  for (const phrase of phrases) for (let at = phrase.start; at < phrase.end; at += 1) taken.add(at);
  const found: RawPhrase[] = [];
  for (const title of phrases.filter((phrase) => phrase.agent && phrase.entity === null)) {
    // "Belmora's foreign minister, Anja Sorel,": a name in apposition after a comma.
    let at = view.words[title.end] === ',' && isNameWord(view, doc, title.end + 1) ? title.end + 1 : title.end;
    while (at < view.words.length) {
      let end = at;
      while (end < view.words.length && !taken.has(end) && isNameWord(view, doc, end)) end += 1;
      if (end - at < 2) break;
      const name = doc.analysisText.slice(view.tokens[at]!.start, view.tokens[end - 1]!.end);
      found.push({ start: at, end, entity: null, origin: undefined, name, country: title.country || undefined, sector: title.sector || undefined, isPlace: false, agent: false });
      at = end;
      if (view.words[at] === ',') at += 1;
      if (view.words[at] === 'and') at += 1;
      if (at === end) break;
    }
  }
  return found;
}

function byStart(a: RawPhrase, b: RawPhrase): number {
  return a.start - b.start;
}

/** Every participant phrase of one sentence, left to right. */
export function findParticipants(doc: Doc, view: SentenceView, mentions: readonly MentionRef[]): Participant[] {
  const named = entityPhrases(view, mentions);
  const agents = agentPhrases(view, named);
  const phrases = attachModifiers(view, doc, [...named, ...agents, ...titledNames(view, doc, [...named, ...agents])]);
  return phrases.map((phrase) => {
    const startChar = view.tokens[phrase.start]!.start;
    const name = phrase.agent ? doc.text.slice(startChar, view.tokens[phrase.end - 1]!.end) : phrase.name;
    // Every participant has every field, absent ones undefined: one shape for the role rules.
    return {
      start: phrase.start,
      end: phrase.end,
      entity: phrase.entity,
      name,
      country: phrase.country || undefined,
      sector: phrase.sector || undefined,
      isPlace: phrase.isPlace,
      possessive: view.words[phrase.end] === "'s" || (view.words[phrase.end] === "'" && isCapitalised(view, phrase.end - 1, doc)),
      preposition: governingPreposition(view, phrase.start),
      origin: phrase.origin || undefined,
    };
  });
}
