import type { Doc, Token } from '../../doc/doc.ts';
import { tokenAtoms } from '../../models/token-atoms.ts';
import { lastMentionBefore, placeMentions, type Cluster, type PlacedMention } from './clusters.ts';

type PronounClass = 'female' | 'male' | 'neuter';

/**
 * Every key starts with h, s or i: linkPronouns relies on it to skip other words cheaply. A Map
 * keyed by the word's cached lowercase form: looking a sliced, lowercased string up in an object
 * literal cost an allocation and a dictionary lookup per candidate word.
 */
const PRONOUNS: ReadonlyMap<string, PronounClass> = new Map([
  ['she', 'female'], ['her', 'female'], ['hers', 'female'], ['herself', 'female'],
  ['he', 'male'], ['him', 'male'], ['his', 'male'], ['himself', 'male'],
  ['its', 'neuter'], ['itself', 'neuter'],
]);

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
function salience(doc: Doc, candidate: PlacedMention, pronounSentence: number, pronoun: PronounClass): number {
  let score = -2 * (pronounSentence - candidate.sentence);
  // A person whose gender is known to agree beats a nearer one whose gender is unknown.
  if (pronoun !== 'neuter' && candidate.cluster.gender === pronoun) score += 2.5;
  const sentenceStart = doc.sentences[candidate.sentence]?.start ?? 0;
  const prefix = doc.analysisText.slice(sentenceStart, candidate.mention.start).trim();
  if (prefix.length === 0 || /^(?:[“"‘']|(?:In|On|At|During|After|Before)\b[^,]*,)$/u.test(prefix)) score += 1;
  return score;
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
export function linkPronouns(doc: Doc, clusters: Cluster[]): void {
  const placed = placeMentions(doc, clusters).filter((item) => item.mention.kind !== 'pronoun');
  const atoms = tokenAtoms(doc);
  for (let position = 0; position < doc.tokens.length; position += 1) {
    const token = doc.tokens[position]!;
    // Pronouns are two to seven letters long: most tokens are ruled out without slicing the text.
    const length = token.end - token.start;
    if (token.kind !== 'word' || length < 2 || length > 7) continue;
    // Every pronoun linked starts with h, s or i (either case): most other words go without slicing.
    const first = doc.analysisText.charCodeAt(token.start) | 32;
    if (first !== 104 && first !== 115 && first !== 105) continue;
    // The lowercased word (digits folded, which no pronoun has), as the taggers cached it.
    const pronoun = PRONOUNS.get(atoms[position]!.lowerText);
    if (!pronoun) continue;
    let best = cataphoricAntecedent(doc, placed, token, pronoun);
    if (!best) {
      let bestScore = -Infinity;
      for (let index = lastMentionBefore(placed, token.start); index >= 0; index -= 1) {
        const candidate = placed[index]!;
        if (token.sentence - candidate.sentence > LOOKBACK_SENTENCES) break;
        if (candidate.mention.end > token.start || !fits(candidate.cluster, pronoun)) continue;
        const score = salience(doc, candidate, token.sentence, pronoun);
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
