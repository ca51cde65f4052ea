import { createHash } from 'node:crypto';
import type { Fingerprint } from '../store/corpus-store.ts';

/**
 * Fingerprints for finding copies. Wire copy is republished with small edits (a new headline, a
 * dropped paragraph, a local byline), so besides an exact hash each article gets a MinHash
 * signature over word shingles: the share of equal signature values estimates the Jaccard
 * similarity of the two shingle sets, and LSH bands find the candidates without a full scan.
 */

export const SIGNATURE_SIZE = 64;
export const BAND_ROWS = 4;
const SHINGLE_WORDS = 4;
/** Texts with fewer shingles than this are compared by exact hash only: short texts share too much by chance. */
const MINIMUM_SHINGLES = 12;

/** Per-position seeds of the hash family, fixed so that signatures stay comparable across runs. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, index) => mix32(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)));

function mix32(value: number): number {
  let hash = value | 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units. */
function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) hash = Math.imul(hash ^ value.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** Text as compared: case, punctuation and spacing never make two copies different. */
export function comparableWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(comparableWords(text).join(' ')).digest('hex');
}

export function minHashSignature(words: readonly string[]): number[] {
  const shingleCount = words.length - SHINGLE_WORDS + 1;
  if (shingleCount < MINIMUM_SHINGLES) return [];
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const seen = new Set<number>();
  for (let start = 0; start < shingleCount; start += 1) {
    const shingle = hashString(words.slice(start, start + SHINGLE_WORDS).join(' '));
    if (seen.has(shingle)) continue;
    seen.add(shingle);
    for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
      const value = mix32(shingle ^ SEEDS[index]!);
      if (value < signature[index]!) signature[index] = value;
    }
  }
  return signature;
}

export function signatureBands(signature: readonly number[]): string[] {
  const bands: string[] = [];
  for (let start = 0; start + BAND_ROWS <= signature.length; start += BAND_ROWS) {
    bands.push(`${start / BAND_ROWS}:${signature.slice(start, start + BAND_ROWS).map((value) => value.toString(36)).join('.')}`);
  }
  return bands;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function estimateSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) equal += 1;
  return equal / a.length;
}

export function fingerprint(text: string): Fingerprint {
  const words = comparableWords(text);
  const signature = minHashSignature(words);
  return { contentHash: createHash('sha256').update(words.join(' ')).digest('hex'), signature, bands: signatureBands(signature) };
}
