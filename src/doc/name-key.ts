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
