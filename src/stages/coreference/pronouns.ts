import type { Doc, Token } from '../../doc/doc.ts';
import { lastMentionBefore, placeMentions, type Cluster, type PlacedMention } from './clusters.ts';

type PronounClass = 'female' | 'male' | 'neuter';

/** Every word starts with h, s or i: linkPronouns relies on it to skip other words cheaply. */
const PRONOUNS: readonly (readonly [word: string, pronounClass: PronounClass])[] = [
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['its', 'neuter'], ['itself', 'neuter'],
];

/**
 * The pronoun written at text[start, end), in any case ("She", "SHE"), compared letter by letter
 * where it stands: no slice, no lower-casing, no lookup of the word's cached form for the many
 * words that start like a pronoun ("is", "has", "said"). `code | 32` equals a lower-case ASCII
 * letter only for that letter and its capital.
 */
function pronounAt(text: string, start: number, end: number): PronounClass | undefined {
  const length = end - start;
  for (const [word, pronounClass] of PRONOUNS) {
    if (word.length !== length) continue;
    let offset = 0;
    while (offset < length && (text.charCodeAt(start + offset) | 32) === word.charCodeAt(offset)) offset += 1;
    if (offset === length) return pronounClass;
  }
  return undefined;
}

/** How many sentences back a pronoun may look for what it stands for. */
const LOOKBACK_SENTENCES = 3;

function fits(cluster: Cluster, pronoun: PronounClass): boolean {
  if (pronoun === 'neuter') return cluster.type === 'ORG' || (cluster.type === 'GPE' && cluster.country !== undefined);
  return cluster.type === 'PERSON' && (cluster.gender === undefined || cluster.gender === pronoun);
}

/**
 * A mention is more likely the one a pronoun continues when it opens its sentence or is followed
 * by a verb (a subject), when its gender is known to agree, and when it is close.
 */
function salience(candidate: PlacedMention, opensSentence: boolean, pronounSentence: number, pronoun: PronounClass): number {
  let score = -2 * (pronounSentence - candidate.sentence);
  // A person whose gender is known to agree beats a nearer one whose gender is unknown.
  if (pronoun !== 'neuter' && candidate.cluster.gender === pronoun) score += 2.5;
  if (opensSentence) score += 1;
  return score;
}

const OPENING_PREFIX = /^(?:[“"‘']|(?:In|On|At|During|After|Before)\b[^,]*,)$/u;

/** The mention opens its sentence, or follows only a quotation mark or an opening phrase ("In Ankara, …"). */
function opensSentence(doc: Doc, candidate: PlacedMention): boolean {
  const sentenceStart = doc.sentences[candidate.sentence]?.start ?? 0;
  const prefix = doc.analysisText.slice(sentenceStart, candidate.mention.start).trim();
  return prefix.length === 0 || OPENING_PREFIX.test(prefix);
}

/**
 * "In her briefing, Zakharova said…": a possessive pronoun in an opening phrase points forward to
 * the subject of the same sentence.
 */
function cataphoricAntecedent(doc: Doc, placed: readonly PlacedMention[], token: Token, pronoun: PronounClass): PlacedMention | undefined {
  if (pronoun === 'neuter') return undefined;
  const sentence = doc.sentences[token.sentence];
  if (!sentence) return undefined;
  const opening = doc.analysisText.slice(sentence.start, token.start);
  if (!/^\s*(?:In|During|After|Before|On|At|For|From)\s*$/u.test(opening)) return undefined;
  const comma = doc.analysisText.indexOf(',', token.end);
  if (comma < 0 || comma > sentence.end) return undefined;
  // The first person named after the comma ("In her statement, spokeswoman Olga Petrova said").
  for (let next = lastMentionBefore(placed, comma + 1) + 1; next < placed.length; next += 1) {
    const candidate = placed[next]!;
    if (candidate.sentence !== token.sentence) return undefined;
    if (candidate.cluster.type === 'PERSON') return fits(candidate.cluster, pronoun) ? candidate : undefined;
  }
  return undefined;
}

/**
 * Links she/her/he/his/him to the most salient earlier person of agreeing gender within a few
 * sentences, and its/itself to the nearest organisation or country. A person whose gender was
 * unknown takes the pronoun's. They/them/it are left alone: they refer to too many things.
 */
export function linkPronouns(doc: Doc, clusters: Cluster[], placedMentions: readonly PlacedMention[] = placeMentions(doc, clusters)): void {
  const placed = placedMentions.filter((item) => item.mention.kind !== 'pronoun');
  // Whether each mention opens its sentence (1) or not (0), found once for every pronoun that weighs it (-1: not yet).
  const opening = new Int8Array(placed.length).fill(-1);
  for (let position = 0; position < doc.tokens.length; position += 1) {
    const token = doc.tokens[position]!;
    // Pronouns are two to seven letters long: most tokens are ruled out without slicing the text.
    const length = token.end - token.start;
    if (token.kind !== 'word' || length < 2 || length > 7) continue;
    // Every pronoun linked starts with h, s or i (either case): most other words go without slicing.
    const first = doc.analysisText.charCodeAt(token.start) | 32;
    if (first !== 104 && first !== 115 && first !== 105) continue;
    const pronoun = pronounAt(doc.analysisText, token.start, token.end);
    if (!pronoun) continue;
    let best = cataphoricAntecedent(doc, placed, token, pronoun);
    if (!best) {
      let bestScore = -Infinity;
      for (let index = lastMentionBefore(placed, token.start); index >= 0; index -= 1) {
        const candidate = placed[index]!;
        if (token.sentence - candidate.sentence > LOOKBACK_SENTENCES) break;
        if (candidate.mention.end > token.start || !fits(candidate.cluster, pronoun)) continue;
        if (opening[index] === -1) opening[index] = opensSentence(doc, candidate) ? 1 : 0;
        const score = salience(candidate, opening[index] === 1, token.sentence, pronoun);
        if (score > bestScore) {
          bestScore = score;
          best = candidate;
        }
      }
    }
    if (!best) continue;
    if (pronoun !== 'neuter') best.cluster.gender ??= pronoun;
    best.cluster.mentions.push({ start: token.start, end: token.end, kind: 'pronoun', rule: pronoun === 'neuter' ? 'its-nearest-organisation' : 'pronoun-salient-person' });
  }
}
