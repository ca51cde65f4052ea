import type { Doc, Token } from '../../doc/doc.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import type { Quote, QuotedTerm, Speaker } from '../../doc/schema/quote.ts';
import type { Span } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import { CUE_PHRASES, isCueWord } from './cues.ts';
import { findQuotedRegions, type QuotedRegion } from './quote-marks.ts';

interface Attribution {
  readonly cue: Span;
  readonly speaker: Speaker | null;
}

/** Short quoted phrases without a cue are scare quotes or titles, not statements. */
const MAX_TERM_WORDS = 4;

function paragraphsOf(doc: Doc): Span[] {
  const paragraphs: Span[] = [];
  for (const sentence of doc.sentences) {
    const last = paragraphs[sentence.paragraph];
    paragraphs[sentence.paragraph] = last ? { start: last.start, end: sentence.end } : { start: sentence.start, end: sentence.end };
  }
  return paragraphs.filter(Boolean);
}

function tokensIn(doc: Doc, span: Span): Token[] {
  return doc.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
}

/** The speaker is the entity mentioned closest to the cue within the window. */
function speakerNear(doc: Doc, cue: Span, window: Span): Speaker | null {
  let best: { entity: Entity; start: number; end: number; distance: number } | undefined;
  for (const entity of doc.entities) {
    if (entity.type !== 'PERSON' && entity.type !== 'ORG' && entity.type !== 'GPE') continue;
    for (const mention of entity.mentions) {
      if (mention.start < window.start || mention.end > window.end) continue;
      const distance = mention.end <= cue.start ? cue.start - mention.end : mention.start - cue.end;
      if (distance >= 0 && (!best || distance < best.distance)) best = { entity, start: mention.start, end: mention.end, distance };
    }
  }
  return best ? { entity: best.entity.id, name: best.entity.name, start: best.start, end: best.end } : null;
}

function findCue(doc: Doc, window: Span): Span | undefined {
  const lower = doc.analysisText.slice(window.start, window.end).toLowerCase();
  for (const phrase of CUE_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at >= 0) return { start: window.start + at, end: window.start + at + phrase.length };
  }
  const cue = tokensIn(doc, window).find((token) => token.kind === 'word' && isCueWord(doc.analysisText.slice(token.start, token.end)));
  return cue ? { start: cue.start, end: cue.end } : undefined;
}

/** Looks for a cue in the same sentence, after the quote first ("…,” Badran said), then before it. */
function attribute(doc: Doc, region: QuotedRegion, others: readonly QuotedRegion[]): Attribution | undefined {
  const sentenceAfter = doc.sentences.find((sentence) => sentence.start <= region.close && region.close < sentence.end);
  const sentenceBefore = doc.sentences.find((sentence) => sentence.start <= region.open && region.open < sentence.end);
  const nextOpen = others.find((other) => other.open > region.close)?.open ?? Number.POSITIVE_INFINITY;
  const previousClose = [...others].reverse().find((other) => other.close < region.open)?.close ?? -1;
  const windows: Span[] = [];
  if (sentenceAfter) windows.push({ start: region.close + 1, end: Math.min(sentenceAfter.end, nextOpen) });
  if (sentenceBefore) windows.push({ start: Math.max(sentenceBefore.start, previousClose + 1), end: region.open });
  for (const window of windows) {
    if (window.end <= window.start) continue;
    const cue = findCue(doc, window);
    if (cue) return { cue, speaker: speakerNear(doc, cue, window) };
  }
  return undefined;
}

function wordCount(doc: Doc, span: Span): number {
  return tokensIn(doc, span).filter((token) => token.kind === 'word' || token.kind === 'number').length;
}

export function findQuotes(doc: Doc): { quotes: Quote[]; quotedTerms: QuotedTerm[] } {
  const quotes: Quote[] = [];
  const quotedTerms: QuotedTerm[] = [];
  let previousSpeaker: Speaker | null = null;
  let previousParagraphHadQuote = false;
  for (const paragraph of paragraphsOf(doc)) {
    const regions = findQuotedRegions(doc.analysisText, paragraph);
    let paragraphHasQuote = false;
    for (const region of regions) {
      const attribution = attribute(doc, region, regions);
      const opensParagraph = region.open === paragraph.start;
      if (!attribution && wordCount(doc, region.content) <= MAX_TERM_WORDS) {
        quotedTerms.push({ ...region.content, kind: 'scare' });
        continue;
      }
      // A paragraph that opens with a quote and names no one continues the previous speaker's turn.
      const speaker: Speaker | null = attribution?.speaker ?? (opensParagraph && previousParagraphHadQuote ? previousSpeaker : null);
      quotes.push({
        id: `q${quotes.length + 1}`,
        start: region.content.start,
        end: region.content.end,
        kind: 'direct',
        cue: attribution?.cue ?? null,
        speaker,
        rule: attribution ? 'quote-marks+cue' : 'quote-marks+continuation',
      });
      previousSpeaker = speaker ?? previousSpeaker;
      paragraphHasQuote = true;
    }
    previousParagraphHadQuote = paragraphHasQuote;
  }
  return { quotes, quotedTerms };
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'mentions'],
  assigns: ['quotes', 'quotedTerms'],
  run: (doc: Doc): Doc => ({ ...doc, ...findQuotes(doc) }),
};
