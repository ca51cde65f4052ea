import { describe, expect, it } from 'vitest';
import { decodeSentence, decodeSentenceOf } from './ner-decoder.ts';
import { DocumentMemory, lowercaseWordsOf, markLowercaseForms, type NerSentenceOf } from './ner-features.ts';
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

describe('entity recogniser decoding over word ids', () => {
  it('gives the same labels reading word ids from the word table as reading WordAtoms, with the document memory', () => {
    const texts = ['Dalia Verkan , the mayor of Ostrel , met Bank of Ostrel officials .', 'Verkan said the Ostrel bank would lend more .', 'VERKAN WINS IN OSTREL'];
    const sentences = texts.map((text) => sentenceForTagger(text.split(' ')));
    const byAtoms = new DocumentMemory(lowercaseWordsOf(sentences));
    const expected = sentences.map((sentence) => [...decodeSentence(sentence, byAtoms, nerModel())]);
    const ids = Int32Array.from(sentences.flatMap((sentence) => sentence.words.map((word) => word.id)));
    let start = 0;
    const views: NerSentenceOf[] = sentences.map((sentence) => {
      const view = { start, end: start + sentence.words.length, gazetteer: sentence.gazetteer, posTags: sentence.posTags, headline: sentence.headline };
      start = view.end;
      return view;
    });
    const byIds = DocumentMemory.ofIds(markLowercaseForms(ids, views));
    const buffer = new Int32Array(ids.length);
    expect(views.map((view) => [...decodeSentenceOf(view, ids, byIds, nerModel(), buffer)])).toEqual(expected);
    expect(expected.flat().some((label) => label !== 0)).toBe(true);
  });
});
