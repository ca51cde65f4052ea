import type { Doc } from '../../doc/doc.ts';
import { mergeCluster, type Cluster } from './clusters.ts';

function splitName(name: string): string[] {
  return name.split(/\s+/).filter((word) => word.length > 0);
}

/** Whether `short` is the surname part of `full`: "Kyani" of "Ali Bagheri Kyani", "Bagheri Kyani" too, "Marzouq" of "Abu Marzouq". */
function isSurnameOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  const tail = full.slice(full.length - short.length);
  return tail.every((word, index) => word.toLowerCase() === short[index]!.toLowerCase());
}

/** "IRGC" for "Islamic Revolutionary Guard Corps": initials of the capitalised words. */
function isAcronymOf(short: string, full: readonly string[]): boolean {
  if (!/^[\p{Lu}]{2,6}$/u.test(short) || full.length < 2) return false;
  const initials = full.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  return initials === short;
}

/**
 * News names a person in full once and by surname after (sometimes before, in a lede): a
 * shorter PERSON name that is the surname of a fuller one joins it. When two people share the
 * surname, the nearest full mention before the short one decides; ORG acronyms join their full names.
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
    if (cluster.type === 'PERSON') {
      const key = words.at(-1)!.toLowerCase();
      byLastWord.set(key, [...(byLastWord.get(key) ?? []), cluster]);
    } else if (cluster.type === 'ORG') {
      const key = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
      byInitials.set(key, [...(byInitials.get(key) ?? []), cluster]);
    }
  }
  for (const short of clusters) {
    if (short.mergedInto || (short.type !== 'PERSON' && short.type !== 'ORG')) continue;
    const shortWords = nameWords(short.name);
    const candidates = short.type === 'PERSON' ? (byLastWord.get(shortWords.at(-1)?.toLowerCase() ?? '') ?? []) : (byInitials.get(short.name) ?? []);
    const fuller = candidates.filter((full) => full !== short && !full.mergedInto && full.type === short.type
      && (short.type === 'PERSON' ? isSurnameOf(shortWords, nameWords(full.name)) : isAcronymOf(short.name, nameWords(full.name))));
    if (fuller.length === 0) continue;
    const firstShort = Math.min(...short.mentions.map((mention) => mention.start));
    const nearest = (full: Cluster) => {
      const before = full.mentions.filter((mention) => mention.start < firstShort).map((mention) => firstShort - mention.start);
      return before.length > 0 ? Math.min(...before) : doc.text.length + Math.min(...full.mentions.map((mention) => mention.start - firstShort));
    };
    const chosen = [...fuller].sort((a, b) => nearest(a) - nearest(b))[0]!;
    mergeCluster(chosen, short);
  }
}
