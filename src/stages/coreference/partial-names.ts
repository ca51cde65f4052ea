import type { Doc } from '../../doc/doc.ts';
import { mergeCluster, type Cluster } from './clusters.ts';

function splitName(name: string): string[] {
  return name.split(/\s+/).filter((word) => word.length > 0);
}

/** Whether `short` is the surname part of `full`: "Kyani" of "Ali Bagheri Kyani", "Bagheri Kyani" too, "Marzouq" of "Abu Marzouq". */
function isSurnameOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const offset = full.length - short.length;
  for (let index = 0; index < short.length; index += 1) {
    if (full[offset + index]!.toLowerCase() !== short[index]!.toLowerCase()) return false;
  }
  return true;
}

const CAPITALISED = /^\p{Lu}/u;

/** The first letters of the capitalised words: "IRGC" for "Islamic Revolutionary Guard Corps". */
function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const word of words) if (CAPITALISED.test(word)) initials += word[0];
  return initials;
}

/** "IRGC" for "Islamic Revolutionary Guard Corps": initials of the capitalised words. */
function isAcronymOf(short: string, full: readonly string[]): boolean {
  if (!/^[\p{Lu}]{2,6}$/u.test(short) || full.length < 2) return false;
  return initialsOf(full) === short;
}

/** Where the cluster is first mentioned (Infinity when it has no mention). */
function firstStart(cluster: Cluster): number {
  let first = Number.POSITIVE_INFINITY;
  for (const mention of cluster.mentions) first = Math.min(first, mention.start);
  return first;
}

/**
 * How near a full name is to the first short mention: the distance back to its nearest mention
 * before it, else the distance forward to its first mention after it, counted past the article's
 * length so that any full name before wins over any after.
 */
function distanceFromShort(full: Cluster, firstShort: number, textLength: number): number {
  let before = Number.POSITIVE_INFINITY;
  let after = Number.POSITIVE_INFINITY;
  let anyBefore = false;
  for (const mention of full.mentions) {
    if (mention.start < firstShort) {
      anyBefore = true;
      before = Math.min(before, firstShort - mention.start);
    }
    after = Math.min(after, mention.start - firstShort);
  }
  return anyBefore ? before : textLength + after;
}

function addTo(groups: Map<string, Cluster[]>, key: string, cluster: Cluster): void {
  const group = groups.get(key);
  if (group) group.push(cluster);
  else groups.set(key, [cluster]);
}

/**
 * News names a person in full once and by surname after (sometimes before, in a lede): a
 * shorter PERSON name that is the surname of a fuller one joins it. When two people share the
 * surname, the nearest full mention before the short one decides; ORG acronyms join their full names.
 * Plain loops throughout: this runs once per article, and its callbacks, spreads and sorts made
 * it one of the costliest functions of the pipeline to compile.
 */
export function mergePartialNames(doc: Doc, clusters: Cluster[]): void {
  // Candidates are found through an index by last word (people) and by initials (organisations), not by scanning every pair.
  const byLastWord = new Map<string, Cluster[]>();
  const byInitials = new Map<string, Cluster[]>();
  // Names change as clusters merge: their words are split once per name, not once per comparison.
  const wordsByName = new Map<string, string[]>();
  const nameWords = (name: string): string[] => {
    let words = wordsByName.get(name);
    if (words === undefined) wordsByName.set(name, (words = splitName(name)));
    return words;
  };
  for (const cluster of clusters) {
    const words = nameWords(cluster.name);
    if (words.length < 2) continue;
    if (cluster.type === 'PERSON') addTo(byLastWord, words[words.length - 1]!.toLowerCase(), cluster);
    else if (cluster.type === 'ORG') addTo(byInitials, initialsOf(words), cluster);
  }
  for (const short of clusters) {
    if (short.mergedInto || (short.type !== 'PERSON' && short.type !== 'ORG')) continue;
    const shortWords = nameWords(short.name);
    const lastWord = shortWords.length > 0 ? shortWords[shortWords.length - 1]!.toLowerCase() : '';
    const candidates = (short.type === 'PERSON' ? byLastWord.get(lastWord) : byInitials.get(short.name)) ?? [];
    const firstShort = firstStart(short);
    // The nearest fuller name; of equally near ones, the first indexed.
    let chosen: Cluster | undefined;
    let chosenDistance = 0;
    for (const full of candidates) {
      if (full === short || full.mergedInto || full.type !== short.type) continue;
      const fuller = short.type === 'PERSON' ? isSurnameOf(shortWords, nameWords(full.name)) : isAcronymOf(short.name, nameWords(full.name));
      if (!fuller) continue;
      const distance = distanceFromShort(full, firstShort, doc.text.length);
      if (chosen === undefined || distance < chosenDistance) {
        chosen = full;
        chosenDistance = distance;
      }
    }
    if (chosen) mergeCluster(chosen, short);
  }
}
