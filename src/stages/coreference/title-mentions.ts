import type { Doc } from '../../doc/doc.ts';
import type { EntityType, Mention, Sector } from '../../doc/schema/entity.ts';
import descriptions from '../../lexicons/descriptions.json' with { type: 'json' };
import titles from '../../lexicons/titles.json' with { type: 'json' };
import { findSpanIndexAt } from '../../doc/span.ts';
import { lastMentionBefore, overlapsPlaced, placeMention, placeMentions, withPlaced, type Cluster, type PlacedMention } from './clusters.ts';
import { placeKind } from './places.ts';
import { TokenWords } from './token-words.ts';

interface Description {
  readonly words: readonly string[];
  readonly person: boolean;
  /** For persons: the title as listed, compared with role titles. */
  readonly title?: string;
  readonly type?: EntityType;
  readonly sectors?: readonly Sector[];
  readonly nameContains?: string;
  readonly placeKinds?: readonly string[];
}

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * A description with every field present (undefined when the lexicon gives none), in one order:
 * descriptions of one hidden class keep the matching loops from being optimised and thrown away
 * again for each new combination of optional fields they meet.
 */
function newDescription(fields: { words: readonly string[]; person: boolean; title?: string; type?: EntityType; sectors?: readonly Sector[]; nameContains?: string; placeKinds?: readonly string[] }): Description {
  return { words: fields.words, person: fields.person, title: fields.title, type: fields.type, sectors: fields.sectors, nameContains: fields.nameContains, placeKinds: fields.placeKinds };
}

const DESCRIPTIONS: readonly Description[] = [
  ...titles.titles
    // "Mr." and "Dr." introduce names; "member" and "official" are too loose to stand for one person.
    .filter((title) => !/\.$/.test(title.title) && !['member', 'official', 'officials', 'head', 'chief', 'leader', 'Leader', 'soldier', 'Father', 'Sister', 'Justice', 'Major', 'Miss', 'Lady', 'Sir', 'Dame', 'Lord', 'Mr', 'Mrs', 'Ms', 'Dr', 'Rep.', 'Sen.'].includes(title.title))
    .map((title) => newDescription({ words: title.title.toLowerCase().split(/\s+/), person: true, title: title.title })),
  ...descriptions.descriptions.map((entry) =>
    newDescription({
      words: entry.noun.split(/\s+/),
      person: false,
      type: entry.type as EntityType,
      sectors: entry.sectors ? (entry.sectors as Sector[]) : undefined,
      nameContains: entry.nameContains || undefined,
      placeKinds: entry.placeKinds ? entry.placeKinds : undefined,
    }),
  ),
].sort((a, b) => b.words.length - a.words.length);

const DESCRIPTION_FIRST_WORDS = new Set(DESCRIPTIONS.map((description) => description.words[0]!));

/** Descriptions by their first word, each list in DESCRIPTIONS order (longest first). */
const DESCRIPTIONS_BY_FIRST_WORD = groupDescriptions(DESCRIPTIONS, (description) => description.words[0]!);
/** One-word person titles, which also match their plural ("ministers" for "minister"). */
const ONE_WORD_TITLES = groupDescriptions(DESCRIPTIONS.filter((description) => description.person && description.words.length === 1), (description) => description.words[0]!);
const DESCRIPTION_ORDER = new Map(DESCRIPTIONS.map((description, index) => [description, index]));

function groupDescriptions(list: readonly Description[], keyOf: (description: Description) => string): ReadonlyMap<string, readonly Description[]> {
  const groups = new Map<string, Description[]>();
  for (const description of list) {
    const group = groups.get(keyOf(description));
    if (group) group.push(description);
    else groups.set(keyOf(description), [description]);
  }
  return groups;
}

/** Adjectives that may sit between "the" and the head noun. */
const MODIFIERS = new Set(['former', 'deputy', 'senior', 'acting', 'top', 'new', 'veteran', 'interim', 'outgoing', 'incoming', 'then', 'state', 'russian-backed', 'militant', 'islamist', 'palestinian', 'radical', 'armed', 'ruling', 'opposition', 'foreign', 'local', 'regional', 'besieged', 'coastal', 'same', 'latter', 'american', 'israeli', 'military', 'political', 'tiny', 'diamond', 'mining', 'state-owned', 'news']);

/** A definite description found in the text: "the Turkish president", "the ministry", "Turkey's president". */
export interface DescriptionMention {
  /** Where the head noun starts: modifiers before it may be names of their own ("the Palestinian enclave"). */
  readonly headStart: number;
  readonly start: number;
  readonly end: number;
  readonly description: Description;
  /** Country a modifier gives ("Turkish", "of Turkey"). */
  readonly country?: string;
}

function descriptionMatchesAt(words: TokenWords, index: number, description: Description): boolean {
  return description.words.every((word, offset) => {
    const text = words.lowerWord(index + offset);
    return text === word || (offset === description.words.length - 1 && description.person && singular(text) === word);
  });
}

/**
 * The first description in DESCRIPTIONS order (longest first) written at `index`. Only the ones
 * that can match are tried: those starting with the word, and a one-word title in the singular.
 */
function matchDescriptionAt(words: TokenWords, index: number): Description | undefined {
  const first = words.lowerWord(index);
  if (!DESCRIPTION_FIRST_WORDS.has(first)) return undefined;
  const byFirstWord = DESCRIPTIONS_BY_FIRST_WORD.get(first)?.find((description) => descriptionMatchesAt(words, index, description));
  const singularTitle = ONE_WORD_TITLES.get(singular(first))?.find((description) => descriptionMatchesAt(words, index, description));
  if (!byFirstWord || !singularTitle) return byFirstWord ?? singularTitle;
  return DESCRIPTION_ORDER.get(byFirstWord)! <= DESCRIPTION_ORDER.get(singularTitle)! ? byFirstWord : singularTitle;
}

/** Finds "the [demonym] [modifiers] TITLE-or-NOUN [of COUNTRY]" and "COUNTRY's TITLE" not followed by a name. */
export function findDescriptions(doc: Doc, countryAt: ReadonlyMap<number, { end: number; country: string }>): DescriptionMention[] {
  const found: DescriptionMention[] = [];
  const words = new TokenWords(doc);
  // The tokens that start a country's name, as flags: asking the map at every token cost a hash lookup each.
  const startsCountry = new Uint8Array(doc.tokens.length);
  for (const at of countryAt.keys()) if (at < startsCountry.length) startsCountry[at] = 1;
  for (let index = 0; index < doc.tokens.length; index += 1) {
    // A description starts with "the" or with a country's name ("Turkey's president"): skip the rest cheaply.
    const token = doc.tokens[index]!;
    const first = doc.analysisText.charCodeAt(token.start);
    const mayStart = (token.end - token.start === 3 && (first === 116 || first === 84)) || startsCountry[index] === 1;
    if (!mayStart) continue;
    const word = words.lowerWord(index);
    let next = index + 1;
    let country: string | undefined;
    if (word === 'the') {
      // modifiers and a demonym: "the Turkish president", "the former deputy minister"
      for (;;) {
        const modifier = countryAt.get(next);
        if (modifier && !country) {
          country = modifier.country;
          next = modifier.end;
          continue;
        }
        if (MODIFIERS.has(words.lowerWord(next)) && !matchDescriptionAt(words, next)) {
          next += 1;
          continue;
        }
        break;
      }
    } else {
      const owner = countryAt.get(index);
      if (!owner || !/^['’]s$/.test(words.word(owner.end))) continue;
      country = owner.country;
      next = owner.end + 1;
    }
    const description = matchDescriptionAt(words, next);
    if (!description) continue;
    let end = next + description.words.length;
    const following = doc.tokens[end];
    // A capitalised word after the title is the name it introduces ("the minister Sergei Lavrov"): roles handle that.
    if (following && following.sentence === doc.tokens[index]!.sentence && /^\p{Lu}/u.test(words.word(end)) && description.person) continue;
    // "the group leader": the head noun comes later.
    if (following?.tag?.startsWith('NN') && !/^\p{Lu}/u.test(words.word(end))) continue;
    if (words.lowerWord(end) === 'of') {
      const ofCountry = countryAt.get(end + 1);
      if (ofCountry) {
        country ??= ofCountry.country;
        end = ofCountry.end;
      }
    }
    found.push({ headStart: doc.tokens[next]!.start, start: doc.tokens[index]!.start, end: doc.tokens[end - 1]!.end, description, ...(country ? { country } : {}) });
    index = end - 1;
  }
  return found;
}

function roleMatches(cluster: Cluster, description: Description, country: string | undefined): boolean {
  if (cluster.type !== 'PERSON') return false;
  const wanted = description.title!.toLowerCase();
  return cluster.roles.some((role) => {
    const title = role.title.toLowerCase();
    const sameTitle = title === wanted || singular(title) === wanted || title.endsWith(` ${wanted}`) || singular(title).endsWith(` ${wanted}`);
    return sameTitle && (!country || !(role.country ?? cluster.country) || (role.country ?? cluster.country) === country);
  });
}

function descriptionMatches(cluster: Cluster, description: Description, country: string | undefined): boolean {
  if (description.person) return roleMatches(cluster, description, country);
  if (cluster.type !== description.type) return false;
  if (country && cluster.country !== country) return false;
  if (description.sectors && !(cluster.sector && description.sectors.includes(cluster.sector))) return false;
  if (description.nameContains && !cluster.name.includes(description.nameContains)) return false;
  if (description.placeKinds && !description.placeKinds.includes(placeKind(cluster.name) ?? '')) return false;
  return true;
}

/** How many sentences back a description may look for what it describes. */
const LOOKBACK_SENTENCES = 6;

/**
 * Links "the Turkish president", "the spokeswoman", "the ministry", "the Palestinian enclave" to
 * the nearest earlier entity that fits: a person holding that title (of that country), or an
 * organisation or place of that kind. A description nothing fits stays unlinked.
 */
export function linkDescriptions(doc: Doc, clusters: Cluster[]): PlacedMention[] {
  const placed = placeMentions(doc, clusters);
  const added: PlacedMention[] = [];
  const countryAt = new Map<number, { end: number; country: string }>();
  for (const { cluster, mention } of placed) {
    if (!cluster.country || (cluster.type !== 'NORP' && cluster.type !== 'GPE') || mention.kind !== 'name') continue;
    const first = findSpanIndexAt(doc.tokens, mention.start);
    if (first < 0) continue;
    let end = first;
    while (end < doc.tokens.length && doc.tokens[end]!.end <= mention.end) end += 1;
    countryAt.set(first, { end, country: cluster.country });
  }
  for (const found of findDescriptions(doc, countryAt)) {
    if (overlapsPlaced(placed, { start: found.headStart, end: found.end })) continue;
    const sentence = doc.tokens[findSpanIndexAt(doc.tokens, found.start)]?.sentence ?? 0;
    const antecedent = nearestFitting(placed, found, sentence, (cluster) => descriptionMatches(cluster, found.description, found.country));
    if (!antecedent) continue;
    const mention: Mention = { start: found.start, end: found.end, kind: 'title', rule: found.description.person ? 'title-refers-to-holder' : 'description-refers-back' };
    antecedent.cluster.mentions.push(mention);
    added.push(placeMention(doc, antecedent.cluster, mention));
  }
  // Every mention placed, the new ones too, for the pronouns that come next.
  return withPlaced(placed, added) ?? placeMentions(doc, clusters);
}

function nearestFitting(placed: readonly PlacedMention[], span: { start: number }, sentence: number, fits: (cluster: Cluster) => boolean): PlacedMention | undefined {
  for (let index = lastMentionBefore(placed, span.start); index >= 0; index -= 1) {
    const candidate = placed[index]!;
    if (sentence - candidate.sentence > LOOKBACK_SENTENCES) return undefined;
    if (fits(candidate.cluster)) return candidate;
  }
  return undefined;
}
