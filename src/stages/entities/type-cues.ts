import type { EntityType } from '../../doc/schema/entity.ts';
import organisationWords from '../../lexicons/organisation-words.json' with { type: 'json' };
import places from '../../lexicons/places.json' with { type: 'json' };
import { sectorFromName, type EntityCandidate } from './candidates.ts';
import type { SentenceAnalysis } from './recognise.ts';

/**
 * Types the recogniser gets wrong on names it has never seen, corrected from what the text says
 * around them, then made consistent across the article: the lexicons know no invented or obscure
 * place ("the Lume valley town of Sarnai"), but the words around it do.
 */

const PLACE_FEATURE_WORDS: ReadonlySet<string> = new Set(places.featureWords);
const REGION_WORDS: ReadonlySet<string> = new Set(places.regionWords);
const ADMINISTRATIVE_WORDS: ReadonlySet<string> = new Set(['Province', 'Region', 'District', 'Governorate', 'Oblast', 'Prefecture', 'Territory', 'Krai', 'Emirate', 'Canton']);
const ORGANISATION_LAST_WORDS: ReadonlySet<string> = new Set([
  ...organisationWords.sectors.flatMap((entry) => entry.words.filter((word) => !word.includes(' '))),
  'Relief', 'Committee', 'Council', 'Authority', 'Organisation', 'Organization', 'Association', 'Movement', 'Network', 'Initiative', 'Trust', 'Fund', 'Programme', 'Program', 'Center', 'Centre', 'Commission', 'Agency',
]);
/** "the town of Sarnai", "the port of Marrow Bay": a common noun for a populated place, then "of". */
const PLACE_NOUNS_BEFORE_OF = new Set(['town', 'city', 'village', 'port', 'province', 'region', 'district', 'capital', 'state', 'republic', 'kingdom', 'county', 'municipality', 'island', 'settlement', 'suburb', 'neighbourhood', 'neighborhood']);

function wordsOf(sentence: SentenceAnalysis, candidate: EntityCandidate): readonly string[] {
  return sentence.words.slice(candidate.start - sentence.start, candidate.end - sentence.start);
}

function wordBefore(sentence: SentenceAnalysis, position: number, distance: number): string {
  return (sentence.words[position - sentence.start - distance] ?? '').toLowerCase();
}

/** The type the words inside and around a name say it has, when they say so plainly. */
function cueType(sentence: SentenceAnalysis, candidate: EntityCandidate): { type: EntityType; rule: string } | undefined {
  const words = wordsOf(sentence, candidate);
  const last = words.at(-1) ?? '';
  // "Orchard Province" whatever the recogniser said; "Bristol City" and "Notts County" only when it did not call them organisations (clubs).
  if (words.length >= 2 && REGION_WORDS.has(last) && (candidate.type !== 'ORG' || ADMINISTRATIVE_WORDS.has(last))) return { type: 'GPE', rule: 'region-word' };
  if (candidate.type !== 'ORG' && words.length >= 2 && ORGANISATION_LAST_WORDS.has(last)) return { type: 'ORG', rule: 'organisation-word' };
  if (wordBefore(sentence, candidate.start, 1) === 'of' && PLACE_NOUNS_BEFORE_OF.has(wordBefore(sentence, candidate.start, 2))) return { type: 'GPE', rule: 'place-noun-of' };
  // "in the capital, Corvath": an apposition to a place noun.
  if (wordBefore(sentence, candidate.start, 1) === ',' && ['capital', 'city', 'town', 'village', 'port'].includes(wordBefore(sentence, candidate.start, 2))) return { type: 'GPE', rule: 'place-noun-apposition' };
  if (candidate.type === 'PERSON' && PLACE_FEATURE_WORDS.has(last)) return { type: 'LOC', rule: 'place-word' };
  return undefined;
}

/** "Ostravan" is the demonym of "Ostrava", "Valdorian" of "Valdoria": the base name is a country-like place. */
function demonymBases(word: string): string[] {
  const bases = [word.replace(/n$/, ''), word.replace(/an$/, ''), word.replace(/ian$/, 'ia'), word.replace(/ian$/, ''), word.replace(/ese$/, ''), word.replace(/i$/, '')];
  return [...new Set(bases)].filter((base) => base !== word && base.length >= 3);
}

/** Gives GPE to each name in `names` (not typed by a cue) whose demonym ("Ostravan" for "Ostrava") stands before a lowercase word. */
function findDemonymBases(words: readonly string[], names: ReadonlySet<string>, strong: Map<string, EntityType>): void {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const last = word.charCodeAt(word.length - 1);
    // Cheap test first: a demonym ends in -n, -e or -i.
    if ((last !== 110 && last !== 101 && last !== 105) || word.length < 4) continue;
    const next = words[index + 1] ?? '';
    if (!/^\p{Lu}\p{Ll}+(?:an|ese|i)$/u.test(word) || !/^\p{Ll}/u.test(next)) continue;
    for (const base of demonymBases(word)) if (names.has(base) && !strong.has(base)) strong.set(base, 'GPE');
  }
}

/**
 * Corrects candidate types from cues, then gives the type a cue found to every candidate with that
 * name ("the town of Sarnai" ... "fire on Sarnai"). Without a cue, the recogniser's types stand: one
 * name may be a city and a team, or a capital and a person, in one article.
 */
export function harmoniseTypes(sentences: readonly SentenceAnalysis[], candidates: readonly EntityCandidate[][]): EntityCandidate[][] {
  const strong = new Map<string, EntityType>();
  const corrected = candidates.map((inSentence, index) => inSentence.map((candidate) => {
    // A lexicon's type stays with the phrase it listed: "Washington" the capital, and Washington the person the recogniser found.
    if (candidate.category) return candidate;
    const cue = cueType(sentences[index]!, candidate);
    if (cue) {
      strong.set(candidate.name, cue.type);
      const sector = cue.type === 'ORG' ? (candidate.sector ?? sectorFromName(wordsOf(sentences[index]!, candidate))) : undefined;
      const { sector: _previous, ...rest } = candidate;
      return { ...rest, type: cue.type, ...(sector ? { sector } : {}), rule: `${candidate.rule}+${cue.rule}` };
    }
    return candidate;
  }));
  // Invented and little-known countries: a demonym of the name ("Ostravan officials") appears in the article.
  // Only the names of candidates no lexicon typed can take the type (see below), so only those are looked for.
  const names = new Set<string>();
  for (const inSentence of corrected) for (const candidate of inSentence) if (!candidate.category) names.add(candidate.name);
  if (names.size > 0) for (const sentence of sentences) findDemonymBases(sentence.words, names, strong);
  return corrected.map((inSentence) => inSentence.map((candidate) => {
    if (candidate.category) return candidate;
    const type = strong.get(candidate.name);
    return type && type !== candidate.type ? { ...candidate, type, rule: `${candidate.rule}+same-name-same-type` } : candidate;
  }));
}
