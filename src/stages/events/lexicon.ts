import type { EventType } from '../../doc/schema/event.ts';
import eventVerbs from '../../lexicons/event-verbs.json' with { type: 'json' };
import eventGrammar from '../../lexicons/event-grammar.json' with { type: 'json' };
import { isKnownCameoCode } from './cameo.ts';
import { nounForms, phraseNounForms, phraseVerbForms } from './inflect.ts';
import { WordFilter } from './word-filter.ts';

export type TriggerPos = 'verb' | 'noun';

/** Words or multi-word sequences, as they appear in lower-cased text. */
export interface WordSet {
  readonly single: ReadonlySet<string>;
  readonly multi: readonly (readonly string[])[];
  /** The first words of `multi`: a word that begins none of them needs no closer look. */
  readonly multiFirstWords: ReadonlySet<string>;
}

/** One compiled lexicon pattern: a lemma with its code and constraints. */
export interface EventPattern {
  /** Position in the lexicon: earlier patterns win ties. */
  readonly priority: number;
  readonly lemma: string;
  readonly pos: TriggerPos;
  readonly cameo: string;
  readonly object?: WordSet;
  readonly preceding?: WordSet;
  readonly not?: WordSet;
  /** Words right before the trigger that rule it out: "in protest" is no protest. */
  readonly notAfter?: ReadonlySet<string>;
  readonly plover?: EventType;
  readonly mode?: string;
  /** "received aid from X": the giver follows "from" and the subject is the recipient. */
  readonly reverse: boolean;
  /** A verb of saying: the event is a STATEMENT and the words it introduces are reported. */
  readonly say: boolean;
}

export interface PatternForm {
  readonly sequence: readonly string[];
  readonly pattern: EventPattern;
}

interface RawPattern {
  verbs?: string[];
  nouns?: string[];
  cameo: string;
  object?: string[];
  preceding?: string[];
  not?: string[];
  notAfter?: string[];
  plover?: string;
  mode?: string;
  reverse?: boolean;
  say?: boolean;
}

const CLASSES: Readonly<Record<string, readonly string[]>> = eventVerbs.classes;

function expandWords(entries: readonly string[]): WordSet {
  const single = new Set<string>();
  const multi: string[][] = [];
  for (const entry of entries) {
    const words = entry.startsWith('@') ? CLASSES[entry.slice(1)] : [entry];
    if (!words) throw new Error(`event-verbs.json refers to an unknown class ${entry}.`);
    for (const word of words) {
      for (const form of phraseNounForms(word)) {
        if (form.length === 1) single.add(form[0]!);
        else multi.push(form);
      }
    }
  }
  return { single, multi, multiFirstWords: new Set(multi.map((sequence) => sequence[0]!)) };
}

function compilePattern(raw: RawPattern, priority: number): { pattern: EventPattern; forms: string[][] }[] {
  if (!isKnownCameoCode(raw.cameo)) throw new Error(`event-verbs.json uses CAMEO code ${raw.cameo}, which cameo.json does not define.`);
  const object = raw.object ? expandWords(raw.object) : undefined;
  const preceding = raw.preceding ? expandWords(raw.preceding) : undefined;
  const not = raw.not ? expandWords(raw.not) : undefined;
  const notAfter = raw.notAfter ? new Set(raw.notAfter) : undefined;
  // Every pattern has every field (absent ones undefined), so that all patterns share one hidden
  // class and the trigger finder's reads of them stay fast (it reads them for every trigger form).
  const makePattern = (lemma: string, pos: TriggerPos): EventPattern => ({
    priority,
    lemma,
    pos,
    cameo: raw.cameo,
    object,
    preceding,
    not,
    notAfter,
    plover: raw.plover ? (raw.plover as EventType) : undefined,
    mode: raw.mode ? raw.mode : undefined,
    reverse: raw.reverse ?? false,
    say: raw.say ?? false,
  });
  const verbs = (raw.verbs ?? []).map((lemma) => ({ pattern: makePattern(lemma, 'verb'), forms: phraseVerbForms(lemma) }));
  const nouns = (raw.nouns ?? []).map((lemma) => ({ pattern: makePattern(lemma, 'noun'), forms: phraseNounForms(lemma) }));
  return [...verbs, ...nouns];
}

function buildIndex(): ReadonlyMap<string, readonly PatternForm[]> {
  const index = new Map<string, PatternForm[]>();
  (eventVerbs.patterns as RawPattern[]).forEach((raw, priority) => {
    for (const { pattern, forms } of compilePattern(raw, priority)) {
      for (const sequence of forms) {
        const list = index.get(sequence[0]!) ?? [];
        list.push({ sequence, pattern });
        index.set(sequence[0]!, list);
      }
    }
  });
  return index;
}

function isConstrained(pattern: EventPattern): boolean {
  return pattern.object !== undefined || pattern.preceding !== undefined;
}

/**
 * Patterns indexed by the first word of each inflected form, in the order the trigger finder prefers
 * them: longer forms, then patterns with a constraint, then lexicon order. The finder can stop at the
 * first form that cannot beat what it has.
 */
export const PATTERN_INDEX: ReadonlyMap<string, readonly PatternForm[]> = (() => {
  const index = buildIndex();
  for (const forms of index.values()) {
    (forms as PatternForm[]).sort((a, b) => b.sequence.length - a.sequence.length
      || Number(isConstrained(b.pattern)) - Number(isConstrained(a.pattern))
      || a.pattern.priority - b.pattern.priority);
  }
  return index;
})();

/** The first words of PATTERN_INDEX, for ruling out most words of a sentence before looking them up. */
export const PATTERN_FILTER = new WordFilter(PATTERN_INDEX.keys());

/** Word forms that begin a verb pattern and a noun pattern alike ("attack", "release", "talks"). */
export const AMBIGUOUS_FORMS: ReadonlySet<string> = new Set(
  [...PATTERN_INDEX.entries()].filter(([, forms]) => new Set(forms.map((form) => form.pattern.pos)).size > 1).map(([word]) => word),
);

function verbSequences(lemmas: readonly string[]): (readonly string[])[] {
  return lemmas.flatMap((lemma) => phraseVerbForms(lemma));
}

/** Verbs that take a nominal trigger as object: "held talks", "carried out air strikes". */
export const LIGHT_VERBS: readonly (readonly string[])[] = verbSequences(eventVerbs.light);

export function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words);
}

export const GRAMMAR = {
  negations: wordSet(eventGrammar.negations),
  futureWords: wordSet(eventGrammar.futureWords),
  future: eventGrammar.future.map((phrase) => phrase.split(' ')),
  plannedPassive: wordSet(eventGrammar.plannedPassive),
  plannedAdjectives: wordSet(eventGrammar.plannedAdjectives),
  conditionals: wordSet(eventGrammar.conditionals.filter((word) => !eventGrammar.hypotheticalWords.includes(word))),
  hypotheticalWords: wordSet(eventGrammar.hypotheticalWords),
  conditionalFollowers: eventGrammar.conditionalFollowers.map((phrase) => phrase.split(' ')),
  beForms: wordSet(eventGrammar.beForms),
  auxiliaries: wordSet(eventGrammar.auxiliaries),
  adverbs: wordSet(eventGrammar.adverbs),
  locationPrepositions: wordSet(eventGrammar.locationPrepositions),
  recipientPrepositions: wordSet(eventGrammar.recipientPrepositions),
  agentPrepositions: wordSet(eventGrammar.agentPrepositions),
  clauseBreaks: wordSet(eventGrammar.clauseBreaks),
  subordinators: wordSet(eventGrammar.subordinators),
  coordinators: wordSet(eventGrammar.coordinators),
  determiners: wordSet(eventGrammar.determiners),
  pronouns: wordSet(eventGrammar.pronouns),
  possessivePronouns: wordSet(eventGrammar.possessivePronouns),
  topicPrepositions: wordSet(eventGrammar.topicPrepositions),
} as const;

/** Every preposition the grammar knows, for telling a prepositional phrase from a subject or object. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  ...eventGrammar.locationPrepositions,
  ...eventGrammar.recipientPrepositions,
  ...eventGrammar.agentPrepositions,
  ...eventGrammar.topicPrepositions,
  'of', 'during', 'after', 'before', 'since', 'until', 'amid', 'despite', 'following', 'under', 'without', 'within', 'among', 'per', 'like', 'than', 'about',
]);

export { nounForms };
