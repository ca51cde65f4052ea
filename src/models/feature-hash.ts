/**
 * Features are 32-bit integers, never strings: a word's parts are hashed once (and cached by
 * the caller), then combined with a template number by integer mixing. This keeps the taggers
 * fast enough for the whole pipeline to run at several MB/s on one core.
 */

/** FNV-1a over UTF-16 code units, 32 bits. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** Murmur3's finaliser: spreads every input bit over the whole word. */
function finalise(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}

/** A feature key from a template number and one hashed value. Never 0 (0 marks an empty slot). */
export function featureKey(template: number, value: number): number {
  const key = finalise(Math.imul(template + 1, 0x9e3779b1) ^ value);
  return key === 0 ? 1 : key;
}

/** A feature key from a template number and two hashed values (a conjunction). */
export function featureKey2(template: number, first: number, second: number): number {
  return featureKey(template, finalise(first) ^ Math.imul(second, 0x27d4eb2d));
}
