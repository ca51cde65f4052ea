import type { QuotedTerm } from '../../doc/schema/quote.ts';
import { foundAttribution, type FoundAttribution, type FoundQuote } from './candidates.ts';
import type { Cue } from './find-cues.ts';
import type { QuotedRegion } from './quote-marks.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { firstTokenFrom, type TokenIndex } from './token-index.ts';

/**
 * What the attribution passes share while they run over one article: the token index, the quoted
 * regions and cues found once, and the attributions and quotes found so far.
 */
export interface AttributionContext {
  readonly index: TokenIndex;
  readonly regions: readonly QuotedRegion[];
  /** Token positions of each region's opening mark (its first token) and closing mark (its last token; -1 when unbalanced). */
  readonly regionOpenToken: readonly number[];
  readonly regionCloseToken: readonly number[];
  readonly cues: Cue[];
  /** The cue each token belongs to, or -1. */
  readonly cueAtToken: Int32Array;
  /** The outermost quoted region each token lies in, or -1. */
  readonly topRegionAtToken: Int32Array;
  readonly attributions: FoundAttribution[];
  readonly attributionByCue: Map<number, number>;
  readonly quotes: FoundQuote[];
  /** The quote that covers each region, once one does; regions taken into a mixed statement map to it too. */
  readonly quoteOfRegion: Map<number, number>;
  readonly terms: QuotedTerm[];
}

export function createContext(index: TokenIndex, regions: readonly QuotedRegion[], cues: Cue[]): AttributionContext {
  const cueAtToken = new Int32Array(index.tokens.length).fill(-1);
  cues.forEach((cue, cueIndex) => cueAtToken.fill(cueIndex, cue.first, cue.last + 1));
  const topRegionAtToken = new Int32Array(index.tokens.length).fill(-1);
  const regionOpenToken: number[] = [];
  const regionCloseToken: number[] = [];
  regions.forEach((region, regionIndex) => {
    const open = firstTokenFrom(index, region.open);
    // A two-character mark ('' in wire copy) is two tokens: the region ends on the second.
    const closeMarkLength = region.close !== null && index.text.startsWith("''", region.close) ? 2 : 1;
    const close = region.close === null ? -1 : firstTokenFrom(index, region.close + closeMarkLength) - 1;
    regionOpenToken.push(open);
    regionCloseToken.push(close);
    if (region.depth === 0) topRegionAtToken.fill(regionIndex, open, close === -1 ? firstTokenFrom(index, region.content.end) : close + 1);
  });
  return { index, regions, regionOpenToken, regionCloseToken, cues, cueAtToken, topRegionAtToken, attributions: [], attributionByCue: new Map(), quotes: [], quoteOfRegion: new Map(), terms: [] };
}

/** The attribution for a cue: one per cue, so that both halves of a split quote share it. */
export function attributionForCue(context: AttributionContext, cueIndex: number, speaker: SpeakerPhrase | null, rule: string): number {
  const known = context.attributionByCue.get(cueIndex);
  if (known !== undefined) return known;
  context.attributions.push(foundAttribution(context.cues[cueIndex]!, speaker, rule));
  context.attributionByCue.set(cueIndex, context.attributions.length - 1);
  return context.attributions.length - 1;
}

export function addQuote(context: AttributionContext, quote: FoundQuote, region?: number): number {
  context.quotes.push(quote);
  const quoteIndex = context.quotes.length - 1;
  if (region !== undefined) context.quoteOfRegion.set(region, quoteIndex);
  return quoteIndex;
}

export function wordCountBetween(context: AttributionContext, first: number, last: number): number {
  let words = 0;
  for (let at = first; at <= last; at += 1) {
    const kind = context.index.tokens[at]?.kind;
    if (kind === 'word' || kind === 'number') words += 1;
  }
  return words;
}
