import { describe, expect, it } from 'vitest';
import { clusterOccurrences, type IdentityOccurrence } from './identity.ts';
import { aliasKey, foldWord } from './name-key.ts';

function occurrence(article: string, name: string, type: IdentityOccurrence['type'] = 'PERSON', extra: Partial<IdentityOccurrence> = {}): IdentityOccurrence {
  return { article, entity: 'e1', name, type, aliases: [], mentionCount: 1, ...extra };
}

/** Groups of "article:name", sorted, as the resolver clusters them. */
function groups(occurrences: readonly IdentityOccurrence[]): string[][] {
  const clusterOf = clusterOccurrences(occurrences);
  const byCluster = new Map<string, string[]>();
  for (const item of occurrences) {
    const cluster = clusterOf.get(`${item.article}\u0000${item.entity}`)!;
    byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), `${item.article}:${item.name}`]);
  }
  return [...byCluster.values()].map((members) => members.sort()).sort();
}

describe('cross-article identity', () => {
  it('folds transliteration variants to one key', () => {
    expect(aliasKey('Abu Marzouq')).toBe(aliasKey('Abu Marzouk'));
    expect(aliasKey('Erdoğan’s')).toBe(aliasKey('Erdogan'));
    expect(foldWord('yousef')).toBe(foldWord('iusef'));
  });

  it('joins spellings of one person across articles: Marzouq, Marzouk, Abu Marzouk, Mousa Abu Marzouk', () => {
    expect(groups([occurrence('a', 'Abu Marzouq'), occurrence('b', 'Mousa Abu Marzouk'), occurrence('c', 'Marzouk'), occurrence('d', 'Marzouq')])).toHaveLength(1);
  });

  it('joins Ali Bagheri Kani and Ali Bagheri Kyani, and a lone Kani', () => {
    expect(groups([occurrence('a', 'Ali Bagheri Kyani'), occurrence('b', 'Ali Bagheri Kani'), occurrence('c', 'Kani')])).toHaveLength(1);
  });

  it('joins Erdogan and Erdoğan, and a possessive form', () => {
    expect(groups([occurrence('a', 'Recep Tayyip Erdogan'), occurrence('b', 'Erdoğan'), occurrence('c', "Erdogan's")])).toHaveLength(1);
  });

  it('keeps apart two people who share a surname', () => {
    expect(groups([occurrence('a', 'Anna Berg'), occurrence('b', 'Tomas Berg')])).toHaveLength(2);
  });

  it('leaves a lone surname alone when it could be either of two people', () => {
    expect(groups([occurrence('a', 'Anna Berg'), occurrence('b', 'Tomas Berg'), occurrence('c', 'Berg')])).toHaveLength(3);
  });

  it('uses the country to choose between two people with one surname', () => {
    const result = groups([
      occurrence('a', 'Anna Berg', 'PERSON', { country: 'NOR' }),
      occurrence('b', 'Tomas Berg', 'PERSON', { country: 'SWE' }),
      occurrence('c', 'Berg', 'PERSON', { country: 'SWE' }),
    ]);
    expect(result).toContainEqual(['b:Tomas Berg', 'c:Berg']);
  });

  it('keeps a woman and a man apart whose surnames differ by the feminine ending', () => {
    expect(groups([occurrence('a', 'Maria Zakharova'), occurrence('b', 'Ivan Zakharov'), occurrence('c', 'Zakharova')])).toEqual([['a:Maria Zakharova', 'c:Zakharova'], ['b:Ivan Zakharov']]);
  });

  it('keeps a person and an organisation with one name apart', () => {
    expect(groups([occurrence('a', 'Rapaport', 'PERSON'), occurrence('b', 'Rapaport', 'ORG')])).toHaveLength(2);
  });

  it('joins an organisation to its acronym and its listed aliases', () => {
    expect(groups([occurrence('a', 'Islamic Revolutionary Guard Corps', 'ORG'), occurrence('b', 'IRGC', 'ORG')])).toHaveLength(1);
    expect(groups([occurrence('a', 'Israel Defense Forces', 'ORG', { aliases: ['IDF'] }), occurrence('b', 'IDF', 'ORG')])).toHaveLength(1);
  });

  it('does not join a country to a city through a capital standing for its government', () => {
    expect(groups([occurrence('a', 'Russia', 'GPE', { aliases: ['Moscow'] }), occurrence('b', 'Moscow', 'GPE')])).toHaveLength(2);
  });

  it('gives every occurrence of one entity the same cluster key', () => {
    const clusterOf = clusterOccurrences([occurrence('a', 'Abu Marzouq'), occurrence('b', 'Marzouk')]);
    expect(new Set(clusterOf.values()).size).toBe(1);
  });
});
