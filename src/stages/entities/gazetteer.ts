import type { EntityType, Sector } from '../../doc/schema/entity.ts';
import countries from '../../lexicons/countries.json' with { type: 'json' };
import givenNames from '../../lexicons/given-names.json' with { type: 'json' };
import groups from '../../lexicons/groups.json' with { type: 'json' };
import governmentBodies from '../../lexicons/government-bodies.json' with { type: 'json' };
import organisations from '../../lexicons/organisations.json' with { type: 'json' };
import places from '../../lexicons/places.json' with { type: 'json' };
import titles from '../../lexicons/titles.json' with { type: 'json' };
import { hashString } from '../../models/feature-hash.ts';
import { normaliseTokenText, WORD_ID_LIMIT, WORD_TABLE, wordCacheGeneration, type WordAtoms } from '../../models/word-features.ts';
import { tokenize } from '../sentences/tokenize.ts';

/** Which list an entry comes from; the recogniser sees it as a feature, later rules read its fields. */
export type GazetteerCategory = 'country' | 'capital' | 'seat' | 'demonym' | 'organisation' | 'body' | 'place' | 'given-name' | 'title' | 'group';

export interface GazetteerEntry {
  readonly category: GazetteerCategory;
  /** Canonical name: the country's short name, the organisation's usual name, the title as written. */
  readonly name: string;
  readonly type?: EntityType;
  readonly country?: string;
  readonly sector?: Sector;
  readonly gender?: 'female' | 'male';
  /** A title naming the one head of a body ("president", "chief executive"). */
  readonly head?: boolean;
  /** For places: city, territory, region, sea... */
  readonly kind?: string;
}

export interface GazetteerMatch {
  /** Token positions [start, end) in the words matched against. */
  readonly start: number;
  readonly end: number;
  readonly entries: readonly GazetteerEntry[];
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entries?: GazetteerEntry[];
}

function newNode(): TrieNode {
  return { children: new Map() };
}

function wordsOf(phrase: string): string[] {
  return tokenize(phrase).map((token) => normaliseTokenText(phrase.slice(token.start, token.end)));
}

function insert(root: TrieNode, words: readonly string[], entry: GazetteerEntry): void {
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.children.get(word);
    if (!child) {
      child = newNode();
      node.children.set(word, child);
    }
    node = child;
  }
  node.entries ??= [];
  // The first entry of a category wins ("Congolese" is listed for two countries; news means the first).
  if (!node.entries.some((existing) => existing.category === entry.category)) node.entries.push(entry);
}

/** Titles whose lowercase form is mostly an ordinary word ("general election", "major changes"). */
const LOWERCASE_AMBIGUOUS: ReadonlySet<string> = new Set(['general', 'gen.', 'major', 'maj.', 'justice', 'father', 'sister', 'lady', 'lord', 'sir', 'dame', 'miss', 'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rev.', 'col.', 'capt.', 'lt.', 'sgt.', 'adm.', 'sen.', 'rep.', 'speaker', 'marshal', 'representative', 'director', 'doctor', 'commander', 'secretary', 'leader', 'chief', 'head', 'member', 'official', 'officials', 'inspector', 'detective', 'prince', 'princess', 'cardinal', 'bishop', 'reverend', 'premier']);

function allEntries(): Array<[string, GazetteerEntry]> {
  const pairs: Array<[string, GazetteerEntry]> = [];
  for (const country of countries.countries) {
    const iso3 = country.iso3;
    for (const name of country.names) pairs.push([name, { category: 'country', name: country.name, type: 'GPE', country: iso3 }]);
    for (const capital of country.capitals) if (!country.names.includes(capital)) pairs.push([capital, { category: 'capital', name: capital, type: 'GPE', country: iso3 }]);
    for (const demonym of country.demonyms) pairs.push([demonym, { category: 'demonym', name: demonym, type: 'NORP', country: iso3 }]);
    for (const seat of country.seats) pairs.push([seat, { category: 'seat', name: seat, type: 'ORG', country: iso3, sector: 'GOV' }]);
    for (const seat of country.legislatures ?? []) pairs.push([seat, { category: 'seat', name: seat, type: 'ORG', country: iso3, sector: 'LEG' }]);
  }
  for (const organisation of organisations.organisations) {
    const entry: GazetteerEntry = {
      category: 'organisation',
      name: organisation.name,
      type: organisation.type as EntityType,
      ...(organisation.country ? { country: organisation.country } : {}),
      ...(organisation.sector ? { sector: organisation.sector as Sector } : {}),
    };
    for (const name of organisation.names) pairs.push([name, entry]);
  }
  for (const body of governmentBodies.bodies) {
    for (const name of body.names) pairs.push([name, { category: 'body', name: body.name, type: 'ORG', sector: body.sector as Sector }]);
  }
  for (const place of places.places) {
    const entry: GazetteerEntry = { category: 'place', name: place.name, type: place.type as EntityType, kind: place.kind, ...(place.country ? { country: place.country } : {}) };
    for (const name of place.names) pairs.push([name, entry]);
  }
  for (const title of titles.titles) {
    const entry: GazetteerEntry = {
      category: 'title',
      name: title.title,
      ...(title.sector ? { sector: title.sector as Sector } : {}),
      ...(title.gender ? { gender: title.gender as 'female' | 'male' } : {}),
      ...(title.head ? { head: true } : {}),
    };
    pairs.push([title.title, entry]);
    // "spokesman Ivan Petrov" and "Spokesman Ivan Petrov" at the start of a sentence; "the president of Egypt" in lowercase.
    const capitalised = title.title[0]!.toUpperCase() + title.title.slice(1);
    const lowercase = title.title.toLowerCase();
    if (capitalised !== title.title) pairs.push([capitalised, entry]);
    if (lowercase !== title.title && !LOWERCASE_AMBIGUOUS.has(lowercase)) pairs.push([lowercase, entry]);
  }
  for (const name of [...groups.religious, ...groups.ethnic, ...groups.political]) pairs.push([name, { category: 'group', name, type: 'NORP' }]);
  for (const name of givenNames.female) pairs.push([name, { category: 'given-name', name, gender: 'female' }]);
  for (const name of givenNames.male) pairs.push([name, { category: 'given-name', name, gender: 'male' }]);
  return pairs;
}

const ENTRIES = allEntries();

/**
 * A fingerprint of every phrase and its list: the recogniser was trained with gazetteer features,
 * so its model records the fingerprint it saw, and a test fails when a lexicon changed without
 * retraining (npm run train:ner).
 */
export const GAZETTEER_FINGERPRINT = (hashString(ENTRIES.map(([phrase, entry]) => `${phrase}\u0000${entry.category}`).sort().join('\n')) >>> 0).toString(16);

/** Names as written, and upper-cased for headlines where case says nothing. */
const TRIES = (() => {
  const asWritten = newNode();
  const upperCased = newNode();
  for (const [phrase, entry] of ENTRIES) {
    const words = wordsOf(phrase);
    insert(asWritten, words, entry);
    insert(upperCased, words.map((word) => word.toUpperCase()), entry);
  }
  return { asWritten, upperCased };
})();

/**
 * Longest matches of lexicon phrases over a sentence's words (normalised with normaliseTokenText),
 * left to right, never overlapping. Words are compared as written; in a headline, upper-cased.
 */
export function matchGazetteer(words: readonly string[], headline = false): GazetteerMatch[] {
  const root = headline ? TRIES.upperCased : TRIES.asWritten;
  const keys = headline ? words.map((word) => word.toUpperCase()) : words;
  const matches: GazetteerMatch[] = [];
  let start = 0;
  while (start < words.length) {
    let node: TrieNode | undefined = root;
    let best: GazetteerMatch | undefined;
    for (let next = start; next < words.length && node; next += 1) {
      node = node.children.get(keys[next]!);
      if (node?.entries) best = { start, end: next + 1, entries: node.entries };
    }
    if (best) {
      matches.push(best);
      start = best.end;
    } else {
      start += 1;
    }
  }
  return matches;
}

/**
 * Per word id (see WordAtoms.id), the word's node under the as-written trie's root, or null when
 * no phrase starts with it: most words start none, and a lookup in this array is one read where
 * the root's Map (tens of thousands of first words) costs a string-keyed hash lookup.
 */
const rootChildById: Array<TrieNode | null | undefined> = new Array<TrieNode | null | undefined>(WORD_ID_LIMIT).fill(undefined);
let rootChildGeneration = wordCacheGeneration();

function rootChild(word: WordAtoms): TrieNode | undefined {
  if (rootChildGeneration !== wordCacheGeneration()) {
    rootChildById.fill(undefined);
    rootChildGeneration = wordCacheGeneration();
  }
  // A word of an older generation (a document in flight when the word cache was emptied) is looked up directly.
  if (word.generation !== rootChildGeneration) return TRIES.asWritten.children.get(word.text);
  let node = rootChildById[word.id];
  if (node === undefined) {
    node = TRIES.asWritten.children.get(word.text) ?? null;
    rootChildById[word.id] = node;
  }
  return node ?? undefined;
}

/** rootChild for a word id of the word cache's current generation. */
function rootChildOf(id: number): TrieNode | undefined {
  if (rootChildGeneration !== wordCacheGeneration()) {
    rootChildById.fill(undefined);
    rootChildGeneration = wordCacheGeneration();
  }
  let node = rootChildById[id];
  if (node === undefined) {
    node = TRIES.asWritten.children.get(WORD_TABLE.text[id]!) ?? null;
    rootChildById[id] = node;
  }
  return node ?? undefined;
}

/**
 * matchGazetteerAtoms over the sentence ids[start, end) of word ids in the word cache's current
 * generation (see tokenWordIds), not a headline: the same matches, positions counted from `start`.
 */
export function matchGazetteerOf(ids: Int32Array, start: number, end: number): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  let first = start;
  while (first < end) {
    let node: TrieNode | undefined = rootChildOf(ids[first]!);
    let best: GazetteerMatch | undefined;
    for (let next = first; node; ) {
      if (node.entries) best = { start: first - start, end: next + 1 - start, entries: node.entries };
      next += 1;
      node = next < end ? node.children.get(WORD_TABLE.text[ids[next]!]!) : undefined;
    }
    if (best) {
      matches.push(best);
      first = best.end + start;
    } else {
      first += 1;
    }
  }
  return matches;
}

/** matchGazetteer over a sentence's word atoms: the same matches, with the first word of each try looked up by id. */
export function matchGazetteerAtoms(words: readonly WordAtoms[], headline = false): GazetteerMatch[] {
  if (headline) return matchGazetteer(words.map((word) => word.text), true);
  const matches: GazetteerMatch[] = [];
  let start = 0;
  while (start < words.length) {
    let node: TrieNode | undefined = rootChild(words[start]!);
    let best: GazetteerMatch | undefined;
    for (let next = start; node; ) {
      if (node.entries) best = { start, end: next + 1, entries: node.entries };
      next += 1;
      node = next < words.length ? node.children.get(words[next]!.text) : undefined;
    }
    if (best) {
      matches.push(best);
      start = best.end;
    } else {
      start += 1;
    }
  }
  return matches;
}

/** The lists a match's entries come from, sorted and joined ("country+given-name"): the gazetteer feature's value before the word's place in the match. */
export function matchCategories(entries: readonly GazetteerEntry[]): string {
  return [...new Set(entries.map((entry) => entry.category))].sort().join('+');
}
