import { describe, expect, it } from 'vitest';
import { findQuotedRegions } from './quote-marks.ts';

/** Paragraphs are the text's lines, as the sentence stage would give them. */
function scan(text: string) {
  const paragraphs: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) paragraphs.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const result = findQuotedRegions(text, paragraphs);
  return { ...result, contents: result.regions.map((region) => text.slice(region.content.start, region.content.end)) };
}

describe('findQuotedRegions', () => {
  it('pairs curly double quotes', () => {
    expect(scan('Varga said: “The port reopens on Monday.”').contents).toEqual(['The port reopens on Monday.']);
  });

  it('pairs typewriter double quotes by the spaces around them', () => {
    expect(scan('"We will rebuild," Varga said, "and soon."').contents).toEqual(['We will rebuild,', 'and soon.']);
  });

  it('pairs guillemets and low-high German quotes', () => {
    expect(scan('Brenner sagte: «Wir bleiben.» Dann: „Wir gehen.“').contents).toEqual(['Wir bleiben.', 'Wir gehen.']);
  });

  it('pairs single quotes used as the outer marks', () => {
    expect(scan('The mayor wrote: ‘The harbour stays open to all.’').contents).toEqual(['The harbour stays open to all.']);
  });

  it('nests single quotes inside double quotes and records the parent', () => {
    const { regions, contents } = scan('“He told us: ‘Hold the line at the bridge.’ We did,” Varga said.');
    expect(contents).toEqual(['He told us: ‘Hold the line at the bridge.’ We did,', 'Hold the line at the bridge.']);
    expect(regions[1]).toMatchObject({ depth: 1, parent: 0 });
  });

  it('reads apostrophes inside and after words as apostrophes, not quotation marks', () => {
    expect(scan('Varga’s aides don’t agree with the Ports’ board about the ’90s deal.').regions).toEqual([]);
  });

  it('closes a single quote after a full stop even when a typo leaves out the space', () => {
    expect(scan('“Recall the verse: ‘Build the walls again.’And so we will.”').contents).toContain('Build the walls again.');
  });

  it('continues a quote into the next paragraph when that paragraph opens with a quotation mark', () => {
    const { contents } = scan('Varga said: “The first berth is ready.\n“The second will follow in May.”\nThe council met later.');
    expect(contents).toEqual(['The first berth is ready.\n“The second will follow in May.']);
  });

  it('closes an unbalanced quote at its paragraph end and flags it, leaving the next paragraph unquoted', () => {
    const { regions, contents } = scan('Varga said: “The first berth is ready.\nThe council met later that day.');
    expect(contents).toEqual(['The first berth is ready.']);
    expect(regions[0]!.unbalanced).toBe(true);
  });

  it('ignores a stray closing mark instead of quoting the text before or after it', () => {
    const { regions, strayClosers } = scan('Talks were held in Tarnow and issues were also discussed.”\nThe ministry made no comment.');
    expect(regions).toEqual([]);
    expect(strayClosers).toHaveLength(1);
  });

  it('reads two apostrophes as a double quotation mark, as some wire copy writes it', () => {
    expect(scan("''The vote was fair,'' Varga said.").contents).toEqual(['The vote was fair,']);
  });

  it('never returns an empty quote for a mark with nothing after it', () => {
    expect(scan('Marsh said “ ').regions).toEqual([]);
    expect(scan('A “ ” B').regions).toEqual([]);
  });
});
