import {
  BE_FORMS,
  CUE_FIRST_WORDS,
  NOUN_CUES,
  NOUN_DETERMINERS,
  NOUN_LIKE_VERB_FORMS,
  PHRASAL_CUES_BY_PARTICLE,
  SOURCE_BEFORE_BY_FIRST_WORD,
  VERB_CUES,
  type CueClass,
  type PhrasalEntry,
  type VerbEntry,
  type VerbForm,
} from './lexicon.ts';
import { isCapitalised, isQuotationMark, isWordToken, type TokenIndex } from './token-index.ts';

export type CueKind = 'verb' | 'noun' | 'source-before' | 'colon';

/** A word or phrase of saying found in the text, by token positions (inclusive). */
export interface Cue {
  readonly kind: CueKind;
  /** First token of the cue, passive auxiliaries included ("was" in "was emphasised"). */
  readonly first: number;
  /** The verb, noun or first word of the phrase. */
  readonly head: number;
  readonly last: number;
  readonly lemma: string;
  readonly cueClass: CueClass;
  readonly forms: readonly VerbForm[];
  /** "was emphasised", "has been announced": the speaker is not the grammatical subject. */
  readonly passive: boolean;
  /** "it was emphasised that", "it is known that": no speaker in the clause. */
  readonly impersonal: boolean;
  /** A cue only beside a quotation (“…,” he continued). */
  readonly quotationOnly: boolean;
}

/** Forms of a cue that is no verb (a noun, "according to", a colon). */
export const NO_FORMS: readonly VerbForm[] = [];

/**
 * A cue with every field present, in one order. Cues of several hidden classes (one per optional
 * field, or per spread copy) made every rule that reads them be optimised and thrown away again.
 */
export function newCue(kind: CueKind, first: number, head: number, last: number, lemma: string, cueClass: CueClass, forms: readonly VerbForm[], passive: boolean, impersonal: boolean, quotationOnly: boolean): Cue {
  return { kind, first, head, last, lemma, cueClass, forms, passive, impersonal, quotationOnly };
}

function matchesWords(index: TokenIndex, from: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset += 1) if (index.lower[from + offset] !== words[offset]) return false;
  return true;
}

function sourceBeforeAt(index: TokenIndex, position: number): Cue | undefined {
  const phrases = SOURCE_BEFORE_BY_FIRST_WORD.get(index.lower[position]!);
  if (phrases === undefined) return undefined;
  let phrase: readonly string[] | undefined;
  for (const words of phrases) {
    if (!matchesWords(index, position, words)) continue;
    phrase = words;
    break;
  }
  if (!phrase) return undefined;
  return newCue('source-before', position, position, position + phrase.length - 1, phrase.join(' '), 'speech', NO_FORMS, false, false, false);
}

function isAdverb(index: TokenIndex, position: number): boolean {
  const word = index.lower[position] ?? '';
  return (word.length > 4 && word.endsWith('ly')) || word === 'not' || word === "n't" || word === 'n’t' || word === 'also' || word === 'widely' || word === 'long';
}

/** Walks back over "has been", "was also", "is widely" to the be-form that makes a participle passive. */
function passiveStart(index: TokenIndex, verb: number): number | undefined {
  let position = verb - 1;
  while (position >= 0 && isAdverb(index, position)) position -= 1;
  if (position < 0 || !BE_FORMS.has(index.lower[position]!)) return undefined;
  let start = position;
  if (index.lower[position] === 'been' && ['has', 'have', 'had'].includes(index.lower[position - 1] ?? '')) start = position - 1;
  if (index.lower[position] === 'be' && ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'].includes(index.lower[position - 1] ?? '')) start = position - 1;
  return start;
}

function isImpersonal(index: TokenIndex, passiveFirst: number, last: number): boolean {
  if (index.lower[passiveFirst - 1] !== 'it') return false;
  let next = last + 1;
  while (isAdverb(index, next)) next += 1;
  return index.lower[next] === 'that';
}

const NO_PHRASALS: readonly PhrasalEntry[] = [];

function verbAt(index: TokenIndex, position: number): Cue | undefined {
  const word = index.lower[position]!;
  const phrasals = PHRASAL_CUES_BY_PARTICLE.get(word)?.get(index.lower[position + 1] ?? '') ?? NO_PHRASALS;
  for (const phrasal of phrasals) {
    if (!matchesWords(index, position + 1, phrasal.particle)) continue;
    return makeVerbCue(index, position, position + phrasal.particle.length, phrasal);
  }
  const verb = VERB_CUES.get(word);
  if (!verb) return undefined;
  return makeVerbCue(index, position, position, verb);
}

function makeVerbCue(index: TokenIndex, head: number, last: number, verb: VerbEntry): Cue {
  const passiveFirst = verb.forms.includes('participle') ? passiveStart(index, head) : undefined;
  const passive = passiveFirst !== undefined;
  const impersonal = passive && isImpersonal(index, passiveFirst, last);
  return newCue('verb', passiveFirst ?? head, head, last, verb.lemma, verb.cueClass, verb.forms, passive, impersonal, verb.quotationOnly);
}

function nounAt(index: TokenIndex, position: number): Cue | undefined {
  const entries = NOUN_CUES.get(index.lower[position]!);
  if (entries === undefined) return undefined;
  const noun = entries.find((entry) => entry.words.length === 1 || matchesWords(index, position, entry.words));
  if (!noun) return undefined;
  return newCue('noun', position, position, position + noun.words.length - 1, noun.lemma, 'speech', NO_FORMS, false, false, false);
}

const NOUN_MODIFIER_TAGS: ReadonlySet<string> = new Set(['DT', 'JJ', 'PRP$', 'POS']);
const SINGULAR_NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNP']);
const VERBAL_COMPANY = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'has', 'have', 'had', 'also', 'will', 'would', 'could', 'may', 'might', 'to', 'not', "n't", 'n’t', 'later', 'then', 'repeatedly', 'often', 'once', 'never', 'previously', 'recently', 'publicly', 'privately', 'reportedly']);
const OBJECT_STARTS = new Set(['that', ':', ',', '.', '!', '?', ';', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'us', 'me', 'reporters', 'on', 'in', 'at', 'to', 'of']);

/**
 * Whether a verb cue is used as a verb. A word that is also a common noun ("the talks", "state
 * media", "her claims") counts as a verb when a tagger says so, or in verbal company — after a
 * pronoun or auxiliary, or between a name and its object.
 */
function looksVerbal(index: TokenIndex, cue: Cue): boolean {
  const before = index.lower[cue.first - 1] ?? '';
  if (NOUN_DETERMINERS.has(before)) return false;
  if (cue.passive) return true;
  // "the ferry plan", "her new plan": a noun tag after a determiner, adjective or noun is a noun, whatever the lexicon lists.
  if (index.tokens[cue.head]!.tag?.startsWith('NN') && NOUN_MODIFIER_TAGS.has(index.tokens[cue.first - 1]?.tag ?? '')) return false;
  // "a radio show", "the Daily show": after a singular noun, "show" is the programme (plural "polls show" is a verb).
  if (index.lower[cue.head] === 'show' && SINGULAR_NOUN_TAGS.has(index.tokens[cue.first - 1]?.tag ?? '')) return false;
  if (!NOUN_LIKE_VERB_FORMS.has(index.lower[cue.head]!)) return true;
  // A tagger reads "the talks" right, but also tags "…,” Viguerie notes." as a noun: a verb tag is enough, a noun tag is not.
  if (index.tokens[cue.head]!.tag?.startsWith('VB')) return true;
  const after = index.lower[cue.last + 1] ?? '';
  if (VERBAL_COMPANY.has(before) || after === 'that') return true;
  const sentenceStart = cue.first - 1 < 0 || index.tokens[cue.first - 1]!.sentence !== index.tokens[cue.first]!.sentence;
  if (sentenceStart || isCapitalised(index, cue.head) || !isCapitalised(index, cue.first - 1) || !isWordToken(index, cue.first - 1)) return false;
  // After a name: "Bolton thought …", "Viguerie notes." — unless the name is a modifier ("the Iran talks").
  let nameStart = cue.first - 1;
  while (nameStart > 0 && isCapitalised(index, nameStart - 1) && isWordToken(index, nameStart - 1)) nameStart -= 1;
  if (NOUN_DETERMINERS.has(index.lower[nameStart - 1] ?? '')) return false;
  return cue.forms.includes('past') || OBJECT_STARTS.has(after) || isQuotationMark(index, cue.last + 1);
}

function verbalCueAt(index: TokenIndex, position: number): Cue | undefined {
  const verb = verbAt(index, position);
  return verb && looksVerbal(index, verb) ? verb : undefined;
}

/** Every cue of the text, in order, each token in at most one cue. One pass over the tokens. */
export function findCues(index: TokenIndex): Cue[] {
  const cues: Cue[] = [];
  const firstWords = CUE_FIRST_WORDS;
  const lower = index.lower;
  const tokens = index.tokens;
  for (let position = 0; position < lower.length; position += 1) {
    if (tokens[position]!.kind !== 'word' || !firstWords.has(lower[position]!)) continue;
    const cue = sourceBeforeAt(index, position) ?? verbalCueAt(index, position) ?? nounAt(index, position);
    if (!cue) continue;
    cues.push(cue);
    position = cue.last;
  }
  return cues;
}
