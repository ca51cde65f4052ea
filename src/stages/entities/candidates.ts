import type { Doc } from '../../doc/doc.ts';
import type { EntityType, Sector } from '../../doc/schema/entity.ts';
import organisationWords from '../../lexicons/organisation-words.json' with { type: 'json' };
import places from '../../lexicons/places.json' with { type: 'json' };
import type { GazetteerCategory, GazetteerEntry, GazetteerMatch } from './gazetteer.ts';
import type { NerType } from './ner-labels.ts';
import { repairNameSpans } from './name-spans.ts';
import type { RecognisedName, SentenceAnalysis } from './recognise.ts';

/** A typed name found in the text, in doc.tokens positions [start, end), before entities are grouped. */
export interface EntityCandidate {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly type: EntityType;
  /** Canonical name: the lexicon's name when the text used a listed form ("US" -> "United States"). */
  readonly name: string;
  readonly country?: string;
  readonly sector?: Sector;
  /** The lexicon list it was found in, if any. */
  readonly category?: GazetteerCategory;
  readonly rule: string;
}

/** Lists whose entries are names of entities (given names and titles only help find them). */
const ENTITY_CATEGORIES: ReadonlySet<GazetteerCategory> = new Set(['country', 'capital', 'seat', 'demonym', 'organisation', 'body', 'place', 'group']);

/** Which list to believe first when a phrase is in several, given what the recogniser called it. */
const PREFERENCE: Readonly<Record<NerType | 'none', readonly GazetteerCategory[]>> = {
  // A city or country the recogniser calls an organisation is a team or a company named after it ("New York beat Boston").
  ORG: ['organisation', 'seat', 'body'],
  LOC: ['country', 'capital', 'place', 'seat', 'organisation', 'body', 'demonym', 'group'],
  MISC: ['demonym', 'group', 'organisation', 'country', 'place', 'capital', 'seat', 'body'],
  // A person called Jordan or Georgia stays a person; only a listed organisation overrides.
  PER: ['organisation'],
  none: ['organisation', 'country', 'capital', 'seat', 'place', 'body', 'demonym', 'group'],
};

function chooseEntry(match: GazetteerMatch, recognised: NerType | 'none'): GazetteerEntry | undefined {
  for (const category of PREFERENCE[recognised]) {
    const entry = match.entries.find((candidate) => candidate.category === category);
    if (entry) return entry;
  }
  return undefined;
}

const PLACE_FEATURE_WORDS: ReadonlySet<string> = new Set(places.featureWords);

function spanText(doc: Doc, start: number, end: number): string {
  return doc.text.slice(doc.tokens[start]!.start, doc.tokens[end - 1]!.end);
}

/** An unlisted place is a GPE (news places are mostly towns and regions) unless its words say sea, river, mountain... */
function placeType(words: readonly string[]): EntityType {
  return words.some((word) => PLACE_FEATURE_WORDS.has(word)) ? 'LOC' : 'GPE';
}

/** CoNLL's MISC holds nationalities and groups (our NORP) and everything else (events, laws, products: OTHER). */
function miscType(words: readonly string[]): EntityType {
  return words.length === 1 && /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic|ch)s?$/u.test(words[0]!) ? 'NORP' : 'OTHER';
}

function fromEntry(entry: GazetteerEntry, start: number, end: number, sentence: number, rule: string): EntityCandidate {
  return {
    start,
    end,
    sentence,
    type: entry.type ?? 'OTHER',
    name: entry.name,
    ...(entry.country ? { country: entry.country } : {}),
    ...(entry.sector ? { sector: entry.sector } : {}),
    category: entry.category,
    rule,
  };
}

/** Organisation name phrases by their first word, each with its sector and its rank (earlier sectors win). */
const ORGANISATION_PHRASES: ReadonlyMap<string, ReadonlyArray<{ words: readonly string[]; sector: Sector; rank: number }>> = (() => {
  const byFirstWord = new Map<string, Array<{ words: readonly string[]; sector: Sector; rank: number }>>();
  organisationWords.sectors.forEach((entry, rank) => {
    for (const phrase of entry.words) {
      const words = phrase.split(' ');
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ words, sector: entry.sector as Sector, rank });
      byFirstWord.set(words[0]!, list);
    }
  });
  return byFirstWord;
})();

/** "Nordlys Shipping" is a business, "Kyiv School of Economics" a school: the sector an organisation's own name says. */
export function sectorFromName(words: readonly string[]): Sector | undefined {
  let best: { sector: Sector; rank: number } | undefined;
  words.forEach((word, start) => {
    for (const phrase of ORGANISATION_PHRASES.get(word) ?? []) {
      if (best && best.rank <= phrase.rank) continue;
      if (phrase.words.every((part, offset) => words[start + offset] === part)) best = phrase;
    }
  });
  return best?.sector;
}

function fromRecognised(doc: Doc, name: RecognisedName, sentence: SentenceAnalysis): EntityCandidate {
  const words = sentence.words.slice(name.start - sentence.start, name.end - sentence.start);
  const type: EntityType = name.type === 'PER' ? 'PERSON' : name.type === 'ORG' ? 'ORG' : name.type === 'LOC' ? placeType(words) : miscType(words);
  const sector = type === 'ORG' ? sectorFromName(words) : undefined;
  return { start: name.start, end: name.end, sentence: sentence.sentence, type, name: spanText(doc, name.start, name.end), ...(sector ? { sector } : {}), rule: `ner-${name.type}` };
}

/**
 * "Russian Foreign Ministry" read as one organisation: written as two names, as CoNLL does and as
 * the rest of the article will name it ("the Foreign Ministry"): the demonym or country, and the
 * country-relative body, which takes its country from it.
 */
function bodyWithCountry(name: RecognisedName, inside: readonly GazetteerMatch[], sentence: number): EntityCandidate[] | undefined {
  if (inside.length !== 2) return undefined;
  const [modifier, body] = inside as [GazetteerMatch, GazetteerMatch];
  const bodyEntry = body.entries.find((entry) => entry.category === 'body');
  const countryEntry = modifier.entries.find((entry) => entry.category === 'demonym' || entry.category === 'country');
  if (!bodyEntry || !countryEntry || modifier.start !== name.start || body.end !== name.end || modifier.end !== body.start) return undefined;
  return [
    fromEntry(countryEntry, modifier.start, modifier.end, sentence, `ner+${countryEntry.category}`),
    { ...fromEntry(bodyEntry, body.start, body.end, sentence, 'ner+body-with-country'), country: countryEntry.country! },
  ];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // ASCII without a regular expression: most words of English news.
  if (first < 128) return (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  return /^[\p{Lu}\d]/u.test(word);
}

/**
 * Combines the recogniser's names with the lexicons, sentence by sentence:
 * a name the lexicon lists takes the lexicon's type, country and sector; a listed name the
 * recogniser missed is added when it is capitalised; a listed phrase longer than the recogniser's
 * name ("Gaza" inside "Gaza Strip") wins.
 */
export function findCandidates(doc: Doc, sentence: SentenceAnalysis): EntityCandidate[] {
  const entityMatches = sentence.matches.filter((match) => match.entries.some((entry) => ENTITY_CATEGORIES.has(entry.category)));
  const candidates: EntityCandidate[] = [];
  const usedMatches = new Set<GazetteerMatch>();
  for (const name of repairNameSpans(sentence)) {
    const exact = entityMatches.find((match) => match.start === name.start && match.end === name.end);
    const exactEntry = exact ? chooseEntry(exact, name.type) : undefined;
    if (exact && exactEntry) {
      usedMatches.add(exact);
      candidates.push(fromEntry(exactEntry, name.start, name.end, sentence.sentence, `ner+${exactEntry.category}`));
      continue;
    }
    const covering = entityMatches.find((match) => match.start <= name.start && name.end <= match.end && (match.start < name.start || name.end < match.end));
    const coveringEntry = covering ? chooseEntry(covering, 'none') : undefined;
    if (covering && coveringEntry) {
      if (!usedMatches.has(covering)) candidates.push(fromEntry(coveringEntry, covering.start, covering.end, sentence.sentence, `lexicon-extends-ner`));
      usedMatches.add(covering);
      continue;
    }
    const inside = entityMatches.filter((match) => name.start <= match.start && match.end <= name.end);
    const body = name.type !== 'PER' ? bodyWithCountry(name, inside, sentence.sentence) : undefined;
    if (body) {
      inside.forEach((match) => usedMatches.add(match));
      candidates.push(...body);
      continue;
    }
    for (const match of entityMatches) if (overlaps(match, name)) usedMatches.add(match);
    candidates.push(fromRecognised(doc, name, sentence));
  }
  for (const match of entityMatches) {
    if (usedMatches.has(match)) continue;
    const words = sentence.words.slice(match.start - sentence.start, match.end - sentence.start);
    if (!isCapitalised(words[0]!)) continue;
    const entry = chooseEntry(match, 'none');
    // "Police said…", "Government sources": a one-word body is a common noun unless the recogniser or a country says otherwise.
    if (entry?.category === 'body' && words.length < 2) continue;
    if (entry) candidates.push(fromEntry(entry, match.start, match.end, sentence.sentence, `lexicon-${entry.category}`));
  }
  return giveBodiesTheirCountry(sentence, candidates.sort((a, b) => a.start - b.start));
}

/**
 * "the Russian Foreign Ministry", "Iran's Foreign Ministry": a country-relative body read
 * separately from its modifier takes the modifier's country.
 */
function giveBodiesTheirCountry(sentence: SentenceAnalysis, candidates: readonly EntityCandidate[]): EntityCandidate[] {
  return candidates.map((candidate, index) => {
    if (candidate.category !== 'body' || candidate.country) return candidate;
    const previous = candidates[index - 1];
    if (!previous?.country || (previous.type !== 'NORP' && previous.type !== 'GPE')) return candidate;
    const between = sentence.words.slice(previous.end - sentence.start, candidate.start - sentence.start);
    if (between.length > 1 || (between.length === 1 && !/^['’]s?$/.test(between[0]!))) return candidate;
    return { ...candidate, country: previous.country, rule: `${candidate.rule}+country-modifier` };
  });
}
