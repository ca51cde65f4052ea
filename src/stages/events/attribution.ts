import type { Attribution } from '../../doc/schema/attribution.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import type { Span } from '../../doc/span.ts';

/** The innermost quote holding `offset`, or undefined. Quotes are few per article: a scan is enough. */
export function quoteAt(quotes: readonly Quote[], offset: number, except?: string): Quote | undefined {
  let found: Quote | undefined;
  for (const quote of quotes) {
    if (quote.id === except) continue;
    if (quote.start <= offset && offset < quote.end && (!found || quote.end - quote.start < found.end - found.start)) found = quote;
  }
  return found;
}

/**
 * quoteAt for many offsets of one article: the quotes by start, with the furthest end reached so
 * far, so that a look-up reads back only as far as a quote can still hold the offset instead of
 * scanning every quote (a cost that grew with the square of the quotes of a long article). Gives
 * what quoteAt gives: the shortest holding quote, the earliest in the list on a tie.
 */
export class QuoteLocator {
  private readonly quotes: readonly Quote[];
  /** Positions in `quotes`, by start. */
  private readonly byStart: number[];
  /** reach[k]: the largest end among byStart[0..k]. */
  private readonly reach: number[];

  constructor(quotes: readonly Quote[]) {
    this.quotes = quotes;
    this.byStart = quotes.map((_, position) => position).sort((a, b) => quotes[a]!.start - quotes[b]!.start || a - b);
    this.reach = [];
    let furthest = -1;
    for (const position of this.byStart) {
      furthest = Math.max(furthest, quotes[position]!.end);
      this.reach.push(furthest);
    }
  }

  quoteAt(offset: number, except?: string): Quote | undefined {
    // The first quote starting after the offset; every quote before it starts at or before the offset.
    let low = 0;
    let high = this.byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.quotes[this.byStart[middle]!]!.start <= offset) low = middle + 1;
      else high = middle;
    }
    let found: Quote | undefined;
    let foundPosition = -1;
    for (let index = low - 1; index >= 0 && this.reach[index]! > offset; index -= 1) {
      const position = this.byStart[index]!;
      const quote = this.quotes[position]!;
      if (quote.id === except || offset >= quote.end) continue;
      const length = quote.end - quote.start;
      const foundLength = found ? found.end - found.start : Infinity;
      if (length < foundLength || (length === foundLength && position < foundPosition)) {
        found = quote;
        foundPosition = position;
      }
    }
    return found;
  }
}

/** The quote whose cue is this trigger: the statement the event is. */
export function quoteCuedBy(quotes: readonly Quote[], trigger: Span): Quote | undefined {
  return quotes.find((quote) => quote.cue !== null && quote.cue.start < trigger.end && trigger.start < quote.cue.end);
}

export function attributionOfQuote(quote: Quote): Exclude<Attribution, 'author'> {
  return { entity: quote.speaker?.entity ?? null, name: quote.speaker?.name ?? 'unknown source', quote: quote.id };
}

/** A speaker named by a verb of saying in the sentence (no quote layer item): "officials said". */
export interface SayingSource {
  readonly trigger: Span;
  readonly entity: string | null;
  readonly name: string;
  /** "..., officials said": the source follows what it reports. */
  readonly trailing: boolean;
}

/** Whose voice an event mention is in: the quote holding it, else a verb of saying whose complement holds it, else the author. */
export function attributeEvent(trigger: Span, quotes: readonly Quote[], sayings: readonly SayingSource[], isStatement: boolean): { attributedTo: Attribution; quote?: string } {
  const cued = quoteCuedBy(quotes, trigger);
  const inside = quoteAt(quotes, trigger.start);
  if (isStatement) {
    const parent = inside && inside !== cued ? inside : undefined;
    return { attributedTo: parent ? attributionOfQuote(parent) : 'author', ...(cued ? { quote: cued.id } : {}) };
  }
  if (inside) return { attributedTo: attributionOfQuote(inside), quote: inside.id };
  const before = sayings.filter((saying) => !saying.trailing && saying.trigger.end <= trigger.start).at(-1);
  const after = sayings.find((saying) => saying.trailing && saying.trigger.start >= trigger.end);
  const source = before ?? after;
  if (source) return { attributedTo: { entity: source.entity, name: source.name } };
  return { attributedTo: 'author' };
}
