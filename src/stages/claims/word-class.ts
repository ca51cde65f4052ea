import words from '../../lexicons/claim-words.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';

export type WordClass =
  | 'determiner'
  | 'preposition'
  | 'conjunction'
  | 'auxiliary'
  | 'pronoun'
  | 'verb'
  | 'participle'
  | 'adverb'
  | 'adjective'
  | 'noun'
  | 'proper'
  | 'number'
  | 'punctuation'
  | 'quote'
  | 'symbol';

const DETERMINERS = new Set(words.determiners);
const PREPOSITIONS = new Set(words.prepositions);
const CONJUNCTIONS = new Set(words.conjunctions);
const AUXILIARIES = new Set(words.auxiliaries);
const PRONOUNS = new Set(words.pronouns);
const ADVERBS = new Set(words.adverbs);
const NOT_ADVERBS = new Set(words.notAdverbs);

/** Regular inflections of a verb lemma: -s, -ed, -ing, with the common spelling changes. */
export function regularForms(lemma: string): string[] {
  const forms = [lemma];
  const consonantY = /[^aeiou]y$/.test(lemma);
  forms.push(/(s|sh|ch|x|z|o)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.endsWith('ee') ? lemma : lemma.slice(0, -1)}ing`);
  else if (consonantY) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

const VERB_FORMS = new Map<string, 'base' | 'third' | 'past' | 'gerund'>();
for (const lemma of words.verbs) {
  const [base, third, past, gerund] = regularForms(lemma);
  VERB_FORMS.set(base!, 'base');
  VERB_FORMS.set(third!, 'third');
  VERB_FORMS.set(past!, 'past');
  VERB_FORMS.set(gerund!, 'gerund');
}
const IRREGULAR_FORMS = new Set<string>();
for (const forms of Object.values(words.irregularVerbs as Record<string, string[]>)) {
  for (const form of forms) {
    VERB_FORMS.set(form, form.endsWith('ing') ? 'gerund' : form.endsWith('s') && !form.endsWith('ss') ? 'third' : 'past');
    IRREGULAR_FORMS.add(form);
  }
}

/** Irregular forms ("goes", "fled") are only ever verbs; regular -s forms may be plural nouns ("requests"). */
export function isIrregularVerbForm(word: string): boolean {
  return IRREGULAR_FORMS.has(word);
}

function followsDeterminer(context: ClaimContext, index: number): boolean {
  const previous = context.word(index - 1);
  if (previous === "'s" || previous === '’s') return context.touching(index - 2, index - 1);
  return previous !== 'that' && previous !== 'all' && previous !== 'no' && DETERMINERS.has(previous);
}

/** Penn Treebank tags, when a tagger has run, map straight onto the classes. */
function classFromTag(tag: string, word: string): WordClass | undefined {
  if (tag === 'CD') return 'number';
  if (tag === 'DT' || tag === 'PDT' || tag === 'WDT' || tag === 'PRP$' || tag === 'WP$') return word === 'that' ? 'conjunction' : 'determiner';
  if (tag === 'IN' || tag === 'TO') return CONJUNCTIONS.has(word) ? 'conjunction' : 'preposition';
  if (tag === 'CC') return 'conjunction';
  if (tag === 'MD') return 'auxiliary';
  if (tag.startsWith('VB')) return AUXILIARIES.has(word) ? 'auxiliary' : tag === 'VBN' || tag === 'VBG' ? 'participle' : 'verb';
  if (tag.startsWith('RB') || tag === 'WRB' || tag === 'RP') return 'adverb';
  if (tag.startsWith('JJ')) return 'adjective';
  if (tag === 'NNP' || tag === 'NNPS') return 'proper';
  if (tag.startsWith('NN')) return 'noun';
  if (tag === 'PRP' || tag === 'WP' || tag === 'EX') return 'pronoun';
  return undefined;
}

function isCapitalised(raw: string): boolean {
  const first = raw.codePointAt(0);
  return first !== undefined && String.fromCodePoint(first) !== String.fromCodePoint(first).toLowerCase();
}

/** The verb form of a word when it is one we know ('base', 'third', 'past', 'gerund'). */
export function verbFormOf(word: string): 'base' | 'third' | 'past' | 'gerund' | undefined {
  return VERB_FORMS.get(word);
}

/**
 * A coarse word class, from the POS layer when present, else from the authored word lists and
 * suffixes. Unknown lower-case words are nouns: in the few tokens after a number, that is what
 * they almost always are.
 */
export function wordClassOf(context: ClaimContext, index: number): WordClass {
  const token = context.tokens[index];
  if (!token) return 'punctuation';
  if (token.kind === 'number') return 'number';
  if (token.kind === 'punct') return 'punctuation';
  if (token.kind === 'quote') return 'quote';
  if (token.kind === 'symbol' || token.kind === 'url') return 'symbol';
  const word = context.word(index);
  if (token.tag) {
    const tagged = classFromTag(token.tag, word);
    if (tagged) return tagged;
  }
  if (word === "'s" || word === '’s') return context.touching(index - 1, index) ? 'noun' : 'auxiliary';
  if (DETERMINERS.has(word)) return word === 'that' ? 'conjunction' : 'determiner';
  if (AUXILIARIES.has(word)) return 'auxiliary';
  if (CONJUNCTIONS.has(word)) return 'conjunction';
  if (PREPOSITIONS.has(word)) return 'preposition';
  if (PRONOUNS.has(word)) return 'pronoun';
  if (ADVERBS.has(word)) return 'adverb';
  const raw = context.raw(index);
  const sentenceInitial = context.sentenceFirst(token.sentence) === index || context.tokens[index - 1]?.kind === 'quote';
  if (isCapitalised(raw) && !sentenceInitial) return 'proper';
  const form = VERB_FORMS.get(word);
  // "the vote", "a ticket", "its budget", "Russia's exports": after a determiner a verb form is a noun.
  if ((form === 'base' || form === 'third') && followsDeterminer(context, index)) return 'noun';
  if (form === 'past' || form === 'gerund') return 'participle';
  if (form) return 'verb';
  if (word.length > 4 && word.endsWith('ly') && !NOT_ADVERBS.has(word)) return 'adverb';
  if (/(?:ed|ing)$/.test(word) && word.length > 5) return 'participle';
  if (isCapitalised(raw) && /^\p{Lu}[\p{Lu}\d]+$/u.test(raw)) return 'proper';
  return 'noun';
}

/** Words that can sit inside a noun phrase before or as its head. */
export function isNominal(wordClass: WordClass): boolean {
  return wordClass === 'noun' || wordClass === 'proper' || wordClass === 'adjective';
}
