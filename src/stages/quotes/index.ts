import type { Doc } from '../../doc/doc.ts';
import { makeIssue } from '../../doc/issues.ts';
import type { DocIssue } from '../../doc/schema/issue.ts';
import type { Quote, QuotedTerm, Speaker } from '../../doc/schema/quote.ts';
import { compareSpans, trimSpan } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import type { FoundAttribution, FoundQuote } from './candidates.ts';
import { attributeColonStatements } from './colon-attributions.ts';
import { createContext, type AttributionContext } from './context.ts';
import { attributeQuotesWithCues, attributeRemainingQuotes } from './direct-quotes.ts';
import { findCues } from './find-cues.ts';
import { attributeImpersonalStatementsInQuotes, attributeNestedQuotes } from './nested-quotes.ts';
import { findQuotedRegions } from './quote-marks.ts';
import { attributeReportedSpeech } from './reported-speech.ts';
import { SpeakerResolver } from './resolve-speaker.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';
import { buildTokenIndex, tokenSpan } from './token-index.ts';

export interface QuoteLayers {
  readonly quotes: Quote[];
  readonly quotedTerms: QuotedTerm[];
  readonly issues: DocIssue[];
}

/** The passes before reported speech: quotations with their cues, and colon statements. */
export function attributeQuotations(doc: Doc): { context: AttributionContext; strayClosers: readonly number[] } {
  const index = buildTokenIndex(doc);
  const scan = findQuotedRegions(index.text, index.paragraphs);
  const context = createContext(index, scan.regions, findCues(index));
  attributeQuotesWithCues(context);
  attributeColonStatements(context);
  return { context, strayClosers: scan.strayClosers };
}

/** Finds quotations, reported speech and quoted terms as plain data, pass by pass. */
export function findAttributions(doc: Doc): { context: AttributionContext; issues: DocIssue[] } {
  const { context, strayClosers } = attributeQuotations(doc);
  attributeReportedSpeech(context);
  attributeRemainingQuotes(context);
  attributeNestedQuotes(context);
  attributeImpersonalStatementsInQuotes(context);
  const issues = [
    ...context.regions.filter((region) => region.unbalanced).map((region) => makeIssue('UNBALANCED_QUOTE', 'quotes', region.content)),
    ...strayClosers.map((at) => makeIssue('STRAY_QUOTE_MARK', 'quotes', { start: at, end: at + 1 })),
  ];
  return { context, issues };
}

/** Writes the found quotes as the output layer: ids in text order, speakers resolved to entities. */
export function writeQuotes(doc: Doc, context: AttributionContext): { quotes: Quote[]; quotedTerms: QuotedTerm[] } {
  const foundQuotes = context.quotes;
  // Quote positions in text order (outer before nested at one span), numbered: ids by position.
  const order = foundQuotes.map((_quote, position) => position).sort((a, b) => compareSpans(foundQuotes[a]!.content, foundQuotes[b]!.content) || (foundQuotes[a]!.parent === undefined ? -1 : 1));
  const idOf: string[] = new Array<string>(foundQuotes.length);
  order.forEach((position, rank) => {
    idOf[position] = `q${rank + 1}`;
  });
  // Built on first use: most articles with no named speaker never need it.
  let resolver: SpeakerResolver | undefined;
  const resolve = (phrase: SpeakerPhrase): Speaker => (resolver ??= new SpeakerResolver(doc, context.index)).resolve(phrase);
  const speakers = new Map<number, Speaker | null>();
  const speakerOf = (found: FoundQuote): Speaker | null => {
    if (found.attribution === null) return null;
    const attribution: FoundAttribution = context.attributions[found.attribution]!;
    if (attribution.speakerFromParent) return found.parent === undefined ? null : speakerOf(context.quotes[found.parent]!);
    if (!speakers.has(found.attribution)) speakers.set(found.attribution, attribution.speaker ? resolve(attribution.speaker) : null);
    return speakers.get(found.attribution)!;
  };
  const quotes = order.map((position): Quote => {
    const quote = foundQuotes[position]!;
    const attribution = quote.attribution === null ? undefined : context.attributions[quote.attribution];
    const speaker = speakerOf(quote);
    const parent = quote.parent === undefined ? undefined : foundQuotes[quote.parent];
    const parentSpeaker = parent ? speakerOf(parent) : null;
    const cue = attribution?.cue ? trimSpan(doc.text, tokenSpan(context.index, attribution.cue.first, attribution.cue.last)) : null;
    const reportedBy = attribution?.reportedBy ? resolve(attribution.reportedBy) : parentSpeaker && speaker && parentSpeaker !== speaker ? parentSpeaker : undefined;
    // Fields in the schema's order, set one by one rather than spread (a copy per optional field).
    const written: Partial<{ -readonly [K in keyof Quote]: Quote[K] }> = { id: idOf[position]!, start: quote.content.start, end: quote.content.end, kind: quote.kind };
    if (attribution?.cue) written.act = attribution.cue.cueClass;
    written.cue = cue;
    written.speaker = speaker;
    if (quote.parent !== undefined) written.parent = idOf[quote.parent]!;
    if (reportedBy) written.reportedBy = reportedBy;
    written.rule = quote.rule;
    return written as Quote;
  });
  const quotedTerms = [...context.terms].sort(compareSpans);
  return { quotes, quotedTerms };
}

export function findQuotes(doc: Doc): QuoteLayers {
  const { context, issues } = findAttributions(doc);
  return { ...writeQuotes(doc, context), issues };
}

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'mentions'],
  assigns: ['quotes', 'quotedTerms'],
  run: (doc: Doc): Doc => {
    const { quotes, quotedTerms, issues } = findQuotes(doc);
    return { ...doc, quotes, quotedTerms, issues: [...doc.issues, ...issues] };
  },
};
