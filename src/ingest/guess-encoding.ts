import encodingLetters from './encoding-letters.json' with { type: 'json' };

/**
 * Guesses the legacy encoding of bytes that are not UTF-8 and declare nothing usable, by decoding
 * them with each candidate and scoring how much the result looks like text of that encoding's
 * script. Feeds and old pages in Russian (KOI8-R, windows-1251), Chinese, Japanese, Korean,
 * Greek, Hebrew or Thai arrive like this.
 */

interface Candidate {
  readonly encoding: string;
  readonly script: RegExp;
  readonly latin: boolean;
  readonly multiByte: boolean;
  readonly frequent: ReadonlySet<string>;
}

const MULTI_BYTE = new Set(['shift_jis', 'euc-jp', 'gbk', 'big5', 'euc-kr']);

const CANDIDATES: readonly Candidate[] = encodingLetters.candidates.map((candidate) => ({
  encoding: candidate.encoding,
  script: new RegExp(`^(${candidate.script.split('|').map((script) => `\\p{Script=${script}}`).join('|')})$`, 'u'),
  latin: candidate.script === 'Latin',
  multiByte: MULTI_BYTE.has(candidate.encoding),
  frequent: new Set(candidate.frequent),
}));

/** Characters that never appear in real text: C1 controls, replacement, private use, unassigned. */
const IMPOSSIBLE = /[\u0080-\u009f\ufffd\p{Co}\p{Cn}]/u;
/** Punctuation and symbols that legacy text uses freely: £ 1,400, « », ©, °. */
const PLAUSIBLE_SYMBOL = /[\p{P}\p{Zs}\p{Sc}©®°§±×÷¼½¾µ¶·]/u;
const ASCII_ALPHANUMERIC = /[A-Za-z0-9]/;

export interface EncodingGuess {
  readonly encoding: string;
  readonly text: string;
  /** Mean score per non-ASCII character: below 0 garbage, about 1.5 for fluent text in the candidate's script. */
  readonly score: number;
}

/**
 * Scores one non-ASCII character in its context. Wrong tables betray themselves: they produce
 * control characters, letters of foreign scripts, combining marks with nothing to combine with,
 * and non-Latin letters glued to ASCII words ("Ј1,400" for "£1,400").
 */
function scoreCharacter(character: string, previous: string, next: string, candidate: Candidate): number {
  if (IMPOSSIBLE.test(character)) return -2;
  if (/\p{M}/u.test(character)) return /\p{L}|\p{M}/u.test(previous) ? (candidate.frequent.has(character) ? 2 : 1) : -2;
  if (candidate.script.test(character)) {
    if (!candidate.latin && (ASCII_ALPHANUMERIC.test(previous) || ASCII_ALPHANUMERIC.test(next))) return -1;
    // Letters live inside words ("Café"), not alone before a digit ("Ł1,400"); only common one-letter words stand alone.
    if (!/\p{L}/u.test(previous) && !/\p{L}/u.test(next) && (candidate.latin || !candidate.frequent.has(character))) return -0.5;
    return candidate.frequent.has(character) ? 2 : 1;
  }
  if (/\p{L}/u.test(character)) return -1;
  return PLAUSIBLE_SYMBOL.test(character) ? 0.5 : -0.5;
}

function scoreText(text: string, candidate: Candidate): number {
  let total = 0;
  let count = 0;
  const characters = [...text];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index]!;
    if (character.charCodeAt(0) < 0x80) continue;
    count += 1;
    total += scoreCharacter(character, characters[index - 1] ?? ' ', characters[index + 1] ?? ' ', candidate);
  }
  if (count === 0) return 2;
  // A long multi-byte decode that never hit an invalid sequence is evidence in itself.
  return total / count + (candidate.multiByte && count >= 4 ? 0.3 : 0);
}

/** Below this mean score no candidate reads as text: the bytes are refused rather than decoded into nonsense. */
export const MINIMUM_GUESS_SCORE = 0.5;

export function guessEncoding(bytes: Uint8Array): EncodingGuess | undefined {
  let best: EncodingGuess | undefined;
  for (const candidate of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(candidate.encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const score = scoreText(text, candidate);
    if (!best || score > best.score) best = { encoding: candidate.encoding, text, score };
  }
  return best && best.score >= MINIMUM_GUESS_SCORE ? best : undefined;
}
