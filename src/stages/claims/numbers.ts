import numbers from '../../lexicons/numbers.json' with { type: 'json' };

const UNITS: Readonly<Record<string, number>> = numbers.units;
const TENS: Readonly<Record<string, number>> = numbers.tens;
const SCALES: Readonly<Record<string, number>> = numbers.scales;

export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in UNITS || lower in TENS || lower in SCALES || /^(\p{L}+)-(\p{L}+)$/u.test(lower) && isCompoundTens(lower);
}

function isCompoundTens(word: string): boolean {
  const [tens, unit] = word.split('-');
  return tens !== undefined && unit !== undefined && tens in TENS && unit in UNITS;
}

export function isScaleWord(word: string): boolean {
  return word.toLowerCase() in SCALES;
}

/** Reads "9,000", "1.2" or a digit string; null when it is not a plain number. */
export function parseDigits(text: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

/** Reads a sequence of number words ("nine thousand", "twenty-five", "two hundred and ten"). */
export function parseNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and' && seen) continue;
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (isCompoundTens(word)) {
      const [tens, unit] = word.split('-') as [string, string];
      current += TENS[tens]! + UNITS[unit]!;
    } else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

export function scaleOf(word: string): number {
  return SCALES[word.toLowerCase()] ?? 1;
}
