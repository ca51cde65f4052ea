import type { EntityType } from '../doc/schema/entity.ts';
import { aliasKey, nameKey } from './name-key.ts';

/**
 * Cross-article identity: which article-level entities are the same person, organisation or place.
 * A pure function over occurrences (one per entity per article); the store keeps the result and
 * the user's pins (src/corpus/resolve-identities.ts applies them on top).
 *
 * News spells foreign names many ways (Marzouq, Marzouk, Abu Marzouk; Kyani, Kani; Erdogan,
 * Erdoğan), so names are compared through a transliteration-folded key and a string similarity,
 * within blocks of names that share a rough consonant skeleton, so the work stays near-linear in
 * the corpus. Two people who share a surname are kept apart when their given names differ, and a
 * lone surname joins a full name only when it can mean one person.
 */

/** What the resolver needs to know of one entity in one article. */
export interface IdentityOccurrence {
  readonly article: string;
  readonly entity: string;
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly aliases: readonly string[];
  readonly mentionCount: number;
}

type Family = 'PERSON' | 'ORG' | 'PLACE' | 'NORP' | 'OTHER';

function familyOf(type: EntityType): Family {
  return type === 'GPE' || type === 'LOC' ? 'PLACE' : type;
}

/** Consonants of a folded word after its first letter: the block in which variants are compared ("marzuk" -> "m:rzk"). */
function skeleton(folded: string): string {
  return `${folded[0] ?? ''}:${folded.slice(1).replace(/[aeiou]/g, '')}`;
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = true;
      matchedB[j] = true;
      matches += 1;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i += 1) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k += 1;
    if (a[i] !== b[k]) transpositions += 1;
    k += 1;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Zakharov and Zakharova, Nowak and Nowakowa: the feminine form of a surname is another person. */
function differByFeminineEnding(a: string, b: string): boolean {
  return (a.endsWith('a') !== b.endsWith('a')) && (a.startsWith(b) || b.startsWith(a));
}

/** Whether two folded words are spellings of the same name word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (differByFeminineEnding(a, b)) return false;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 4 && jaroWinkler(a, b) >= 0.9;
}

/** "A." matches "Ali"; otherwise the words must be spellings of one another. */
function compatibleGiven(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameWord(a, b);
}

/**
 * Whether two full person names (two words or more) can be one person: the surnames match, and
 * the shorter name's other words all appear in the longer one ("Abu Marzouq" in "Mousa Abu
 * Marzouk") or their first given names match ("Ali Bagheri Kani", "Ali Bagheri Kyani").
 */
function compatibleFullNames(a: readonly string[], b: readonly string[]): boolean {
  if (!sameWord(a.at(-1)!, b.at(-1)!)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const inside = shorter.slice(0, -1).every((word) => longer.slice(0, -1).some((other) => compatibleGiven(word, other)));
  if (inside) return true;
  return compatibleGiven(shorter[0]!, longer[0]!);
}

function compatibleCountries(a: IdentityOccurrence, b: IdentityOccurrence): boolean {
  return !a.country || !b.country || a.country === b.country;
}

/** "IRGC" for "Islamic Revolutionary Guard Corps". */
function acronymOf(words: readonly string[]): string {
  return words.filter((word) => !['of', 'the', 'and', 'for', 'de', 'al'].includes(word)).map((word) => word[0]).join('');
}

class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root]!;
    for (let current = item; this.parent[current] !== root; ) {
      const next = this.parent[current]!;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    if (value === undefined) continue;
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return groups;
}

interface Prepared {
  readonly index: number;
  readonly occurrence: IdentityOccurrence;
  readonly family: Family;
  /** Folded words of the name. */
  readonly words: readonly string[];
  /** Plain (unfolded) words, for acronyms. */
  readonly plainWords: readonly string[];
}

function prepare(occurrences: readonly IdentityOccurrence[]): Prepared[] {
  return occurrences.map((occurrence, index) => ({
    index,
    occurrence,
    family: familyOf(occurrence.type),
    words: aliasKey(occurrence.name).split(' ').filter(Boolean),
    plainWords: nameKey(occurrence.name).split(' ').filter(Boolean),
  }));
}

/** Same family and same folded name: one entity (organisations and places also through their lexicon aliases). */
function joinSameNames(items: readonly Prepared[], sets: UnionFind): void {
  const byKey = groupBy(items, (item) => (item.words.length > 0 ? `${item.family}|${item.words.join(' ')}` : undefined));
  for (const group of byKey.values()) {
    for (const item of group.slice(1)) if (compatibleCountries(group[0]!.occurrence, item.occurrence)) sets.union(group[0]!.index, item.index);
  }
  // An organisation's aliases are other names of it ("IDF"); a person's are partial names and a
  // place's may be a capital standing for its government, so only organisations join on them.
  const organisations = items.filter((item) => item.family === 'ORG');
  const byName = groupBy(organisations, (item) => item.words.join(' '));
  const byPlainName = groupBy(organisations, (item) => item.plainWords.join(' '));
  for (const item of organisations) {
    for (const alias of item.occurrence.aliases) {
      for (const other of byName.get(aliasKey(alias)) ?? []) if (compatibleCountries(item.occurrence, other.occurrence)) sets.union(item.index, other.index);
    }
    if (item.plainWords.length >= 2) {
      for (const other of byPlainName.get(acronymOf(item.plainWords)) ?? []) if (compatibleCountries(item.occurrence, other.occurrence)) sets.union(item.index, other.index);
    }
  }
}

/** Full person names that are spellings of one another join; lone surnames join the one person they can mean. */
function joinPeople(items: readonly Prepared[], sets: UnionFind): void {
  const people = items.filter((item) => item.family === 'PERSON' && item.words.length > 0);
  const blocks = groupBy(people, (item) => skeleton(item.words.at(-1)!));
  for (const block of blocks.values()) {
    const full = block.filter((item) => item.words.length >= 2);
    for (let i = 0; i < full.length; i += 1) {
      for (let j = i + 1; j < full.length; j += 1) {
        if (compatibleCountries(full[i]!.occurrence, full[j]!.occurrence) && compatibleFullNames(full[i]!.words, full[j]!.words)) sets.union(full[i]!.index, full[j]!.index);
      }
    }
    for (const lone of block.filter((item) => item.words.length === 1)) {
      const candidates = new Set(full
        .filter((item) => sameWord(item.words.at(-1)!, lone.words[0]!) && compatibleCountries(item.occurrence, lone.occurrence))
        .map((item) => sets.find(item.index)));
      if (candidates.size === 1) sets.union(lone.index, [...candidates][0]!);
      else if (candidates.size === 0) {
        // Lone surnames spelled differently ("Marzouq", "Marzouk") with no full name to go to: still one person.
        for (const other of block) if (other !== lone && other.words.length === 1 && sameWord(other.words[0]!, lone.words[0]!) && compatibleCountries(other.occurrence, lone.occurrence)) sets.union(lone.index, other.index);
      }
    }
  }
}

/** Organisation names spelled slightly differently ("Rapaport Group", "Rapaport group") within a block. */
function joinSimilarOrganisations(items: readonly Prepared[], sets: UnionFind): void {
  const organisations = items.filter((item) => item.family === 'ORG' && item.words.join(' ').length >= 8);
  const blocks = groupBy(organisations, (item) => skeleton(item.words[0]!));
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i += 1) {
      for (let j = i + 1; j < block.length; j += 1) {
        const a = block[i]!;
        const b = block[j]!;
        if (a.words.length === b.words.length && compatibleCountries(a.occurrence, b.occurrence) && jaroWinkler(a.words.join(' '), b.words.join(' ')) >= 0.95) sets.union(a.index, b.index);
      }
    }
  }
}

/** The name a cluster is known by: the fullest name among its most mentioned, so the key is stable as articles arrive. */
function clusterName(members: readonly Prepared[]): Prepared {
  return [...members].sort((a, b) => b.words.length - a.words.length || b.occurrence.mentionCount - a.occurrence.mentionCount || (a.occurrence.name < b.occurrence.name ? -1 : a.occurrence.name > b.occurrence.name ? 1 : 0))[0]!;
}

/**
 * Assigns every occurrence to a cluster. Returns a map from `${article}\u0000${entity}` to a
 * cluster key ("PERSON:ali bagheri kiani"), the same for all occurrences of one entity.
 */
export function clusterOccurrences(occurrences: readonly IdentityOccurrence[]): Map<string, string> {
  const items = prepare(occurrences);
  const sets = new UnionFind(items.length);
  joinSameNames(items, sets);
  joinPeople(items, sets);
  joinSimilarOrganisations(items, sets);
  const clusters = groupBy(items, (item) => String(sets.find(item.index)));
  const clusterOf = new Map<string, string>();
  for (const members of clusters.values()) {
    const named = clusterName(members);
    const key = `${named.family}:${named.words.join(' ') || nameKey(named.occurrence.name)}${named.occurrence.country ? `:${named.occurrence.country}` : ''}`;
    for (const member of members) clusterOf.set(`${member.occurrence.article}\u0000${member.occurrence.entity}`, key);
  }
  return clusterOf;
}
