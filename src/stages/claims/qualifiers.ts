import type { Qualifier } from '../../doc/schema/claim.ts';
import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';

export type Bound = Exclude<Qualifier, 'exact' | 'range'>;

interface QualifierPhrase {
  readonly words: readonly string[];
  readonly qualifier: Bound;
}

function phrasesOf(table: Record<Bound, string[]>): QualifierPhrase[] {
  return (['lower', 'upper', 'approximate'] as const)
    .flatMap((qualifier) => table[qualifier].map((phrase) => ({ words: phrase.split(' '), qualifier })))
    .sort((a, b) => b.words.length - a.words.length);
}

const BEFORE = phrasesOf(numbers.qualifiers);
const AFTER = phrasesOf(numbers.postQualifiers);

export interface FoundQualifier {
  readonly qualifier: Bound;
  /** First token of a qualifier before the number, or last token of one after it. */
  readonly edge: number;
}

/** "at least", "more than", "up to", "about" written just before the number (longest phrase wins). */
export function qualifierBefore(context: ClaimContext, first: number): FoundQualifier | undefined {
  const sentence = context.tokens[first]!.sentence;
  for (const phrase of BEFORE) {
    const start = first - phrase.words.length;
    if (start < 0 || context.tokens[start]!.sentence !== sentence) continue;
    if (phrase.words.every((word, offset) => context.word(start + offset) === word)) return { qualifier: phrase.qualifier, edge: start };
  }
  return undefined;
}

/** "20 or more", "500 or so", "1,000-plus", "40-odd" written just after the number. */
export function qualifierAfter(context: ClaimContext, last: number): FoundQualifier | undefined {
  const sentence = context.tokens[last]!.sentence;
  // "1,000-plus", "40-odd": the hyphen binds the word to the number.
  const hyphenated = context.raw(last + 1) === '-' && context.touching(last, last + 1) ? 1 : 0;
  for (const phrase of AFTER) {
    const start = last + 1 + hyphenated;
    if (context.tokens[start + phrase.words.length - 1]?.sentence !== sentence) continue;
    if (hyphenated && phrase.words.length > 1) continue;
    if (phrase.words.every((word, offset) => context.word(start + offset) === word)) {
      return { qualifier: phrase.qualifier, edge: start + phrase.words.length - 1 };
    }
  }
  return undefined;
}
