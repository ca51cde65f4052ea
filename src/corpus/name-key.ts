/**
 * The comparable form of a name: accents, case, possessives and punctuation removed, so that
 * "Erdoğan's", "ERDOGAN" and "Erdogan" meet. News copy spells foreign names in many ways; this
 * key only removes the differences that never distinguish two people.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a counted phrase reduced to a crude singular, so that "hostages" finds "hostage". */
export function countedWordKeys(phrase: string): string[] {
  return nameKey(phrase)
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => (word.length > 3 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}
