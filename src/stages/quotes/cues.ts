import cues from '../../lexicons/cues.json' with { type: 'json' };

export const CUE_VERBS: ReadonlySet<string> = new Set(cues.verbs.flatMap((verb) => verb.forms));
export const CUE_NOUNS: ReadonlySet<string> = new Set(cues.nouns);
export const CUE_PHRASES: readonly string[] = cues.phrases;

export function isCueWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CUE_VERBS.has(lower) || CUE_NOUNS.has(lower);
}
