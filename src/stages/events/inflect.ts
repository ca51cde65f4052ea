import irregular from '../../lexicons/irregular-verbs.json' with { type: 'json' };

const IRREGULAR: Readonly<Record<string, readonly string[]>> = irregular.verbs;
const VOWELS = 'aeiou';

function isConsonant(character: string | undefined): boolean {
  return character !== undefined && /[a-z]/.test(character) && !VOWELS.includes(character);
}

/** One-syllable verbs ending consonant-vowel-consonant double their last letter: stop -> stopped, ban -> banned. */
function doublesFinalConsonant(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || /[wxy]$/.test(word)) return false;
  const vowelGroups = word.match(/[aeiou]+/g) ?? [];
  if (vowelGroups.length !== 1) return false;
  const length = word.length;
  return isConsonant(word[length - 1]) && VOWELS.includes(word[length - 2] ?? '') && !VOWELS.includes(word[length - 3] ?? 'x');
}

function thirdPerson(word: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function regularPast(word: string): string {
  if (word.endsWith('e')) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  if (doublesFinalConsonant(word)) return `${word}${word.at(-1)}ed`;
  return `${word}ed`;
}

function presentParticiple(word: string, past: string): string {
  if (word.endsWith('ie')) return `${word.slice(0, -2)}ying`;
  if (word.endsWith('e') && !word.endsWith('ee') && word !== 'be') return `${word.slice(0, -1)}ing`;
  if (doublesFinalConsonant(word) || past === `${word}${word.at(-1)}ed`) return `${word}${word.at(-1)}ing`;
  return `${word}ing`;
}

/** Every inflected form of a single-word verb: base, -s, past, past participle, -ing. */
export function verbForms(lemma: string): string[] {
  const irregularForms = IRREGULAR[lemma];
  const past = irregularForms?.[0] ?? regularPast(lemma);
  const participle = irregularForms?.[1] ?? past;
  return [...new Set([lemma, thirdPerson(lemma), past, participle, presentParticiple(lemma, past)])];
}

/** Forms that can follow "was"/"been" in a passive: the past participle (and the regular -ed form). */
export function participleForms(lemma: string): string[] {
  const irregularForms = IRREGULAR[lemma];
  return [...new Set([irregularForms?.[1] ?? regularPast(lemma), regularPast(lemma)])];
}

/** Singular and plural of a noun; a word that already ends in a plural -s is left as it is ("talks"). */
export function nounForms(lemma: string): string[] {
  if (/(ss|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (lemma.endsWith('s')) return [lemma];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** Forms of a multi-word verb: the first word inflects ("carried out"). */
export function phraseVerbForms(phrase: string): string[][] {
  const [head, ...rest] = phrase.split(' ');
  return verbForms(head!).map((form) => [form, ...rest]);
}

/** Forms of a multi-word noun: the last word inflects ("air strikes"). */
export function phraseNounForms(phrase: string): string[][] {
  const words = phrase.split(' ');
  const last = words.pop()!;
  return nounForms(last).map((form) => [...words, form]);
}
