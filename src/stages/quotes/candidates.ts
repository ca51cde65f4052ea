import type { QuoteKind } from '../../doc/schema/quote.ts';
import type { Span } from '../../doc/span.ts';
import type { Cue } from './find-cues.ts';
import type { SpeakerPhrase } from './speaker-phrase.ts';

/**
 * Who speaks, as found in the text: the cue and the speaker phrase. The halves of a split quote and
 * the paragraphs that continue a speaker's turn share one attribution.
 */
export interface FoundAttribution {
  readonly cue: Cue | null;
  readonly speaker: SpeakerPhrase | null;
  /** The outer source of a chain ("according to Sputnik" in "According to Sputnik, the ministry said…"). */
  readonly reportedBy: SpeakerPhrase | undefined;
  /** The speaker is the issuer of the quotation this one sits in ("It was stated that…" inside a communiqué). */
  readonly speakerFromParent: boolean;
  /** Rule that found the attribution, for reading evaluation errors. */
  readonly rule: string;
}

/** A quotation or reported statement found in the text, before speakers are resolved to entities. */
export interface FoundQuote {
  readonly kind: QuoteKind;
  readonly content: Span;
  /** Index into the attributions; null when no one is named. */
  readonly attribution: number | null;
  readonly rule: string;
  /** Index of the quote this one is nested in. */
  readonly parent: number | undefined;
}

/*
 * Attributions and quotes are made by these functions only, with every field present in one order:
 * one hidden class each keeps the passes that read them from being optimised and thrown away again.
 */

export function foundAttribution(cue: Cue | null, speaker: SpeakerPhrase | null, rule: string, reportedBy?: SpeakerPhrase, speakerFromParent = false): FoundAttribution {
  return { cue, speaker, reportedBy, speakerFromParent, rule };
}

export function withReportedBy(attribution: FoundAttribution, reportedBy: SpeakerPhrase): FoundAttribution {
  return foundAttribution(attribution.cue, attribution.speaker, attribution.rule, reportedBy, attribution.speakerFromParent);
}

export function foundQuote(kind: QuoteKind, content: Span, attribution: number | null, rule: string, parent?: number): FoundQuote {
  return { kind, content, attribution, rule, parent };
}
