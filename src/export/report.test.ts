import { describe, expect, it } from 'vitest';
import type { Claim } from '../doc/schema/claim.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import { excerpt, formatClaimValue, formatReport, PLAIN_STYLE, terminalStyle } from './report.ts';

const TEXT = '"We will stay," Tamsin said. Orin said at least 15 officers were hurt. "It was chaos," a worker said.';

function documentWith(parts: Partial<DocumentOutput>): DocumentOutput {
  return {
    schema: 'newsgraph/1', pipeline: 'test', article: { id: 'a1', title: 'Strike', published: '2024-05-19' }, text: TEXT,
    sentences: [], entities: [], times: [], quotes: [], quotedTerms: [], events: [], claims: [], issues: [], ...parts,
  };
}

/** The span of `phrase` in TEXT. */
function at(phrase: string): { start: number; end: number } {
  const start = TEXT.indexOf(phrase);
  return { start, end: start + phrase.length };
}

function claim(parts: Partial<Claim>): Claim {
  return { id: 'c1', ...at('at least 15'), qualifier: 'exact', counted: null, source: 'author', hedged: false, ...parts };
}

describe('formatClaimValue', () => {
  it('shows bounds and ranges as the reader would write them', () => {
    expect(formatClaimValue(claim({ qualifier: 'lower', low: 15, value: 15 }))).toBe('≥ 15');
    expect(formatClaimValue(claim({ qualifier: 'upper', high: 200 }))).toBe('≤ 200');
    expect(formatClaimValue(claim({ qualifier: 'range', low: 30, high: 35 }))).toBe('30–35');
    expect(formatClaimValue(claim({ qualifier: 'approximate', value: 40000 }))).toBe('≈ 40,000');
    expect(formatClaimValue(claim({ value: 4, unit: 'USD' }))).toBe('4 USD');
  });
});

describe('formatReport', () => {
  it('groups quotes by speaker, named speakers first, and claims by what they count', () => {
    const report = formatReport(documentWith({
      quotes: [
        { id: 'q1', ...at('We will stay,'), kind: 'direct', cue: at('said'), speaker: { entity: null, name: 'Tamsin' } },
        { id: 'q2', ...at('It was chaos,'), kind: 'direct', cue: null, speaker: null },
        { id: 'q3', ...at('at least 15 officers were hurt'), kind: 'indirect', cue: at('said'), speaker: { entity: null, name: 'Tamsin' } },
      ],
      claims: [claim({ qualifier: 'lower', low: 15, counted: { text: 'officers', ...at('officers') }, source: { entity: null, name: 'Orin' } })],
    }), PLAIN_STYLE);
    const lines = report.split('\n');
    const tamsin = lines.indexOf('  Tamsin · 2 quotes');
    expect(tamsin).toBeGreaterThan(0);
    expect(lines[tamsin + 1]).toBe('    “We will stay,” — said');
    expect(lines[tamsin + 2]).toMatch(/^    at least 15 officers were hurt — said \(indirect\)$/);
    expect(lines.indexOf('  speaker not named')).toBeGreaterThan(tamsin);
    expect(report).toMatch(/  officers\n    ≥ 15 +“at least 15” according to Orin/);
  });

  it('leaves out empty sections and names the article and its date', () => {
    const report = formatReport(documentWith({}), PLAIN_STYLE);
    expect(report.split('\n').slice(0, 2)).toEqual(['Strike', 'published 2024-05-19']);
    expect(report).not.toContain('WHO SAID WHAT');
  });
});

describe('terminal style', () => {
  it('drops colours when NO_COLOR is set', () => {
    expect(terminalStyle(100, { NO_COLOR: '1' }).heading('x')).toBe('x');
    expect(terminalStyle(100, {}).heading('x')).toContain('\u001b[1m');
  });

  it('cuts excerpts to the room there is', () => {
    expect(excerpt('one  two\nthree', 9)).toBe('one two…');
  });
});
