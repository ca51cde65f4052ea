import { withLayers, type Doc } from '../../doc/doc.ts';
import { makeIssue } from '../../doc/issues.ts';
import type { DocIssue } from '../../doc/schema/issue.ts';
import type { Stage } from '../../stage.ts';

/**
 * Same-length substitutions, so every offset into analysisText is an offset into text.
 * News pages are full of look-alike characters (no-break spaces from CMSs, minus signs, figure
 * dashes); unifying them here keeps every later rule from having to know all of them.
 */
const SUBSTITUTIONS: ReadonlyMap<string, string> = new Map([
  ['\u00A0', ' '], ['\u2002', ' '], ['\u2003', ' '], ['\u2004', ' '], ['\u2005', ' '], ['\u2006', ' '],
  ['\u2007', ' '], ['\u2008', ' '], ['\u2009', ' '], ['\u200A', ' '], ['\u202F', ' '], ['\u205F', ' '],
  ['\u3000', ' '], ['\t', ' '], ['\f', '\n'], ['\v', '\n'], ['\u2028', '\n'], ['\u2029', '\n'], ['\u0085', '\n'],
  ['\u2010', '-'], ['\u2011', '-'], ['\u2212', '-'], ['\u2012', '–'], ['\u2013', '–'], ['\u2014', '—'], ['\u2015', '—'],
  ['\u2032', '\''], ['\u2033', '"'], ['\uFF02', '"'],
]);

const SUBSTITUTION_PATTERN = /[\u00A0\u2002-\u200A\u202F\u205F\u3000\t\f\v\u2028\u2029\u0085\u2010-\u2015\u2212\u2032\u2033\uFF02]|\r\n?/g;

export function normalizeForAnalysis(text: string): string {
  return text.replace(SUBSTITUTION_PATTERN, (match) => {
    // Windows line ends keep their length: "\r\n" becomes " \n", a lone "\r" a newline.
    if (match === '\r\n') return ' \n';
    if (match === '\r') return '\n';
    return SUBSTITUTIONS.get(match) ?? match;
  });
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/;

export function findInputIssues(text: string): DocIssue[] {
  const issues: DocIssue[] = [];
  if (text.trim().length === 0) issues.push(makeIssue('EMPTY_TEXT', 'normalize'));
  const control = CONTROL_CHARACTER.exec(text);
  if (control) issues.push(makeIssue('CONTROL_CHARACTERS', 'normalize', { start: control.index, end: control.index + 1 }));
  const replacement = text.indexOf('\uFFFD');
  if (replacement >= 0) issues.push(makeIssue('REPLACEMENT_CHARACTERS', 'normalize', { start: replacement, end: replacement + 1 }));
  return issues;
}

export const normalizeStage: Stage = {
  name: 'normalize',
  requires: [],
  assigns: ['analysisText'],
  run: (doc: Doc): Doc => withLayers(doc, {
    analysisText: normalizeForAnalysis(doc.text),
    issues: [...doc.issues, ...findInputIssues(doc.text)],
  }),
};
