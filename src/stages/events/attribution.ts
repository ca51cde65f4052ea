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
