import { describe, expect, it } from 'vitest';
import { describeLayout, findLines, findParagraphs } from './paragraphs.ts';

function paragraphsOf(text: string): string[] {
  return findParagraphs(text).map((span) => text.slice(span.start, span.end));
}

const WIRE_COPY = [
  'Port officials in Marrow Bay said on Tuesday that grain loadings',
  'had fallen by a third since the strike began, and that ships were',
  'queuing outside the harbour for a second week.',
  '    The dockers\' union said talks with the port authority would',
  'resume on Thursday. Its leader, Grace Tamsin, said members were',
  'ready to return if the authority dropped its demand for a wage',
  'freeze until next year.',
  '    Shipping agents put the cost of the stoppage at nearly',
  '4 million dollars a day.',
].join('\n');

describe('findParagraphs', () => {
  it('treats each line of one-paragraph-per-line text as a paragraph', () => {
    expect(paragraphsOf('Talks resume in Geneva\n\nThe envoys met on Tuesday.\nThey will meet again.')).toEqual([
      'Talks resume in Geneva', 'The envoys met on Tuesday.', 'They will meet again.',
    ]);
  });

  it('joins the lines of hard-wrapped wire copy and starts a paragraph at each indented line', () => {
    const paragraphs = paragraphsOf(WIRE_COPY);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^Port officials .* second week\.$/s);
    expect(paragraphs[1]).toMatch(/^The dockers' union .* next year\.$/s);
    expect(paragraphs[2]).toMatch(/^Shipping agents .* a day\.$/s);
  });

  it('recognises hard wrapping from the whole text, not from one pair of lines', () => {
    expect(describeLayout(findLines(WIRE_COPY)).hardWrapped).toBe(true);
    expect(describeLayout(findLines('Headline\nBy Ana Rocha\nMarch 3, 2024\n\nThe envoys met.')).hardWrapped).toBe(false);
  });

  it('ends a hard-wrapped paragraph at a short line that closes a sentence', () => {
    const text = [
      'The ministry said the corridor would open at dawn and that aid',
      'convoys would be allowed through without inspection this week.',
      'It gave no details.',
      'Aid agencies welcomed the move but said the corridor was too narrow',
      'for the number of trucks waiting at the border crossing near Kessel.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(3);
  });

  it('joins a line that breaks off mid-sentence and goes on in lower case, in any layout', () => {
    expect(paragraphsOf('The talks were held \nin a hotel outside Geneva.\nThey ended late.')).toEqual([
      'The talks were held \nin a hotel outside Geneva.', 'They ended late.',
    ]);
  });

  it('starts a new paragraph at each list item of hard-wrapped text', () => {
    const text = [
      'The agreement signed in Geneva on Tuesday commits both governments to',
      'three steps over the coming month, according to the text released',
      'by the Valdorian foreign ministry on its website late on Tuesday:',
      '- an exchange of detainee lists within ten days of the signature',
      '- a humanitarian corridor to the border town of Kessel and beyond',
    ].join('\n');
    const paragraphs = paragraphsOf(text);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[1]).toMatch(/^- an exchange/);
  });

  it('returns trimmed spans and nothing for blank text', () => {
    expect(paragraphsOf('  \n\t\n ')).toEqual([]);
    expect(paragraphsOf('  One.  \r\n')).toEqual(['One.']);
  });
});
