import grammar from '../../lexicons/attribution-grammar.json' with { type: 'json' };
import { addQuote, attributionForCue, wordCountBetween, type AttributionContext } from './context.ts';
import { foundQuote } from './candidates.ts';
import { newCue, NO_FORMS } from './find-cues.ts';
import { speakerPhrase } from './speaker-phrase.ts';
import { isCapitalised, isWordToken, tokenSpan } from './token-index.ts';

const LABELS: ReadonlySet<string> = new Set(grammar.colonLabels);
const MAX_NAME_TOKENS = 4;

/**
 * "Ryan: ‘Anti-Semitic images’ have no place…", "Poll: Trump ties Clinton…", "Q: …" — a headline or
 * transcript paragraph that opens with a name and a colon gives the name's statement. Labels of
 * the page ("Update:", "Related:") are not speakers.
 */
export function attributeColonStatements(context: AttributionContext): void {
  const { index } = context;
  const firsts = [...index.paragraphFirstToken].filter((first) => first >= 0);
  firsts.forEach((first, position) => attributeParagraph(context, first, (firsts[position + 1] ?? index.tokens.length) - 1));
}

function attributeParagraph(context: AttributionContext, first: number, last: number): void {
  const { index } = context;
  let colon = first;
  while (colon <= last && colon - first <= MAX_NAME_TOKENS && isWordToken(index, colon) && isCapitalised(index, colon)) colon += 1;
  if (colon === first || colon > last || index.lower[colon] !== ':') return;
  if (LABELS.has(index.lower.slice(first, colon).join(' '))) return;
  let contentLast = last;
  while (contentLast > colon && !isWordToken(index, contentLast) && index.tokens[contentLast]!.kind !== 'quote') contentLast -= 1;
  if (wordCountBetween(context, colon + 1, contentLast) < 3 || context.topRegionAtToken[colon]! >= 0) return;
  const contentFirst = colon + 1;
  const regions = new Set<number>();
  for (let at = contentFirst; at <= contentLast; at += 1) if (context.topRegionAtToken[at]! >= 0) regions.add(context.topRegionAtToken[at]!);
  if ([...regions].some((region) => context.quoteOfRegion.has(region))) return;
  context.cues.push(newCue('colon', colon, colon, colon, ':', 'speech', NO_FORMS, false, false, false));
  context.cueAtToken[colon] = context.cues.length - 1;
  const attribution = attributionForCue(context, context.cues.length - 1, speakerPhrase(first, colon - 1, false), 'colon-statement');
  const whole = regions.size === 1 && context.regionOpenToken[[...regions][0]!] === contentFirst;
  const kind = whole ? 'direct' : regions.size > 0 ? 'mixed' : 'indirect';
  const quote = addQuote(context, foundQuote(kind, tokenSpan(index, contentFirst, contentLast), attribution, 'colon-statement'));
  for (const region of regions) context.quoteOfRegion.set(region, quote);
}
