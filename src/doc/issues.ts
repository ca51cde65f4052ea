import type { DocIssue } from './schema/issue.ts';

/**
 * The catalogue of problems a stage can find in its input. Stages record them on the Doc
 * (problems in the input are data); `throw` is kept for programmer errors.
 */
export const ISSUE_CATALOGUE = {
  EMPTY_TEXT: 'The article has no text to analyse.',
  CONTROL_CHARACTERS: 'The text contains control characters; it may be binary or badly decoded.',
  REPLACEMENT_CHARACTERS: 'The text contains U+FFFD replacement characters: it was decoded with the wrong encoding.',
  NO_PUBLICATION_DATE: 'No publication date is known: relative times ("on Thursday") are left unresolved. Pass --published YYYY-MM-DD to resolve them.',
  UNBALANCED_QUOTE: 'A quotation mark has no partner; the quote was closed at the paragraph end.',
  STRAY_QUOTE_MARK: 'A closing quotation mark has no opening partner; it was ignored, so no text was taken as quoted because of it.',
} as const;

export type IssueCode = keyof typeof ISSUE_CATALOGUE;

export function makeIssue(code: IssueCode, stage: string, span?: { start: number; end: number }, detail?: string): DocIssue {
  const message = detail ? `${ISSUE_CATALOGUE[code]} ${detail}` : ISSUE_CATALOGUE[code];
  return span ? { code, message, stage, start: span.start, end: span.end } : { code, message, stage };
}
