import type { Doc } from '../../doc/doc.ts';
import type { Sector } from '../../doc/schema/entity.ts';
import type { EntityCandidate } from './candidates.ts';
import type { GazetteerEntry, GazetteerMatch } from './gazetteer.ts';
import type { SentenceAnalysis } from './recognise.ts';

/** A title or role attached to a person ("Deputy Foreign Minister", "Russian Foreign Ministry spokeswoman"), in doc.tokens positions. */
export interface RoleCandidate {
  readonly start: number;
  readonly end: number;
  /** The title word(s) as listed ("spokeswoman"), not the whole phrase. */
  readonly title: string;
  readonly sector?: Sector;
  readonly country?: string;
  readonly gender?: 'female' | 'male';
  readonly head?: boolean;
  readonly rule: string;
}

/** Words that may sit inside a role phrase before the title: "former deputy", "political bureau chief". */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'former', 'acting', 'senior', 'chief', 'top', 'then', 'interim', 'outgoing', 'incoming', 'new', 'veteran', 'prominent', 'first',
  'vice', 'assistant', 'regional', 'local', 'state', 'political', 'military', 'foreign', 'bureau', 'office', 'council', 'committee', 'ministry',
  'department', 'party', 'movement', 'group', 'agency', 'embassy', 'opposition', 'government', 'presidential', 'press', 'security', 'intelligence',
  'defence', 'defense', 'army', 'police', 'hardline', 'exiled', 'jailed', 'detained', 'longtime', 'long-time', 'powerful', 'influential', 'retired',
  'de', 'facto', 'self-styled', 'self-proclaimed', 'supreme', 'spiritual', 'religious', 'diplomatic', 'special', 'national', 'general', 'executive',
]);

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
const CLAUSE_BREAKS = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '--', '-', '—', '–']);

interface SentenceIndex {
  readonly sentence: SentenceAnalysis;
  /** Title matches by the doc.tokens position of their last and first token. */
  readonly titleEndingAt: Map<number, { match: GazetteerMatch; entry: GazetteerEntry }>;
  readonly titleStartingAt: Map<number, { match: GazetteerMatch; entry: GazetteerEntry }>;
  readonly candidateEndingAt: Map<number, EntityCandidate>;
}

function indexSentence(sentence: SentenceAnalysis, candidates: readonly EntityCandidate[]): SentenceIndex {
  const titleEndingAt = new Map<number, { match: GazetteerMatch; entry: GazetteerEntry }>();
  const titleStartingAt = new Map<number, { match: GazetteerMatch; entry: GazetteerEntry }>();
  for (const match of sentence.matches) {
    const entry = match.entries.find((candidate) => candidate.category === 'title');
    if (!entry) continue;
    titleEndingAt.set(match.end - 1, { match, entry });
    titleStartingAt.set(match.start, { match, entry });
  }
  const candidateEndingAt = new Map<number, EntityCandidate>();
  for (const candidate of candidates) candidateEndingAt.set(candidate.end - 1, candidate);
  return { sentence, titleEndingAt, titleStartingAt, candidateEndingAt };
}

function word(index: SentenceIndex, position: number): string {
  return index.sentence.words[position - index.sentence.start] ?? '';
}

interface RolePhrase {
  start: number;
  end: number;
  titles: GazetteerEntry[];
  affiliations: EntityCandidate[];
}

/**
 * Reads leftwards from a name over a role phrase: titles, modifiers ("former deputy"), and the
 * demonyms, countries and organisations that say whose role it is ("Iran's", "Hamas").
 * The word right before the name must be a title.
 */
function rolePhraseBefore(index: SentenceIndex, nameStart: number): RolePhrase | undefined {
  const first = index.titleEndingAt.get(nameStart - 1);
  if (!first) return undefined;
  const phrase: RolePhrase = { start: first.match.start, end: nameStart, titles: [first.entry], affiliations: [] };
  let position = first.match.start - 1;
  while (position >= index.sentence.start) {
    const title = index.titleEndingAt.get(position);
    if (title) {
      phrase.titles.push(title.entry);
      phrase.start = title.match.start;
      position = title.match.start - 1;
      continue;
    }
    const candidate = index.candidateEndingAt.get(position);
    if (candidate && candidate.type !== 'PERSON') {
      phrase.affiliations.push(candidate);
      phrase.start = candidate.start;
      position = candidate.start - 1;
      continue;
    }
    const text = word(index, position);
    if (POSSESSIVE.has(text)) {
      const owner = index.candidateEndingAt.get(position - 1);
      if (!owner || owner.type === 'PERSON') break;
      phrase.affiliations.push(owner);
      phrase.start = owner.start;
      position = owner.start - 1;
      continue;
    }
    if (ROLE_MODIFIERS.has(text.toLowerCase())) {
      phrase.start = position;
      position -= 1;
      continue;
    }
    break;
  }
  // A phrase never starts with a bare modifier that belongs to the sentence ("state" in "the state"): trim to a title or affiliation.
  while (phrase.start < nameStart && !index.titleStartingAt.has(phrase.start) && !phrase.affiliations.some((affiliation) => affiliation.start === phrase.start) && ROLE_MODIFIERS.has(word(index, phrase.start).toLowerCase()) && !/^(deputy|former|acting|senior|chief|vice|first|assistant|special|supreme|interim|top)$/i.test(word(index, phrase.start))) {
    phrase.start += 1;
  }
  return phrase;
}

/** "Husam Badran, a senior Hamas official, said": a role after the name, between commas, with no verb in it. */
function rolePhraseAfter(doc: Doc, index: SentenceIndex, nameEnd: number): RolePhrase | undefined {
  if (word(index, nameEnd) !== ',') return undefined;
  let position = nameEnd + 1;
  if (DETERMINERS.has(word(index, position).toLowerCase())) position += 1;
  const phrase: RolePhrase = { start: position, end: position, titles: [], affiliations: [] };
  const limit = Math.min(index.sentence.end, position + 14);
  while (position < limit) {
    const text = word(index, position);
    if (CLAUSE_BREAKS.has(text)) break;
    if (doc.tokens[position]!.tag?.startsWith('VB') && !index.titleStartingAt.has(position)) return undefined;
    const title = index.titleStartingAt.get(position);
    if (title) {
      phrase.titles.push(title.entry);
      position = title.match.end;
      phrase.end = position;
      continue;
    }
    position += 1;
  }
  if (phrase.titles.length === 0 || phrase.end <= phrase.start) return undefined;
  phrase.end = position;
  return phrase;
}

/**
 * "A member of the political office of the Islamic resistance movement Hamas, Abu Marzouq, ..." and
 * "talks with an Iranian emissary, Deputy Foreign Minister Ali Bagheri Kyani": a noun phrase with a
 * title, right before the comma that introduces the name. The phrase starts at the nearest
 * determiner whose phrase holds a title.
 */
function roleClauseBefore(doc: Doc, index: SentenceIndex, phraseStart: number): RolePhrase | undefined {
  if (word(index, phraseStart - 1) !== ',') return undefined;
  const end = phraseStart - 1;
  const titles: GazetteerEntry[] = [];
  for (let start = end - 1; start >= index.sentence.start && end - start <= 16; start -= 1) {
    // A clause with a verb or another person in it is not a description of this person.
    if (CLAUSE_BREAKS.has(word(index, start)) || doc.tokens[start]!.tag?.startsWith('VB') || index.candidateEndingAt.get(start)?.type === 'PERSON') return undefined;
    const title = index.titleStartingAt.get(start);
    if (title && title.match.end <= end) titles.unshift(title.entry);
    if (titles.length > 0 && (DETERMINERS.has(word(index, start).toLowerCase()) || start === index.sentence.start)) {
      const phraseStartsAt = DETERMINERS.has(word(index, start).toLowerCase()) ? start + 1 : start;
      return { start: phraseStartsAt, end, titles: [...titles].reverse(), affiliations: [] };
    }
  }
  return undefined;
}

function affiliationsWithin(index: SentenceIndex, phrase: RolePhrase, candidates: readonly EntityCandidate[]): EntityCandidate[] {
  const inside = candidates.filter((candidate) => candidate.type !== 'PERSON' && phrase.start <= candidate.start && candidate.end <= phrase.end);
  return [...new Set([...phrase.affiliations, ...inside])].sort((a, b) => a.start - b.start);
}

function toRole(phrase: RolePhrase, affiliations: readonly EntityCandidate[], rule: string): RoleCandidate {
  // The title nearest the name is the role; a more specific sector in another title or an
  // organisation's own sector ("Hamas spokesman" -> REB, "IDF spokesman" -> MIL) wins over "spokesman" -> GOV.
  const title = phrase.titles[0]!;
  const organisation = [...affiliations].reverse().find((affiliation) => affiliation.type === 'ORG' && affiliation.sector);
  const withCountry = [...affiliations].reverse().find((affiliation) => affiliation.country);
  const sector = organisation?.sector ?? phrase.titles.find((entry) => entry.sector)?.sector;
  const gender = phrase.titles.find((entry) => entry.gender)?.gender;
  return {
    start: phrase.start,
    end: phrase.end,
    title: title.name,
    ...(sector ? { sector } : {}),
    ...(withCountry?.country ? { country: withCountry.country } : {}),
    ...(gender ? { gender } : {}),
    ...(title.head ? { head: true } : {}),
    rule,
  };
}

export interface PersonWithRoles {
  readonly candidate: EntityCandidate;
  readonly roles: readonly RoleCandidate[];
}

/** Trims a title the recogniser took into the name ("President Putin" -> "Putin"). */
function trimLeadingTitle(doc: Doc, index: SentenceIndex, candidate: EntityCandidate): EntityCandidate {
  let start = candidate.start;
  for (let title = index.titleStartingAt.get(start); title && title.match.end < candidate.end; title = index.titleStartingAt.get(start)) start = title.match.end;
  if (start === candidate.start) return candidate;
  return { ...candidate, start, name: doc.text.slice(doc.tokens[start]!.start, doc.tokens[candidate.end - 1]!.end), rule: `${candidate.rule}+title-trimmed` };
}

function isListJoin(index: SentenceIndex, from: number, to: number): boolean {
  const words = [];
  for (let position = from; position < to; position += 1) words.push(word(index, position).toLowerCase());
  return ['[","]', '["and"]', '[",","and"]', '["or"]', '[",","or"]'].includes(JSON.stringify(words));
}

/**
 * Finds the roles of the people named in one sentence: a title phrase before the name, a role
 * clause before it, an apposition after it, or a plural title shared by a list of names
 * ("deputy ministers Mikhail Bogdanov, Sergei Ryabkov, and Mikhail Galuzin").
 */
export function attachRoles(doc: Doc, sentence: SentenceAnalysis, candidates: readonly EntityCandidate[]): { candidates: EntityCandidate[]; roles: Map<EntityCandidate, RoleCandidate[]> } {
  if (!candidates.some((candidate) => candidate.type === 'PERSON')) return { candidates: [...candidates], roles: new Map() };
  const firstIndex = indexSentence(sentence, candidates);
  const trimmed = candidates.map((candidate) => (candidate.type === 'PERSON' ? trimLeadingTitle(doc, firstIndex, candidate) : candidate));
  const index = indexSentence(sentence, trimmed);
  const roles = new Map<EntityCandidate, RoleCandidate[]>();
  let previousPerson: { candidate: EntityCandidate; role?: RoleCandidate } | undefined;
  for (const candidate of trimmed) {
    if (candidate.type !== 'PERSON') continue;
    const found: RoleCandidate[] = [];
    const before = rolePhraseBefore(index, candidate.start);
    if (before) found.push(toRole(before, affiliationsWithin(index, before, trimmed), 'title-before-name'));
    const clause = roleClauseBefore(doc, index, before?.start ?? candidate.start);
    if (clause) found.push(toRole(clause, affiliationsWithin(index, clause, trimmed), 'role-clause-before-name'));
    const after = rolePhraseAfter(doc, index, candidate.end);
    if (after) found.push(toRole(after, affiliationsWithin(index, after, trimmed), 'apposition-after-name'));
    const shared = previousPerson?.role;
    if (found.length === 0 && shared && /s$/.test(shared.title) && isListJoin(index, previousPerson!.candidate.end, candidate.start)) {
      found.push({ ...shared, rule: 'plural-title-shared-by-list' });
    }
    if (found.length > 0) roles.set(candidate, found);
    previousPerson = found[0] ? { candidate, role: found[0] } : { candidate };
  }
  return { candidates: trimmed, roles };
}
