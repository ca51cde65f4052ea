import { describe, expect, it } from 'vitest';
import { countLinks, emptyCounts, linkScores, parseMarkup } from './coref-scoring.ts';

describe('coreference scoring', () => {
  it('reads gold mentions from [[surface|label]] markup', () => {
    const { text, mentions } = parseMarkup('[[Ana Reyes|reyes]] said [[she|reyes]] would go.');
    expect(text).toBe('Ana Reyes said she would go.');
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['Ana Reyes', 'she']);
  });

  it('counts pairwise links: a wrong merge costs precision, a missed one recall', () => {
    const { mentions } = parseMarkup('[[A|x]] [[B|x]] [[C|y]]');
    const counts = emptyCounts();
    countLinks(mentions, ['e1', 'e2', 'e2'], counts);
    expect(linkScores(counts)).toMatchObject({ precision: 0, recall: 0, gold: 1, predicted: 1 });
  });
});
