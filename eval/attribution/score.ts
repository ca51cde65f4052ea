import type { DocumentOutput } from '../../src/doc/schema/document.ts';
import { spansOverlap, type Span } from '../../src/doc/span.ts';
import type { GoldAttribution } from './brat.ts';

/** A predicted attribution as the scorer sees it: the halves of a split quote share one cue and count as one content. */
export interface PredictedAttribution {
  readonly quoteIds: readonly string[];
  readonly kind: string;
  readonly content: readonly Span[];
  readonly cue: Span | null;
  /** The speaker span and every mention of the speaker's entity; empty when the speaker is null or has no span. */
  readonly speakerSpans: readonly Span[];
  readonly hasSpeaker: boolean;
}

export type AttributionCategory = 'direct' | 'indirect';

/**
 * Nested quotes (with a parent) are left out: PolNeAR gives each token to at most one attribution,
 * so a voice quoted inside a quote is never annotated on its own.
 */
export function predictedAttributions(doc: DocumentOutput): PredictedAttribution[] {
  const mentionsByEntity = new Map(doc.entities.map((entity) => [entity.id, entity.mentions.map(({ start, end }) => ({ start, end }))]));
  const byCue = new Map<string, PredictedAttribution>();
  const attributions: PredictedAttribution[] = [];
  for (const quote of doc.quotes) {
    if (quote.parent !== undefined) continue;
    const speakerSpans: Span[] = [];
    if (quote.speaker?.start !== undefined && quote.speaker.end !== undefined) speakerSpans.push({ start: quote.speaker.start, end: quote.speaker.end });
    if (quote.speaker?.entity) speakerSpans.push(...(mentionsByEntity.get(quote.speaker.entity) ?? []));
    const key = quote.cue ? `${quote.cue.start}:${quote.cue.end}` : undefined;
    const existing = key === undefined ? undefined : byCue.get(key);
    if (existing) {
      const merged: PredictedAttribution = {
        ...existing,
        quoteIds: [...existing.quoteIds, quote.id],
        content: [...existing.content, { start: quote.start, end: quote.end }],
        speakerSpans: [...existing.speakerSpans, ...speakerSpans],
        hasSpeaker: existing.hasSpeaker || quote.speaker !== null,
      };
      attributions[attributions.indexOf(existing)] = merged;
      byCue.set(key!, merged);
      continue;
    }
    const attribution: PredictedAttribution = {
      quoteIds: [quote.id],
      kind: quote.kind,
      content: [{ start: quote.start, end: quote.end }],
      cue: quote.cue,
      speakerSpans,
      hasSpeaker: quote.speaker !== null,
    };
    attributions.push(attribution);
    if (key !== undefined) byCue.set(key, attribution);
  }
  return attributions;
}

/** Word tokens (runs of letters and digits) of a text: the unit of content overlap. */
export function wordTokens(text: string): Span[] {
  const tokens: Span[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) tokens.push({ start: match.index, end: match.index + match[0].length });
  return tokens;
}

/** Marks the characters that lie between paired quotation marks; an unclosed mark runs to its paragraph's end. */
export function quotedCharacters(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let paragraphStart = 0;
  while (paragraphStart <= text.length) {
    let paragraphEnd = text.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = text.length;
    let open = -1;
    let closing = '';
    for (let index = paragraphStart; index < paragraphEnd; index += 1) {
      // Some wire copy writes double quotes as two apostrophes ('').
      const character = text.startsWith("''", index) ? "''" : text[index]!;
      if (open < 0) {
        if (character === '“' || character === '"' || character === '«' || character === "''") {
          open = index;
          closing = character === '“' ? '”' : character === '«' ? '»' : character;
        }
      } else if (character === closing) {
        inside.fill(1, open, index + character.length);
        open = -1;
      }
      index += character.length - 1;
    }
    if (open >= 0) inside.fill(1, open, paragraphEnd);
    paragraphStart = paragraphEnd + 1;
  }
  return inside;
}

/** Direct when every word of the content lies inside quotation marks; otherwise indirect (mixed included). */
export function categoryOf(content: readonly Span[], tokens: readonly Span[], quoted: Uint8Array): AttributionCategory {
  let words = 0;
  for (const fragment of content) {
    for (let index = firstTokenAtOrAfter(tokens, fragment.start); index < tokens.length && tokens[index]!.end <= fragment.end; index += 1) {
      words += 1;
      if (!quoted[tokens[index]!.start]) return 'indirect';
    }
  }
  return words > 0 ? 'direct' : 'indirect';
}

function firstTokenAtOrAfter(tokens: readonly Span[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The token index ranges [from, to) a content covers, one per fragment. */
function tokenRanges(content: readonly Span[], tokens: readonly Span[]): [number, number][] {
  return content.map((fragment) => {
    const from = firstTokenAtOrAfter(tokens, fragment.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= fragment.end) to += 1;
    return [from, to];
  });
}

/** Whether two contents match: their shared words are at least half of each. */
export function contentsMatch(tokens: readonly Span[], a: readonly Span[], b: readonly Span[]): boolean {
  const rangesA = tokenRanges(a, tokens);
  const rangesB = tokenRanges(b, tokens);
  const overlap = rangeOverlap(rangesA, rangesB);
  return overlap > 0 && overlap * 2 >= rangeSize(rangesA) && overlap * 2 >= rangeSize(rangesB);
}

function rangeSize(ranges: readonly [number, number][]): number {
  return ranges.reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0);
}

function rangeOverlap(a: readonly [number, number][], b: readonly [number, number][]): number {
  let overlap = 0;
  for (const [fromA, toA] of a) for (const [fromB, toB] of b) overlap += Math.max(0, Math.min(toA, toB) - Math.max(fromA, fromB));
  return overlap;
}

export interface ArticleScore {
  readonly predicted: readonly { attribution: PredictedAttribution; category: AttributionCategory; match: number | null }[];
  readonly gold: readonly { attribution: GoldAttribution; category: AttributionCategory; match: number | null; sourceCorrect: boolean | null }[];
  /** Cue matches, by category of the attribution that carries the cue. */
  readonly cues: { readonly predicted: readonly { category: AttributionCategory; matched: boolean }[]; readonly gold: readonly { category: AttributionCategory; matched: boolean }[] };
}

/** A prediction matches a gold content when their shared words are at least half of each; one-to-one, largest overlap first. */
export function scoreArticle(text: string, gold: readonly GoldAttribution[], predicted: readonly PredictedAttribution[]): ArticleScore {
  const tokens = wordTokens(text);
  const quoted = quotedCharacters(text);
  const goldRanges = gold.map((attribution) => tokenRanges(attribution.content, tokens));
  const predictedRanges = predicted.map((attribution) => tokenRanges(attribution.content, tokens));
  const pairs: { predicted: number; gold: number; overlap: number }[] = [];
  predictedRanges.forEach((predictedRange, predictedIndex) => {
    const predictedSize = rangeSize(predictedRange);
    goldRanges.forEach((goldRange, goldIndex) => {
      const overlap = rangeOverlap(predictedRange, goldRange);
      if (overlap > 0 && overlap * 2 >= predictedSize && overlap * 2 >= rangeSize(goldRange)) pairs.push({ predicted: predictedIndex, gold: goldIndex, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap);
  const goldMatch: (number | null)[] = gold.map(() => null);
  const predictedMatch: (number | null)[] = predicted.map(() => null);
  for (const pair of pairs) {
    if (goldMatch[pair.gold] !== null || predictedMatch[pair.predicted] !== null) continue;
    goldMatch[pair.gold] = pair.predicted;
    predictedMatch[pair.predicted] = pair.gold;
  }
  const goldCategories = gold.map((attribution) => categoryOf(attribution.content, tokens, quoted));
  const predictedCategories = predicted.map((attribution) => categoryOf(attribution.content, tokens, quoted));
  const sourceCorrect = (goldIndex: number): boolean | null => {
    const predictedIndex = goldMatch[goldIndex];
    if (predictedIndex === null || predictedIndex === undefined) return null;
    const attribution = gold[goldIndex]!;
    const prediction = predicted[predictedIndex]!;
    if (attribution.source.length === 0) return !prediction.hasSpeaker;
    return prediction.speakerSpans.some((span) => attribution.source.some((source) => spansOverlap(span, source)));
  };
  return {
    predicted: predicted.map((attribution, index) => ({ attribution, category: predictedCategories[index]!, match: predictedMatch[index]! })),
    gold: gold.map((attribution, index) => ({ attribution, category: goldCategories[index]!, match: goldMatch[index]!, sourceCorrect: sourceCorrect(index) })),
    cues: scoreCues(gold, goldCategories, predicted, predictedCategories),
  };
}

function scoreCues(
  gold: readonly GoldAttribution[],
  goldCategories: readonly AttributionCategory[],
  predicted: readonly PredictedAttribution[],
  predictedCategories: readonly AttributionCategory[],
): ArticleScore['cues'] {
  const goldCues = gold.flatMap((attribution, index) => (attribution.cue.length > 0 ? [{ spans: attribution.cue, category: goldCategories[index]!, matched: false }] : []));
  const predictedCues = predicted.flatMap((attribution, index) => (attribution.cue ? [{ span: attribution.cue, category: predictedCategories[index]!, matched: false }] : []));
  for (const cue of predictedCues) {
    const partner = goldCues.find((candidate) => !candidate.matched && candidate.spans.some((span) => spansOverlap(span, cue.span)));
    if (partner) {
      partner.matched = true;
      cue.matched = true;
    }
  }
  return {
    predicted: predictedCues.map(({ category, matched }) => ({ category, matched })),
    gold: goldCues.map(({ category, matched }) => ({ category, matched })),
  };
}

export interface CategoryTotals {
  predicted: number;
  predictedMatched: number;
  gold: number;
  goldMatched: number;
  sourceCorrect: number;
  cuesPredicted: number;
  cuesPredictedMatched: number;
  cuesGold: number;
  cuesGoldMatched: number;
}

export function emptyTotals(): CategoryTotals {
  return { predicted: 0, predictedMatched: 0, gold: 0, goldMatched: 0, sourceCorrect: 0, cuesPredicted: 0, cuesPredictedMatched: 0, cuesGold: 0, cuesGoldMatched: 0 };
}

/** Adds an article's score to the totals of one category (or of all, when category is undefined). */
export function addToTotals(totals: CategoryTotals, score: ArticleScore, category?: AttributionCategory): void {
  const inCategory = (item: { category: AttributionCategory }) => category === undefined || item.category === category;
  for (const item of score.predicted.filter(inCategory)) {
    totals.predicted += 1;
    if (item.match !== null) totals.predictedMatched += 1;
  }
  for (const item of score.gold.filter(inCategory)) {
    totals.gold += 1;
    if (item.match !== null) totals.goldMatched += 1;
    if (item.sourceCorrect) totals.sourceCorrect += 1;
  }
  for (const cue of score.cues.predicted.filter(inCategory)) {
    totals.cuesPredicted += 1;
    if (cue.matched) totals.cuesPredictedMatched += 1;
  }
  for (const cue of score.cues.gold.filter(inCategory)) {
    totals.cuesGold += 1;
    if (cue.matched) totals.cuesGoldMatched += 1;
  }
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export interface CategoryMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly sourceAccuracy: number;
  readonly cueF1: number;
}

export function metricsOf(totals: CategoryTotals): CategoryMetrics {
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const precision = ratio(totals.predictedMatched, totals.predicted);
  const recall = ratio(totals.goldMatched, totals.gold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    sourceAccuracy: ratio(totals.sourceCorrect, totals.goldMatched),
    cueF1: f1(ratio(totals.cuesPredictedMatched, totals.cuesPredicted), ratio(totals.cuesGoldMatched, totals.cuesGold)),
  };
}
