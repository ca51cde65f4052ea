import type { AttributionContext } from './context.ts';
import type { Cue } from './find-cues.ts';
import type { ReportedStatement } from './reported-speech.ts';
import { isCapitalised, isWordToken } from './token-index.ts';

/** One feature: a template (what is looked at) and its value in this statement. */
export type Feature = readonly [template: string, value: string];

export function sizeBucket(value: number): string {
  if (value <= 1) return '1';
  if (value <= 2) return '2';
  if (value <= 4) return '3-4';
  if (value <= 8) return '5-8';
  if (value <= 16) return '9-16';
  if (value <= 32) return '17-32';
  return '33+';
}

export function speakerShape(context: AttributionContext, statement: ReportedStatement): string {
  const speaker = statement.speaker;
  if (!speaker) return 'none';
  if (speaker.antecedent) return 'relative';
  if (speaker.pronoun) return 'pronoun';
  const short = speaker.last - speaker.first + 1 <= 2;
  if (isCapitalised(context.index, speaker.last)) return short ? 'name-short' : 'name-long';
  return short ? 'noun-short' : 'noun-long';
}

/** The words of the cue as written: "said", "pointed out". */
export function cueForm(context: AttributionContext, cue: Cue): string {
  return cue.head === cue.last ? context.index.lower[cue.head]! : context.index.lower.slice(cue.head, cue.last + 1).join(' ');
}

/** The lower-case word at a position, or '<none>' outside the text. */
export function wordOrNone(context: AttributionContext, position: number): string {
  return position >= 0 && position < context.index.tokens.length ? context.index.lower[position]! : '<none>';
}

/** Words and whether any of them is quoted, over every fragment of the content. */
export function contentShape(context: AttributionContext, statement: ReportedStatement): { words: number; quoted: boolean } {
  let words = 0;
  let quoted = false;
  for (const [from, to] of statement.fragments) {
    for (let at = from; at <= to; at += 1) {
      if (isWordToken(context.index, at)) words += 1;
      if (context.topRegionAtToken[at]! >= 0) quoted = true;
    }
  }
  return { words, quoted };
}

export function isBareGerund(cue: Cue): boolean {
  return cue.forms.includes('gerund') && !cue.forms.includes('past');
}

/**
 * What the statement model reads about a candidate statement: the cue and its form, the rule that
 * built the statement, the shape of the speaker and the content, and the words around the cue.
 */
export function statementFeatures(context: AttributionContext, cue: Cue, statement: ReportedStatement): Feature[] {
  const lower = (position: number): string => wordOrNone(context, position);
  const speaker = speakerShape(context, statement);
  const [first, last] = statement.fragments[0]!;
  const { words: contentWords, quoted } = contentShape(context, statement);
  return [
    ['bias', ''],
    ['lemma', cue.lemma],
    ['form', cueForm(context, cue)],
    ['class', cue.cueClass],
    ['kind', cue.kind],
    ['rule', statement.rule],
    ['lemma+rule', `${cue.lemma}|${statement.rule}`],
    ['speaker', speaker],
    ['lemma+speaker', `${cue.lemma}|${speaker}`],
    ['speakerHead', statement.speaker ? lower(statement.speaker.last) : '<none>'],
    ['previous', lower(cue.first - 1)],
    ['next', lower(cue.last + 1)],
    ['lemma+next', `${cue.lemma}|${lower(cue.last + 1)}`],
    ['contentFirst', lower(first)],
    ['beforeContent', lower(first - 1)],
    ['afterContent', lower(last + 1)],
    ['contentWords', sizeBucket(contentWords)],
    ['side', first > cue.last ? 'after' : 'before'],
    ['fragments', statement.fragments.length === 1 ? '1' : '2'],
    ['quoted', quoted ? 'some' : 'none'],
    ['passive', cue.passive ? 'yes' : 'no'],
    ['gerund', isBareGerund(cue) ? 'yes' : 'no'],
  ];
}
