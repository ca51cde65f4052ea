import { describe, expect, it } from 'vitest';
import { decodeSentence } from './ner-decoder.ts';
import { DocumentMemory, lowercaseWordsOf } from './ner-features.ts';
import { spansFromLabels } from './ner-labels.ts';
import { sentenceForTagger } from './ner-tagger.ts';
import { nerModel } from './recognise.ts';

function namesIn(text: string): string[] {
  const words = text.split(' ');
  const sentence = sentenceForTagger(words);
  const labels = decodeSentence(sentence, new DocumentMemory(lowercaseWordsOf([sentence])), nerModel());
  return spansFromLabels(labels).map((span) => `${words.slice(span.start, span.end).join(' ')}/${span.type}`);
}

describe('entity recogniser decoding', () => {
  it('starts no name at a lowercase word outside a headline ("mayor", "pledged")', () => {
    const names = namesIn('The mayor of Ostrel , Dalia Verkan , pledged new funds on Monday .');
    expect(names).toContain('Dalia Verkan/PER');
    expect(names.every((name) => /^\p{Lu}/u.test(name))).toBe(true);
  });

  it('still reads lowercase words inside an open name ("Carla de Souza", "Bank of Ostrel")', () => {
    expect(namesIn('Carla de Souza , a lawyer , said so .')).toContain('Carla de Souza/PER');
    expect(namesIn('The Bank of Ostrel raised rates .')).toContain('Bank of Ostrel/ORG');
  });

  it('still finds names in an all-capitals headline', () => {
    expect(namesIn('VERKAN WINS OSTREL MAYORAL RACE').length).toBeGreaterThan(0);
  });
});
