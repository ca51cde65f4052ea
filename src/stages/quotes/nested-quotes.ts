import { foundAttribution, foundQuote } from './candidates.ts';
import { addQuote, wordCountBetween, type AttributionContext } from './context.ts';
import { cueAfterQuote, cueBeforeQuote } from './direct-quotes.ts';
import { phraseStartingAt, speakerPhrase, type SpeakerPhrase } from './speaker-phrase.ts';
import { isWordToken, tokenSpan } from './token-index.ts';

function outermostRegion(context: AttributionContext, region: number): number {
  let current = region;
  while (context.regions[current]!.parent !== null) current = context.regions[current]!.parent!;
  return current;
}

const THIRD_PERSON = new Set(['he', 'she', 'they']);

/**
 * "My brother was standing by the stalls. He said to me, ‘Go home’": inside a quotation a pronoun
 * stands for someone the speaker named before it in the quotation — the subject of one of its
 * earlier sentences — not for whoever the article quoted last.
 */
function withAntecedentInQuote(context: AttributionContext, outerRegion: number, pronoun: SpeakerPhrase): SpeakerPhrase {
  const { index } = context;
  if (!THIRD_PERSON.has(index.lower[pronoun.first]!)) return pronoun;
  const open = context.regionOpenToken[outerRegion]!;
  for (let sentence = index.tokens[pronoun.first]!.sentence; sentence >= 0; sentence -= 1) {
    let first = index.sentenceFirst[sentence]!;
    if (index.sentenceLast[sentence]! <= open) break;
    if (first <= open) first = open + 1;
    if (first >= pronoun.first) continue;
    const subject = phraseStartingAt(index, first, pronoun.first);
    if (subject && !subject.pronoun && !isCapitalisedPronoun(index, subject.first)) return speakerPhrase(pronoun.first, pronoun.last, pronoun.pronoun, subject);
  }
  return pronoun;
}

function isCapitalisedPronoun(index: AttributionContext['index'], position: number): boolean {
  return ['i', 'we', 'you', 'it', 'there', 'this', 'that'].includes(index.lower[position]!);
}

/**
 * A quotation inside a quotation: a speaker quoting scripture, a slogan or another person. It is
 * attributed at both levels — its own speaker when the outer quote names one ("In the words of
 * G-d: ‘…’"), and the outer quote as its parent; a short one without a cue is a quoted term.
 */
export function attributeNestedQuotes(context: AttributionContext): void {
  context.regions.forEach((region, regionIndex) => {
    if (region.depth === 0) return;
    const outer = context.quoteOfRegion.get(outermostRegion(context, regionIndex));
    const parentQuote = outer === undefined ? undefined : context.quotes[outer];
    const open = context.regionOpenToken[regionIndex]!;
    const close = context.regionCloseToken[regionIndex]!;
    const words = close < 0 ? 0 : wordCountBetween(context, open + 1, close - 1);
    if (parentQuote === undefined || parentQuote.kind === 'indirect' || words <= 5) {
      context.terms.push({ ...region.content, kind: 'scare' });
      return;
    }
    const match = cueBeforeQuote(context, regionIndex) ?? cueAfterQuote(context, regionIndex);
    if (match) {
      const speaker = match.speaker?.pronoun && !match.speaker.antecedent ? withAntecedentInQuote(context, outermostRegion(context, regionIndex), match.speaker) : match.speaker;
      context.attributions.push(foundAttribution(context.cues[match.cueIndex]!, speaker, 'nested-quote'));
      addQuote(context, foundQuote('direct', region.content, context.attributions.length - 1, 'nested-quote', outer!), regionIndex);
      return;
    }
    addQuote(context, foundQuote('direct', region.content, null, 'nested-quote-unattributed', outer!), regionIndex);
  });
}

/**
 * "It was stated that …" inside a communiqué's quoted text: the statement is the issuer's, so it
 * becomes a nested quote whose speaker is the speaker of the quotation around it.
 */
export function attributeImpersonalStatementsInQuotes(context: AttributionContext): void {
  const { index } = context;
  context.cues.forEach((cue) => {
    if (!cue.impersonal) return;
    const region = context.topRegionAtToken[cue.head]!;
    const outer = region < 0 ? undefined : context.quoteOfRegion.get(region);
    if (outer === undefined || context.quotes[outer]!.kind === 'indirect') return;
    let first = cue.last + 1;
    while (index.lower[first] !== 'that' && first - cue.last < 4) first += 1;
    first += 1;
    const sentence = index.tokens[cue.head]!.sentence;
    const closeToken = context.regionCloseToken[region]!;
    let last = Math.min(index.sentenceLast[sentence]! - 1, closeToken < 0 ? Number.MAX_SAFE_INTEGER : closeToken - 1);
    while (last > first && !isWordToken(index, last)) last -= 1;
    if (last <= first) return;
    context.attributions.push(foundAttribution(cue, null, 'impersonal-in-quote', undefined, true));
    addQuote(context, foundQuote('indirect', tokenSpan(index, first, last), context.attributions.length - 1, 'impersonal-in-quote', outer));
  });
}
