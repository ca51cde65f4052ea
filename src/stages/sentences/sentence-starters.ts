import starters from '../../lexicons/sentence-starters.json' with { type: 'json' };

const STARTERS = new Set(starters.starters);
const TIME_CONTINUATIONS = new Set(starters.timeContinuations);

/** A capitalised word that opens sentences and rarely continues a name: "How", "They", "Millions". */
export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word);
}

/** A word that goes on with a clock time in the same sentence: "Tuesday", "GMT", "E.T." (periods ignored). */
export function continuesTime(word: string): boolean {
  return TIME_CONTINUATIONS.has(word.replaceAll('.', ''));
}
