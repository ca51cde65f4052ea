import numbers from '../../lexicons/numbers.json' with { type: 'json' };

/**
 * A lexicon table as a Map: looking up an arbitrary word of the text in a plain object would find
 * "constructor" or "toString" on its prototype.
 */
export function tableOf<V>(record: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(record).filter(([key]) => !(key.startsWith('$') && key.length > 1)));
}

const UNITS = tableOf(numbers.units);
const TENS = tableOf(numbers.tens);
const SCALES = tableOf(numbers.scales);
const SCALE_SUFFIXES = tableOf(numbers.scaleSuffixes);
const COUNTS = tableOf(numbers.counts);
const FRACTIONS = tableOf(numbers.fractions);

/** "twenty-one" … "ninety-nine", spelled out once so that looking a word up is one set lookup. */
const COMPOUND_TENS = new Map<string, number>();
for (const [tens, tensValue] of TENS) {
  for (const [unit, unitValue] of UNITS) if (unitValue > 0 && unitValue < 10) COMPOUND_TENS.set(`${tens}-${unit}`, tensValue + unitValue);
}
const NUMBER_WORDS = new Set([...UNITS.keys(), ...TENS.keys(), ...SCALES.keys(), ...COMPOUND_TENS.keys()]);

function isCompoundTens(word: string): boolean {
  return COMPOUND_TENS.has(word);
}

/** A word that can be part of a number written in words ("nine", "twenty-five", "thousand"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORDS.has(word);
}

/** Every number word, for building the pattern that finds where numbers can start. */
export function numberWords(): readonly string[] {
  return [...NUMBER_WORDS];
}

export function isScaleWord(word: string): boolean {
  return SCALES.has(word);
}

export function scaleOf(word: string): number {
  return SCALES.get(word) ?? 1;
}

export function countWordValue(word: string): number | undefined {
  return COUNTS.get(word);
}

/** The denominator a fraction word names ("third" → 3), or undefined. */
export function fractionDenominator(word: string): number | undefined {
  return FRACTIONS.get(word);
}

/** Reads "9,000", "1.2" or a digit string; null when it is not a plain number. */
export function parseDigits(text: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

/**
 * A numeral written in digits at the start of `text`: "9,000", "1.2", "2.5bn", "5m", "10km".
 * `suffix` is what follows the digits inside the same word (a scale such as "bn" or a unit such as "km").
 */
export interface DigitNumeral {
  readonly length: number;
  readonly value: number;
  readonly digits: string;
  readonly suffix: string;
  readonly scale: number;
}

const DIGIT_NUMERAL = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([a-zA-Z°²³\/]*)/y;

export function readDigitNumeral(text: string, offset: number): DigitNumeral | null {
  DIGIT_NUMERAL.lastIndex = offset;
  const match = DIGIT_NUMERAL.exec(text);
  if (!match) return null;
  const digits = match[1]!;
  const suffix = match[2]!;
  const value = Number(digits.replace(/,/g, ''));
  const scale = SCALE_SUFFIXES.get(suffix.toLowerCase());
  if (scale !== undefined) return { length: match[0].length, value: value * scale, digits, suffix, scale };
  return { length: match[0].length, value, digits, suffix, scale: 1 };
}

/** Reads a sequence of number words ("nine thousand", "twenty-five", "two hundred and ten"). */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'and' && seen) continue;
    if (UNITS.has(word)) current += UNITS.get(word)!;
    else if (TENS.has(word)) current += TENS.get(word)!;
    else if (isCompoundTens(word)) current += COMPOUND_TENS.get(word)!; else if (word === 'hundred') current = (current || 1) * 100;
    else if (SCALES.has(word)) {
      total += (current || 1) * SCALES.get(word)!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

/** "two-thirds", "three-quarters": a numerator and a fraction word joined by a hyphen. */
export function parseHyphenatedFraction(word: string): number | null {
  const [numerator, denominator, extra] = word.split('-');
  if (extra !== undefined || numerator === undefined || denominator === undefined) return null;
  const top = numerator === 'one' || numerator === 'a' ? 1 : parseNumberWords([numerator]);
  const bottom = FRACTIONS.get(denominator);
  if (top === null || bottom === undefined) return null;
  return top / bottom;
}

/** Fractions are kept to four decimals: 2/3 → 0.6667. */
export function roundFraction(value: number): number {
  return Math.round(value * 10000) / 10000;
}
