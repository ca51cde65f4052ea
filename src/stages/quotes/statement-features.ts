import type { AttributionContext } from './context.ts';
import type { Cue } from './find-cues.ts';
import type { ReportedStatement } from './reported-speech.ts';
import { isCapitalised, isWordToken } from './token-index.ts';

function bucket(value: number, bounds: readonly number[]): string {
  const index = bounds.findIndex((bound) => value <= bound);
  return index < 0 ? `>${bounds.at(-1)}` : `<=${bounds[index]}`;
}

function speakerShape(context: AttributionContext, statement: ReportedStatement): string {
  const speaker = statement.speaker;
  if (!speaker) return 'none';
  if (speaker.antecedent) return 'relative';
  if (speaker.pronoun) return `pronoun:${context.index.lower[speaker.first]}`;
  const words = speaker.last - speaker.first + 1;
  const capitalised = isCapitalised(context.index, speaker.last) ? 'name' : 'noun';
  return `${capitalised}:${bucket(words, [1, 2, 4])}`;
}

/**
 * What the statement model reads about a candidate statement: the cue and its form, the rule that
 * built the statement, the shape of the speaker and the content, and the words around the cue.
 */
export function statementFeatures(context: AttributionContext, cue: Cue, statement: ReportedStatement): string[] {
  const { index } = context;
  const lower = (position: number): string => (position >= 0 && position < index.tokens.length ? index.lower[position]! : '<none>');
  const surface = index.lower.slice(cue.head, cue.last + 1).join(' ');
  const speaker = speakerShape(context, statement);
  const [first, last] = statement.fragments[0]!;
  const contentWords = statement.fragments.reduce((sum, [from, to]) => {
    let words = 0;
    for (let at = from; at <= to; at += 1) if (isWordToken(index, at)) words += 1;
    return sum + words;
  }, 0);
  let quotedTokens = 0;
  for (const [from, to] of statement.fragments) for (let at = from; at <= to; at += 1) if (context.topRegionAtToken[at]! >= 0) quotedTokens += 1;
  const after = first > cue.last ? 'after' : 'before';
  const speakerHead = statement.speaker ? lower(statement.speaker.last) : '<none>';
  return [
    'bias',
    `lemma=${cue.lemma}`,
    `form=${surface}`,
    `class=${cue.cueClass}`,
    `kind=${cue.kind}`,
    `rule=${statement.rule}`,
    `lemma+rule=${cue.lemma}|${statement.rule}`,
    `speaker=${speaker}`,
    `lemma+speaker=${cue.lemma}|${speaker.split(':')[0]}`,
    `speakerHead=${speakerHead}`,
    `previous=${lower(cue.first - 1)}`,
    `previous2=${lower(cue.first - 2)}|${lower(cue.first - 1)}`,
    `next=${lower(cue.last + 1)}`,
    `lemma+next=${cue.lemma}|${lower(cue.last + 1)}`,
    `contentFirst=${lower(first)}`,
    `beforeContent=${lower(first - 1)}`,
    `contentLast=${lower(last + 1)}`,
    `contentWords=${bucket(contentWords, [2, 4, 8, 16, 32])}`,
    `side=${after}`,
    `fragments=${statement.fragments.length}`,
    `quoted=${quotedTokens === 0 ? 'none' : 'some'}`,
    `passive=${cue.passive}`,
    `gerund=${cue.forms.includes('gerund') && !cue.forms.includes('past')}`,
    `capitalisedCue=${isCapitalised(index, cue.head)}`,
  ];
}
