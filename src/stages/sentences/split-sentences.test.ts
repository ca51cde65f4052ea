import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';
import { tokenize } from './tokenize.ts';

function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((sentence) => text.slice(sentence.start, sentence.end));
}

describe('splitSentences: full stops, questions and quotes', () => {
  it('splits at full stops followed by a capital', () => {
    expect(sentencesOf('The talks began. They ended late.')).toEqual(['The talks began.', 'They ended late.']);
  });

  it('splits after repeated or mixed question and exclamation marks', () => {
    expect(sentencesOf('Truce?! Not yet!! Why? Ask them.')).toEqual(['Truce?!', 'Not yet!!', 'Why?', 'Ask them.']);
  });

  it('does not split before a lower-case word, as in a quote followed by its cue', () => {
    expect(sentencesOf('“Is this the end?” she asked. Nobody knew.')).toEqual(['“Is this the end?” she asked.', 'Nobody knew.']);
  });

  it('splits before a quotation that opens with an omission', () => {
    expect(sentencesOf('The ministry said. "...We ask for their return."')).toEqual(['The ministry said.', '"...We ask for their return."']);
  });

  it('keeps a closing quotation mark with the sentence it closes', () => {
    expect(sentencesOf('She said: “We will inform you.” Then she left.')).toEqual(['She said: “We will inform you.”', 'Then she left.']);
  });

  it('gives a straight quote after a space to the sentence it opens', () => {
    expect(sentencesOf('The envoy left. "We made progress," he said.')).toEqual(['The envoy left.', '"We made progress," he said.']);
    expect(sentencesOf('Nobody moved! \'Go now,\' he said.')).toEqual(['Nobody moved!', '\'Go now,\' he said.']);
  });

  it('keeps an aside in brackets with its sentence, and splits before an aside that is a sentence', () => {
    expect(sentencesOf('He served (he was a pilot for 9 years.) in the navy.')).toEqual(['He served (he was a pilot for 9 years.) in the navy.']);
    expect(sentencesOf('“We are ready!” (The minister smiled.) “Are they?”')).toEqual(['“We are ready!”', '(The minister smiled.)', '“Are they?”']);
  });

  it('keeps footnote marks with the sentence they annotate', () => {
    expect(sentencesOf('The port closed in 1987.[4][5] It reopened later.')).toEqual(['The port closed in 1987.[4][5]', 'It reopened later.']);
    expect(sentencesOf('The rate rose (see table 2).7 Exports fell.')).toEqual(['The rate rose (see table 2).7', 'Exports fell.']);
  });

  it('splits full-width and ideographic stops, which need no space', () => {
    expect(sentencesOf('Talks ended．Envoys left．')).toEqual(['Talks ended．', 'Envoys left．']);
  });

  it('does not split at a mark with no space after it', () => {
    expect(sentencesOf('He works at Yahoo!Japan and likes !Kung music.')).toEqual(['He works at Yahoo!Japan and likes !Kung music.']);
  });

  it('splits where a scraped page lost the space after a full stop', () => {
    expect(sentencesOf('The vote was close.The motion failed, Reyk said.Marsh disagreed.')).toEqual([
      'The vote was close.', 'The motion failed, Reyk said.', 'Marsh disagreed.',
    ]);
    expect(sentencesOf('He cited Rapaport.com and Node.js reports.')).toEqual(['He cited Rapaport.com and Node.js reports.']);
  });

  it('does not split inside a number or a timestamp in brackets', () => {
    expect(sentencesOf('It costs $12.50. Fuel was 3.2 percent dearer [at 10:15? 10:45].')).toEqual([
      'It costs $12.50.', 'Fuel was 3.2 percent dearer [at 10:15? 10:45].',
    ]);
  });
});

describe('splitSentences: abbreviations and initials', () => {
  it('does not split after a title abbreviation', () => {
    expect(sentencesOf('Gen. Blake met Dr. Orlov. They talked.')).toEqual(['Gen. Blake met Dr. Orlov.', 'They talked.']);
  });

  it('splits after initials only before a word that plainly opens a sentence', () => {
    expect(sentencesOf('Trade with the E.U. Fell sharply.')).toEqual(['Trade with the E.U. Fell sharply.']);
    expect(sentencesOf('She moved to the U.K. Why she left is unclear.')).toEqual(['She moved to the U.K.', 'Why she left is unclear.']);
    expect(sentencesOf('The U.S. Senate met. The U.N. envoy left.')).toEqual(['The U.S. Senate met.', 'The U.N. envoy left.']);
  });

  it('splits after a company or month abbreviation before a sentence starter', () => {
    expect(sentencesOf('It bought Orin & Co. They paid cash.')).toEqual(['It bought Orin & Co.', 'They paid cash.']);
    expect(sentencesOf('It bought Orin & Co. in May.')).toEqual(['It bought Orin & Co. in May.']);
    expect(sentencesOf('Talks ended on Feb. 3 in Lume.')).toEqual(['Talks ended on Feb. 3 in Lume.']);
  });

  it('does not split after "No." or "p." before a number', () => {
    expect(sentencesOf('See item No. 12 on p. 4. It lists 3 ports.')).toEqual(['See item No. 12 on p. 4.', 'It lists 3 ports.']);
    expect(sentencesOf('The fee was Rs. 450 per day.')).toEqual(['The fee was Rs. 450 per day.']);
  });

  it('tells a middle initial from the pronoun "I" at the end of a sentence', () => {
    expect(sentencesOf('The winners were you and I. Did Anna T. Morrow agree?')).toEqual(['The winners were you and I.', 'Did Anna T. Morrow agree?']);
  });

  it('keeps a question-and-answer label with its turn', () => {
    expect(sentencesOf('Q. Where were you? A. At the port.')).toEqual(['Q. Where were you?', 'A. At the port.']);
  });

  it('ends a sentence at a clock time unless the time is fronted or goes on', () => {
    expect(sentencesOf('The strike began at 6 a.m. Dockers blocked the gate.')).toEqual(['The strike began at 6 a.m.', 'Dockers blocked the gate.']);
    expect(sentencesOf('At 6 a.m. Mr. Orin opened the gate.')).toEqual(['At 6 a.m. Mr. Orin opened the gate.']);
    expect(sentencesOf('It ends at 5 p.m. Tuesday, and at 9 p.m. GMT the port reopens.')).toEqual(['It ends at 5 p.m. Tuesday, and at 9 p.m. GMT the port reopens.']);
    expect(sentencesOf('They left at 7 P.M. Ms. Velk stayed.')).toEqual(['They left at 7 P.M.', 'Ms. Velk stayed.']);
    expect(sentencesOf('Envoys meet at 11 a.m. (0900 GMT) in Kessel.')).toEqual(['Envoys meet at 11 a.m. (0900 GMT) in Kessel.']);
  });

  it('ends a sentence at an abbreviated state before a capitalised word, but not before a bracket', () => {
    expect(sentencesOf('He lives in Dayton, Ohio and Peoria, Ill. Brandt was born there.')).toEqual(['He lives in Dayton, Ohio and Peoria, Ill.', 'Brandt was born there.']);
    expect(sentencesOf('PEORIA, Ill. (Wire) - The mayor resigned.')).toEqual(['PEORIA, Ill. (Wire) - The mayor resigned.']);
  });

  it('does not split a title-cased headline at an abbreviation', () => {
    expect(sentencesOf('Envoys Agree Corridor Plan With The U.S. As Talks Resume')).toEqual(['Envoys Agree Corridor Plan With The U.S. As Talks Resume']);
  });

  it('ends a sentence at an abbreviation closed by a quotation mark', () => {
    expect(sentencesOf('“The deal is with Orin Inc.” Marsh left.')).toEqual(['“The deal is with Orin Inc.”', 'Marsh left.']);
  });
});

describe('splitSentences: ellipses', () => {
  it('splits after an ellipsis before a capital, not before a lower-case word', () => {
    expect(sentencesOf('We will inform you… The talks go on. He paused... then went on.')).toEqual([
      'We will inform you…', 'The talks go on.', 'He paused... then went on.',
    ]);
  });

  it('splits after four dots, which are an ellipsis and a full stop', () => {
    expect(sentencesOf('Nothing was agreed.... Talks resume Monday.')).toEqual(['Nothing was agreed....', 'Talks resume Monday.']);
  });

  it('never splits at a spaced ellipsis of three dots, which marks words left out', () => {
    expect(sentencesOf('The plan . . . I think it holds.')).toEqual(['The plan . . . I think it holds.']);
  });

  it('gives the ellipsis after a full stop to the next sentence', () => {
    expect(sentencesOf('The port was closed. . . . The ships waited.')).toEqual(['The port was closed.', '. . . The ships waited.']);
    expect(sentencesOf('Talks may resume . . . . No date is set.')).toEqual(['Talks may resume . . . .', 'No date is set.']);
  });

  it('does not split at an omission in brackets', () => {
    expect(sentencesOf('“The corridor [...] will open” (Marsh, 2024).')).toEqual(['“The corridor [...] will open” (Marsh, 2024).']);
  });
});

describe('splitSentences: lists', () => {
  it('splits an inline numbered list before each item, not after its number', () => {
    expect(sentencesOf('1. Open the corridor 2. Free the detainees 3. Hold talks')).toEqual(['1. Open the corridor', '2. Free the detainees', '3. Hold talks']);
    expect(sentencesOf('1.) Open the corridor. 2.) Free the detainees.')).toEqual(['1.) Open the corridor.', '2.) Free the detainees.']);
  });

  it('starts a list after a full stop when its items follow in sequence', () => {
    expect(sentencesOf('The demands were these. a) a ceasefire b) an inquiry c) aid')).toEqual(['The demands were these.', 'a) a ceasefire', 'b) an inquiry', 'c) aid']);
    expect(sentencesOf('Three points were agreed. (a) Aid flows. (b) Guns fall silent.')).toEqual(['Three points were agreed.', '(a) Aid flows.', '(b) Guns fall silent.']);
  });

  it('reads bulleted numbers as items', () => {
    expect(sentencesOf('• 4. Count the votes • 5. Publish them')).toEqual(['• 4. Count the votes', '• 5. Publish them']);
  });

  it('keeps a lone item number at the start of a paragraph with its text', () => {
    expect(sentencesOf('7. Trump wins the primary.')).toEqual(['7. Trump wins the primary.']);
  });

  it('does not take a number that ends a sentence for a list item', () => {
    expect(sentencesOf('The score was 2. The fans left.')).toEqual(['The score was 2.', 'The fans left.']);
  });
});

describe('splitSentences: paragraphs', () => {
  it('always breaks at a paragraph break and numbers paragraphs', () => {
    const text = 'First paragraph without stop\nSecond one.';
    const sentences = splitSentences(text, tokenize(text));
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 1]);
  });

  it('lets a sentence run across the line breaks of hard-wrapped text', () => {
    const text = [
      'The port authority said on Monday that loadings had fallen by a',
      'third. Its director, Samuel Orin, said the strike was illegal and',
      'that officers had acted to protect property at the main gate.',
      '    The union said it would appeal to the regional labour court',
      'this week.',
    ].join('\n');
    const sentences = splitSentences(text, tokenize(text));
    expect(sentences.map((sentence) => [text.slice(sentence.start, sentence.end).replace(/\s+/g, ' '), sentence.paragraph])).toEqual([
      ['The port authority said on Monday that loadings had fallen by a third.', 0],
      ['Its director, Samuel Orin, said the strike was illegal and that officers had acted to protect property at the main gate.', 0],
      ['The union said it would appeal to the regional labour court this week.', 1],
    ]);
  });
});
