import cues from '../../lexicons/cues.json' with { type: 'json' };
import grammar from '../../lexicons/attribution-grammar.json' with { type: 'json' };

/** Which frames a cue takes: speech (clause, quotation, "said Smith"), thought and evidence (clause), stance (an object). */
export type CueClass = 'speech' | 'thought' | 'evidence' | 'stance';
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

export interface VerbEntry {
  readonly lemma: string;
  readonly cueClass: CueClass;
  readonly forms: readonly VerbForm[];
  /** Introduces a quotation (“…,” he continued) but reports no clause of its own. */
  readonly quotationOnly: boolean;
}

export interface PhrasalEntry extends VerbEntry {
  /** The words after the verb ("out" in "pointed out"), lower case. */
  readonly particle: readonly string[];
}

export interface NounEntry {
  readonly lemma: string;
  readonly nounClass: 'document' | 'act';
  /** The words of the noun, lower case ("press", "release"). */
  readonly words: readonly string[];
}

function asCueClass(value: string): CueClass {
  if (value === 'speech' || value === 'thought' || value === 'evidence' || value === 'stance') return value;
  throw new Error(`cues.json: unknown class "${value}"`);
}

function indexVerbForms(entries: readonly { lemma: string; class: string; quotationOnly?: boolean; forms: Record<VerbForm, string> }[]): Map<string, VerbEntry> {
  const byForm = new Map<string, VerbEntry>();
  for (const entry of entries) {
    const formsByWord = new Map<string, VerbForm[]>();
    for (const [form, word] of Object.entries(entry.forms) as [VerbForm, string][]) {
      formsByWord.set(word, [...(formsByWord.get(word) ?? []), form]);
    }
    for (const [word, forms] of formsByWord) {
      if (!byForm.has(word)) byForm.set(word, { lemma: entry.lemma, cueClass: asCueClass(entry.class), forms, quotationOnly: entry.quotationOnly === true });
    }
  }
  return byForm;
}

/** Verb cues by inflected form ("said" → say, past and participle). */
export const VERB_CUES: ReadonlyMap<string, VerbEntry> = indexVerbForms(cues.verbs);

/** Phrasal cues by the inflected form of their verb ("pointed" → point out). */
export const PHRASAL_CUES: ReadonlyMap<string, readonly PhrasalEntry[]> = (() => {
  const byForm = new Map<string, PhrasalEntry[]>();
  for (const entry of cues.phrasal) {
    const forms = indexVerbForms([entry]);
    for (const [word, verb] of forms) {
      byForm.set(word, [...(byForm.get(word) ?? []), { ...verb, particle: entry.particle.toLowerCase().split(' ') }]);
    }
  }
  return byForm;
})();

/**
 * Phrasal cues by the form of their verb, then by the first word of their particle, each list in
 * lexicon order: "is" heads dozens of phrasal cues ("is critical of", "is skeptical about"…), and
 * the word after it picks the few worth comparing.
 */
export const PHRASAL_CUES_BY_PARTICLE: ReadonlyMap<string, ReadonlyMap<string, readonly PhrasalEntry[]>> = (() => {
  const byForm = new Map<string, Map<string, PhrasalEntry[]>>();
  for (const [word, entries] of PHRASAL_CUES) {
    const byParticle = new Map<string, PhrasalEntry[]>();
    for (const entry of entries) byParticle.set(entry.particle[0]!, [...(byParticle.get(entry.particle[0]!) ?? []), entry]);
    byForm.set(word, byParticle);
  }
  return byForm;
})();

/** Noun cues by their first word ("press" → press release). Longer nouns come first. */
export const NOUN_CUES: ReadonlyMap<string, readonly NounEntry[]> = (() => {
  const byFirstWord = new Map<string, NounEntry[]>();
  for (const entry of cues.nouns) {
    for (const form of entry.forms) {
      const words = form.toLowerCase().split(' ');
      const noun: NounEntry = { lemma: entry.lemma, nounClass: entry.class === 'document' ? 'document' : 'act', words };
      byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), noun]);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirstWord;
})();

/** Phrases followed by their source: "according to the ministry". Longer phrases first. */
export const SOURCE_BEFORE_PHRASES: readonly (readonly string[])[] = cues.sourceBefore
  .map((phrase) => phrase.text.toLowerCase().split(' '))
  .sort((a, b) => b.length - a.length);

/** Source phrases by their first word ("according" → according to), longer phrases first. */
export const SOURCE_BEFORE_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirstWord = new Map<string, (readonly string[])[]>();
  for (const words of SOURCE_BEFORE_PHRASES) byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), words]);
  return byFirstWord;
})();

/** Every word a cue can start with: a token that is none of these is skipped at once. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...VERB_CUES.keys(),
  ...PHRASAL_CUES.keys(),
  ...NOUN_CUES.keys(),
  ...SOURCE_BEFORE_PHRASES.map((words) => words[0]!),
]);

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word.toLowerCase()));
}

export const DETERMINERS = wordSet(grammar.determiners);
export const SUBJECT_PRONOUNS = wordSet(grammar.subjectPronouns);
export const RELATIVE_PRONOUNS = wordSet(grammar.relativePronouns);
export const OBJECT_PRONOUNS = wordSet(grammar.objectPronouns);
export const AUXILIARIES = wordSet(grammar.auxiliaries);
export const BE_FORMS = wordSet(grammar.beForms);
export const CLAUSE_WORDS = wordSet(grammar.clauseWords);
export const NAME_PREPOSITIONS = wordSet(grammar.namePrepositions);
export const INTRO_PREPOSITIONS = wordSet(grammar.introPrepositions);
export const TEMPORAL_WORDS = wordSet(grammar.temporalWords);
export const ADDRESSEE_VERBS = wordSet(grammar.addresseeVerbs);
/** Nouns naming a person by role ("the spokeswoman", "officials", "sources"). */
export const ROLE_NOUNS = wordSet(grammar.roleNouns);
/** Nouns naming an institution ("the ministry", "the agency", "her office"). */
export const ORGANISATION_NOUNS = wordSet(grammar.organisationNouns);

/**
 * Verb forms that are also common nouns ("the talks", "state media", "her claims"): the stage
 * takes them as cues only in verbal company, or when a part-of-speech tag says they are verbs.
 */
export const NOUN_LIKE_VERB_FORMS: ReadonlySet<string> = new Set([
  ...wordSet(grammar.nounLikeVerbForms),
  ...[...NOUN_CUES.values()].flat().filter((noun) => noun.words.length === 1).map((noun) => noun.words[0]!).filter((word) => VERB_CUES.has(word)),
]);

/** Determiners after which a word is a noun, never a verb ("the talks", "his claims"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
