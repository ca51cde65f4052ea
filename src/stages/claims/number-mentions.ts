import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import units from '../../lexicons/units.json' with { type: 'json' };
import type { ClaimContext } from './claim-context.ts';
import {
  countWordValue,
  fractionDenominator,
  isNumberWord,
  isScaleWord,
  numberWords,
  parseHyphenatedFraction,
  parseNumberWords,
  readDigitNumeral,
  roundFraction,
  scaleOf,
  tableOf,
} from './numbers.ts';

export type NumberShape = 'single' | 'range' | 'vague' | 'fraction' | 'score';

/** A number as written: its tokens, value or bounds, and unit. Found before anything is decided about it. */
export interface NumberMention {
  /** First token, including a currency written before the digits ("$", "USD"). */
  readonly first: number;
  /** Last token, including scale words and the unit ("million", "percent", "tonnes"). */
  readonly last: number;
  /** First token of the numeral itself, after any currency. */
  readonly numeral: number;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly shape: NumberShape;
  readonly unit?: string;
  readonly writtenInWords: boolean;
  readonly rule: string;
}

interface Core {
  readonly first: number;
  readonly last: number;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  /** The multiplier of the scale written last ("50 million" → 1,000,000), so a range can share it. */
  readonly scale: number;
  readonly shape: 'single' | 'vague' | 'fraction';
  readonly unit?: string;
  readonly words: boolean;
}

type Range = { readonly low: number; readonly high: number };
const VAGUE_MULTIPLES = tableOf<Range>(numbers.vagueMultiples);
const VAGUE_COUNTS = tableOf<Range>(numbers.vagueCounts);
const CURRENCY_SYMBOLS = tableOf<string>(units.currencySymbols);
const DOLLAR_PREFIXES = tableOf<string>(units.dollarPrefixes);
const CURRENCY_CODES = new Set(units.currencyCodes);
const CURRENCY_ABBREVIATIONS = tableOf<string>(units.currencyAbbreviations);
const CURRENCY_WORDS = tableOf<string>(units.currencyWords);
const CURRENCY_COUNTRIES = tableOf<string>(units.currencyCountries);
const MEASURES = tableOf<string>(units.measures);
const AMBIGUOUS_MEASURES = new Set(units.ambiguousMeasures);
const PERCENT_WORDS = new Map(units.percentWords.map((phrase) => [phrase, phrase.startsWith('percentage') ? 'percentage point' : 'percent']));

/** Unit phrases by their first word, longest first, so a unit is found with one lookup. */
const UNIT_PHRASES = new Map<string, { words: string[]; unit: string }[]>();
for (const [phrase, unit] of [...PERCENT_WORDS, ...CURRENCY_WORDS, ...MEASURES]) {
  const words = phrase.split(' ');
  const list = UNIT_PHRASES.get(words[0]!) ?? [];
  list.push({ words, unit });
  list.sort((a, b) => b.words.length - a.words.length);
  UNIT_PHRASES.set(words[0]!, list);
}

/** Vague count words before a scale, longest first ("a few", "several", "tens of"). */
const VAGUE_COUNT_PHRASES = [...VAGUE_COUNTS.keys()]
  .map((phrase) => phrase.split(' '))
  .sort((a, b) => b.length - a.length);

function matchesWords(context: ClaimContext, index: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => context.word(index + offset) === word);
}

/** Scale words after a numeral: "1.2 million", "two hundred thousand", "1,200 crore". */
function applyScales(context: ClaimContext, core: Core): Core {
  let { last } = core;
  let multiplier = 1;
  while (isScaleWord(context.word(last + 1)) && context.tokens[last + 1]!.sentence === context.tokens[core.first]!.sentence) {
    multiplier *= scaleOf(context.word(last + 1));
    last += 1;
  }
  if (last === core.last || core.value === undefined) return core;
  return { ...core, last, value: precise(core.value * multiplier), scale: core.scale * multiplier };
}

function readDigits(context: ClaimContext, index: number): Core | null {
  const { tokens, doc } = context;
  const token = tokens[index]!;
  const numeral = readDigitNumeral(doc.analysisText, token.start);
  if (!numeral) return null;
  const end = token.start + numeral.length;
  let last = index;
  while (tokens[last]!.end < end && context.touching(last, last + 1)) last += 1;
  // The numeral must end where a token ends: "17:14", "9/11", "3rd" and "1990s" are not counts.
  if (tokens[last]!.end !== end) return null;
  const next = doc.analysisText.charAt(end);
  if ((next === ':' || next === '/') && /\d/.test(doc.analysisText.charAt(end + 1))) return null;
  const suffix = numeral.suffix.toLowerCase();
  let unit: string | undefined;
  if (suffix && numeral.scale === 1) {
    unit = MEASURES.get(suffix);
    if (unit === undefined) return null;
  }
  let value = numeral.value;
  // "10 1/2 miles": a simple fraction after the whole number.
  const fraction = /^(\d)\/(\d{1,2})$/.exec(context.raw(last + 1));
  if (fraction && Number(fraction[1]) < Number(fraction[2]) && numeral.scale === 1 && !unit) {
    value += Number(fraction[1]) / Number(fraction[2]);
    last += 1;
  }
  return applyScales(context, { first: index, last, value: precise(value), scale: numeral.scale, shape: 'single', words: false, ...(unit ? { unit } : {}) });
}

/** Keeps decimal arithmetic exact to the digits written: 16.4 million is 16,400,000, not 16,399,999.999999998. */
function precise(value: number): number {
  const rounded = Math.round(value);
  return rounded !== value && Math.abs(value - rounded) < 1e-9 * Math.max(1, Math.abs(value)) ? rounded : value;
}

const AND_FRACTIONS: ReadonlyArray<{ words: readonly string[]; value: number }> = [
  { words: ['and', 'a', 'half'], value: 0.5 }, { words: ['and', 'one', 'half'], value: 0.5 }, { words: ['and', 'a', 'quarter'], value: 0.25 },
  { words: ['and', 'three', 'quarters'], value: 0.75 }, { words: ['and', 'a', 'third'], value: 1 / 3 },
];

/** "two and a half million", "3 million and a half", "five and a quarter": the fraction is of the last scale. */
function readAndFraction(context: ClaimContext, core: Core): Core {
  if (core.shape !== 'single' || core.value === undefined) return core;
  for (const fraction of AND_FRACTIONS) {
    if (!matchesWords(context, core.last + 1, fraction.words)) continue;
    return applyScales(context, { ...core, last: core.last + fraction.words.length, value: precise(core.value + fraction.value * core.scale) });
  }
  return core;
}

/** "half a million", "a quarter million", "three quarters billion": a fraction of a scale is a number. */
function readFractionOfScale(context: ClaimContext, first: number, fractionLast: number, fraction: number): Core | null {
  let position = fractionLast + 1;
  if (context.word(position) === 'a') position += 1;
  const scale = context.word(position);
  if (!isScaleWord(scale) || scale === 'hundred' && context.word(position - 1) !== 'a') return null;
  return applyScales(context, { first, last: position, value: precise(fraction * scaleOf(scale)), scale: scaleOf(scale), shape: 'single', words: true });
}

/** "hundreds", "tens of thousands", "hundreds of thousands", "several hundred", "a few thousand". */
function readVague(context: ClaimContext, index: number): Core | null {
  const word = context.word(index);
  const multiple = VAGUE_MULTIPLES.get(word);
  if (multiple) {
    const innerScale = context.word(index + 1) === 'of' ? VAGUE_MULTIPLES.get(context.word(index + 2)) : undefined;
    if (innerScale && multiple.high < 1000) {
      return { first: index, last: index + 2, low: multiple.low * innerScale.low / 2, high: (multiple.high + 1) * (innerScale.high + 1) / 10 - 1, scale: 1, shape: 'vague', words: true };
    }
    return { first: index, last: index, low: multiple.low, high: multiple.high, scale: 1, shape: 'vague', words: true };
  }
  for (const phrase of VAGUE_COUNT_PHRASES) {
    if (!matchesWords(context, index, phrase)) continue;
    const count = VAGUE_COUNTS.get(phrase.join(' '))!;
    const scaleIndex = index + phrase.length;
    const scaleWord = context.word(scaleIndex);
    // "tens of thousands": the scale is plural after "tens of"; "several hundred": singular.
    const singular = scaleWord.endsWith('s') ? scaleWord.slice(0, -1) : scaleWord;
    if (!isScaleWord(singular)) continue;
    if (phrase.join(' ') === 'many' && !scaleWord.endsWith('s')) continue;
    const scale = scaleOf(singular);
    return { first: index, last: scaleIndex, low: count.low * scale, high: (count.high + 1) * scale - 1, scale: 1, shape: 'vague', words: true };
  }
  return null;
}

/** "a dozen", "a hundred", "a million", "a third of", "a couple of". */
function readArticleNumber(context: ClaimContext, index: number): Core | null {
  const next = context.word(index + 1);
  if (next === 'dozen') return applyScales(context, { first: index, last: index + 1, value: 12, scale: 1, shape: 'single', words: true });
  if (isScaleWord(next)) return applyScales(context, { first: index, last: index + 1, value: scaleOf(next), scale: scaleOf(next), shape: 'single', words: true });
  if (next === 'couple' && context.word(index + 2) === 'of') return { first: index, last: index + 1, value: 2, scale: 1, shape: 'single', words: true };
  const denominator = fractionDenominator(next);
  if (denominator !== undefined && !next.endsWith('s')) {
    const ofScale = readFractionOfScale(context, index, index + 1, 1 / denominator);
    if (ofScale) return ofScale;
  }
  // "a third of the bridges", "risen by a quarter": but "a quarter" of a year is a time, handled by the times layer.
  if (denominator !== undefined && denominator > 2 && !next.endsWith('s')) {
    const after = context.word(index + 2);
    if (after === 'of' || after === '.' || after === ',' || after === '') return { first: index, last: index + 1, value: roundFraction(1 / denominator), scale: 1, shape: 'fraction', words: true };
  }
  return null;
}

/** "two dozen", "3 dozens": dozens multiply. */
function readDozens(context: ClaimContext, core: Core): Core {
  const after = context.word(core.last + 1);
  if ((after === 'dozen' || after === 'dozens') && core.value !== undefined && core.shape === 'single') {
    return applyScales(context, { ...core, last: core.last + 1, value: core.value * (countWordValue('dozen') ?? 12) });
  }
  return core;
}

/** "one in five", "three out of four", "1 in 10". */
function readRatio(context: ClaimContext, core: Core): Core | null {
  let connector = core.last + 1;
  if (context.word(connector) === 'out' && context.word(connector + 1) === 'of') connector += 1;
  else if (context.word(connector) !== 'in') return null;
  const denominator = readPlainNumber(context, connector + 1);
  if (!denominator || denominator.value === undefined || core.value === undefined || denominator.value <= core.value || core.value > 20) return null;
  return { first: core.first, last: denominator.last, value: roundFraction(core.value / denominator.value), scale: 1, shape: 'fraction', words: core.words };
}

function readWords(context: ClaimContext, index: number): Core | null {
  const word = context.word(index);
  const fraction = parseHyphenatedFraction(word);
  if (fraction !== null) return readFractionOfScale(context, index, index, fraction) ?? { first: index, last: index, value: roundFraction(fraction), scale: 1, shape: 'fraction', words: true };
  if (word === 'half') {
    const ofScale = readFractionOfScale(context, index, index, 0.5);
    if (ofScale) return ofScale;
    // "half of the residents", "half the staff", "half its budget"
    if (['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all'].includes(context.word(index + 1))) return { first: index, last: index, value: 0.5, scale: 1, shape: 'fraction', words: true };
  }
  if (fraction === null && word.includes('-')) {
    // "three-quarters billion"
    const [numerator, denominatorWord] = word.split('-');
    const denominator = fractionDenominator(denominatorWord ?? '');
    const top = parseNumberWords([numerator ?? '']);
    if (denominator !== undefined && top !== null) return readFractionOfScale(context, index, index, top / denominator);
  }
  if (!isNumberWord(word)) return null;
  let last = index;
  for (;;) {
    const next = context.word(last + 1);
    if (isNumberWord(next)) last += 1;
    else if (next === 'and' && isNumberWord(context.word(last + 2)) && !isScaleWord(context.word(last + 2)) && isScaleWord(context.word(last))) last += 2;
    else break;
  }
  const words: string[] = [];
  for (let position = index; position <= last; position += 1) words.push(context.word(position));
  const value = parseNumberWords(words);
  if (value === null) return null;
  let scale = 1;
  for (let position = words.length - 1; position >= 0 && isScaleWord(words[position]!); position -= 1) scale *= scaleOf(words[position]!);
  const core: Core = { first: index, last, value, scale, shape: 'single', words: true };
  const after = context.word(last + 1);
  const denominator = fractionDenominator(after);
  // "three quarters of", "two thirds": the plural fraction word makes the numeral a numerator
  // (a bare "two quarters" is left to the times layer, which reads it as a span of time).
  const fractionFollows = context.word(last + 2) === 'of' || !after.startsWith('quarter');
  if (denominator !== undefined && value <= 10 && (value === 1 || after.endsWith('s')) && fractionFollows && scale === 1) {
    return readFractionOfScale(context, index, last + 1, value / denominator) ?? { first: index, last: last + 1, value: roundFraction(value / denominator), scale: 1, shape: 'fraction', words: true };
  }
  return readDozens(context, core);
}

/** A numeral without currency, range or unit: digits, words, "a dozen", fractions and vague multiples. */
function readPlainNumber(context: ClaimContext, index: number): Core | null {
  const token = context.tokens[index];
  if (!token) return null;
  const raw = context.raw(index);
  if (token.kind === 'number' || (token.kind === 'word' && /^\d/.test(raw))) {
    const digits = readDigits(context, index);
    return digits ? (readRatio(context, digits) ?? readAndFraction(context, readDozens(context, digits))) : null;
  }
  if (token.kind !== 'word') return null;
  const vague = readVague(context, index);
  if (vague) return vague;
  const word = context.word(index);
  if (word === 'a' || word === 'an') return readArticleNumber(context, index);
  const words = readWords(context, index);
  if (!words) return null;
  return readRatio(context, words) ?? readAndFraction(context, words);
}

/** "$", "US$", "€", "USD", "Rs" before the digits. */
function readCurrencyBefore(context: ClaimContext, index: number): { unit: string; numeral: number } | undefined {
  const raw = context.raw(index);
  const symbol = CURRENCY_SYMBOLS.get(raw);
  if (symbol !== undefined) {
    const prefixed = raw === '$' ? dollarPrefixAt(context, index) : undefined;
    return { unit: prefixed?.unit ?? symbol, numeral: index + 1 };
  }
  const code = CURRENCY_CODES.has(raw) ? raw : CURRENCY_ABBREVIATIONS.get(raw);
  if (code !== undefined) return { unit: code, numeral: index + (context.raw(index + 1) === '.' ? 2 : 1) };
  return undefined;
}

const DOLLAR_PREFIXES_BY_CASE = new Map([...DOLLAR_PREFIXES].map(([prefix, code]) => [prefix.toLowerCase(), code]));

/**
 * The dollar a prefix names: written against the sign ("US$", "C$", "A$"), or, in lower-cased
 * wire copy, one space before it ("c $ 16.4 million", "hk $ 10 billion"); "a $5 bill" is no prefix.
 */
function dollarPrefixAt(context: ClaimContext, symbolIndex: number): { unit: string; first: number } | undefined {
  const previous = context.raw(symbolIndex - 1);
  const code = DOLLAR_PREFIXES_BY_CASE.get(previous.toLowerCase());
  if (!code || context.tokens[symbolIndex - 1]?.kind !== 'word') return undefined;
  if (context.touching(symbolIndex - 1, symbolIndex)) return { unit: code, first: symbolIndex - 1 };
  const spaced = context.doc.analysisText.slice(context.tokens[symbolIndex - 1]!.end, context.tokens[symbolIndex]!.start) === ' ';
  return spaced && previous !== 'a' && previous !== 'A' && previous === previous.toLowerCase() ? { unit: code, first: symbolIndex - 1 } : undefined;
}

/** The first token of a dollar prefix ("US" of "US$"), or the sign itself. */
function currencyStart(context: ClaimContext, symbolIndex: number): number {
  return context.raw(symbolIndex) === '$' ? dollarPrefixAt(context, symbolIndex)?.first ?? symbolIndex : symbolIndex;
}

function readUnitAfter(context: ClaimContext, last: number): { unit: string; last: number } | undefined {
  const next = last + 1;
  const token = context.tokens[next];
  if (!token || token.sentence !== context.tokens[last]!.sentence) return undefined;
  if (context.raw(next) === '%') return { unit: 'percent', last: next };
  // "10 €", "500 $": a currency sign after the number.
  const sign = CURRENCY_SYMBOLS.get(context.raw(next));
  if (sign !== undefined && context.tokens[next]!.kind === 'symbol') return { unit: sign, last: next };
  // "300 million Canadian dollars": a country names the currency.
  const country = CURRENCY_COUNTRIES.get(context.word(next));
  if (country && CURRENCY_WORDS.has(context.word(next + 1))) return { unit: country, last: next + 1 };
  for (const phrase of UNIT_PHRASES.get(context.word(next)) ?? []) {
    if (!matchesWords(context, next, phrase.words)) continue;
    const word = context.word(next);
    // One-letter and short units only count as a separate word when written like a symbol ("600 MW").
    if (phrase.words.length === 1 && AMBIGUOUS_MEASURES.has(word) && !/\p{Lu}/u.test(context.raw(next).slice(1))) continue;
    // "300 pounds of explosives" weighs; "300 pounds" alone is money.
    if (word === 'pounds' && context.word(next + 1) === 'of') return { unit: 'pound', last: next };
    return { unit: phrase.unit, last: next + phrase.words.length - 1 };
  }
  return undefined;
}

/** The second number of a range, after "-", "–", "to", "and" (after "between") or "or" (small word numbers). */
function readRangeEnd(context: ClaimContext, core: Core, afterBetween: boolean): { core: Core; currency?: string } | null {
  const connector = core.last + 1;
  const raw = context.raw(connector);
  const word = context.word(connector);
  const dash = raw === '-' || raw === '–' || raw === '—';
  if (dash && raw === '-' && !(context.touching(core.last, connector) && context.touching(connector, connector + 1))) return null;
  const accepted = dash || word === 'to' || (word === 'and' && afterBetween) || (word === 'or' && core.words && core.value !== undefined && core.value < 100);
  if (!accepted) return null;
  let start = connector + 1;
  const currency = readCurrencyBefore(context, start);
  if (currency) start = currency.numeral;
  const second = readPlainNumber(context, start);
  if (!second || second.shape !== 'single' || core.shape !== 'single') return null;
  if (word === 'or' && !second.words) return null;
  return { core: second, ...(currency ? { currency: currency.unit } : {}) };
}

/** The first token of a minus sign before the number: "-18" (the hyphen against the digits, not after a word), "minus five". */
function readSign(context: ClaimContext, first: number): number | undefined {
  const previous = context.raw(first - 1);
  if (context.word(first - 1) === 'minus' || context.word(first - 1) === 'negative') return first - 1;
  if ((previous === '-' || previous === '−') && context.touching(first - 1, first) && !context.touching(first - 2, first - 1)) return first - 1;
  return undefined;
}

/**
 * Reads the number that starts at token `index`, if one does: currency, numeral, scale, range and unit.
 * Returns null for anything that is not a number as news writes one.
 */
export function readNumberAt(context: ClaimContext, index: number): NumberMention | null {
  const currency = readCurrencyBefore(context, index);
  const numeralIndex = currency ? currency.numeral : index;
  const core = readPlainNumber(context, numeralIndex);
  if (!core) return null;
  let first = currency ? currencyStart(context, index) : index;
  const afterBetween = context.word(first - 1) === 'between';
  let range = readRangeEnd(context, core, afterBetween);
  let last = range ? range.core.last : core.last;
  let unit = currency?.unit ?? range?.currency ?? core.unit ?? range?.core.unit;
  if (!unit) {
    const after = readUnitAfter(context, last);
    if (after) {
      unit = after.unit;
      last = after.last;
      // "44 mg to 50 mg", "between 10 km and 15 km": the unit written after both ends.
      if (!range) {
        const second = readRangeEnd(context, { ...core, last }, afterBetween);
        const secondUnit = second ? readUnitAfter(context, second.core.last) : undefined;
        if (second && secondUnit?.unit === unit) {
          range = second;
          last = secondUnit.last;
        }
      }
    }
  }
  // "-18", "minus five": a sign before the number.
  const signed = readSign(context, first);
  if (signed !== undefined && !range && core.value !== undefined) {
    first = signed;
    return { first, last, numeral: numeralIndex, value: -core.value, shape: 'single', writtenInWords: core.words, rule: 'negative', ...(unit ? { unit } : {}) };
  }
  const writtenInWords = core.words;
  const rule = core.shape === 'single' ? (writtenInWords ? 'number-words' : 'digits') : `number-${core.shape}`;
  if (range) {
    const high = range.core.value!;
    // "$40-50 million", "between two and three million": the scale written once applies to both ends.
    const shared = core.scale === 1 && range.core.scale > 1 && core.value! < high / range.core.scale;
    const low = shared ? core.value! * range.core.scale : core.value!;
    if (low > high) return { first, last, numeral: numeralIndex, low, high, shape: 'score', writtenInWords, rule: 'score', ...(unit ? { unit } : {}) };
    return { first, last, numeral: numeralIndex, low, high, shape: 'range', writtenInWords, rule: 'range', ...(unit ? { unit } : {}) };
  }
  // "two-thirds of the members", "one in five": a share, not a count.
  if (core.shape === 'fraction' && !unit) unit = 'fraction';
  return {
    first,
    last,
    numeral: numeralIndex,
    ...(core.value !== undefined ? { value: core.value } : {}),
    ...(core.low !== undefined ? { low: core.low } : {}),
    ...(core.high !== undefined ? { high: core.high } : {}),
    shape: core.shape,
    writtenInWords,
    rule,
    ...(unit ? { unit } : {}),
  };
}

/**
 * Where a number can start: a digit, a currency sign or code, or a number word ("nine",
 * "hundreds", "a dozen"). One regular expression over the text finds these places
 * (reading text in order is far cheaper than visiting every token), and the stage reads only the
 * few tokens found there.
 */
const START_WORDS = [
  ...numberWords(), ...VAGUE_MULTIPLES.keys(), 'half', 'several', 'tens', 'many',
  ...[...CURRENCY_CODES, ...CURRENCY_ABBREVIATIONS.keys()].map((code) => code.toLowerCase().replace('.', '')),
  'a dozen', 'a couple', 'a hundred', 'a thousand', 'a million', 'a billion', 'a trillion', 'a third', 'a quarter', 'a fifth', 'a sixth',
  'a seventh', 'an eighth', 'a ninth', 'a tenth', 'a few', 'two-thirds', 'three-quarters', 'three-fourths', 'one-third', 'one-quarter', 'one-half',
].sort((a, b) => b.length - a.length);
const CURRENCY_SIGNS = [...CURRENCY_SYMBOLS.keys()].filter((symbol) => symbol.length === 1).join('');
const NUMBER_START = new RegExp(`[\\d${CURRENCY_SIGNS.replace(/[$\]\\^-]/g, '\\$&')}]|\\b(?:${START_WORDS.join('|')})\\b`, 'g');

/**
 * Case-insensitive matching on the text itself: as fast as on a lower-cased copy, without the copy.
 * Compiled once and reset on each call (the stage is synchronous) rather than built per article.
 */
const NUMBER_START_ANY_CASE = new RegExp(NUMBER_START.source, 'gi');

/** The index of the first token ending after `offset`, galloping forward from `from` (matches come in text order). */
function tokenFrom(context: ClaimContext, from: number, offset: number): number {
  const { tokens } = context;
  let low = from;
  let step = 1;
  while (low + step < tokens.length && tokens[low + step]!.end <= offset) {
    low += step;
    step *= 2;
  }
  let high = Math.min(tokens.length, low + step + 1);
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Token indices where a number may start, in text order. */
export function numberStarts(context: ClaimContext): number[] {
  const starts: number[] = [];
  const { tokens } = context;
  const lower = context.doc.analysisText;
  const pattern = NUMBER_START_ANY_CASE;
  pattern.lastIndex = 0;
  let index = 0;
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) {
    index = tokenFrom(context, index, match.index);
    const token = tokens[index];
    if (!token) break;
    // Skip the rest of this token ("9,000" matches once, not four times).
    pattern.lastIndex = Math.max(pattern.lastIndex, token.end);
    if (token.start > match.index) continue;
    if (token.kind === 'symbol' && !CURRENCY_SYMBOLS.has(context.raw(index))) continue;
    starts.push(index);
  }
  return starts;
}
