import type { Doc } from '../../doc/doc.ts';
import type { ActorRef, NewsEvent } from '../../doc/schema/event.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import { findSpanIndexAt } from '../../doc/span.ts';
import { attributionOfQuote, quoteAt } from './attribution.ts';
import { lookupCameo } from './cameo.ts';
import { dateEvent } from './event-date.ts';
import type { SentenceView } from './sentence-view.ts';

function speakerRef(doc: Doc, quote: Quote): ActorRef[] {
  const speaker = quote.speaker;
  if (!speaker) return [];
  const entity = speaker.entity ? doc.entities.find((candidate) => candidate.id === speaker.entity) : undefined;
  const actorCode = entity?.actorCode ?? (entity?.country ? `${entity.country}${entity.sector ?? ''}` : undefined);
  return [{
    entity: speaker.entity,
    name: speaker.name,
    ...(entity?.country ? { country: entity.country } : {}),
    ...(entity?.sector ? { sector: entity.sector } : {}),
    ...(actorCode ? { actorCode } : {}),
    ...(speaker.start !== undefined && speaker.end !== undefined ? { start: speaker.start, end: speaker.end } : {}),
  }];
}

/**
 * A quotation is a statement event (CAMEO 01, which PLOVER dropped): its speaker made it, its cue is
 * the trigger, and it links back to the quote. Quotes whose cue is already an event trigger
 * ("urged", "accused") are carried by that event instead.
 */
export function statementsFromQuotes(doc: Doc, quotes: readonly Quote[], views: readonly SentenceView[]): NewsEvent[] {
  const sentenceSpans = views.map((view) => view.sentence);
  const allQuotes = doc.quotes;
  const code = lookupCameo('010');
  return quotes.flatMap((quote) => {
    const cue = quote.cue;
    if (!cue) return [];
    const viewIndex = findSpanIndexAt(sentenceSpans, cue.start);
    const view = views[viewIndex];
    if (!view) return [];
    const outer = quoteAt(allQuotes, cue.start, quote.id);
    const date = dateEvent(doc, cue, view.sentence);
    // Numbered and clustered in place by the stage: id and cluster come first, as in the output.
    return [{
      id: '',
      cluster: '',
      type: 'STATEMENT' as const,
      cameo: code.code,
      quadClass: code.quadClass,
      goldstein: code.goldstein,
      actors: speakerRef(doc, quote),
      recipients: [],
      trigger: { start: cue.start, end: cue.end },
      sentence: { start: view.sentence.start, end: view.sentence.end },
      ...(date ? { date } : {}),
      negated: false,
      planned: false,
      hypothetical: false,
      reported: outer !== undefined,
      attributedTo: outer ? attributionOfQuote(outer) : 'author',
      quote: quote.id,
      rule: 'quote-cue',
    }];
  });
}
