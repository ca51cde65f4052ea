import type { Doc } from '../../doc/doc.ts';
import type { Entity } from '../../doc/schema/entity.ts';
import type { ActorRef, NewsEvent } from '../../doc/schema/event.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import { findSpanIndexAt } from '../../doc/span.ts';
import { attributionOfQuote, QuoteLocator } from './attribution.ts';
import { lookupCameo } from './cameo.ts';
import { dateEvent } from './event-date.ts';
import type { SentenceView } from './sentence-view.ts';

/** Entities by id, the first of each id as Array.prototype.find would give: looked up once per quote, not by a scan of every entity. */
function entitiesById(entities: readonly Entity[]): ReadonlyMap<string, Entity> {
  const byId = new Map<string, Entity>();
  for (const entity of entities) if (!byId.has(entity.id)) byId.set(entity.id, entity);
  return byId;
}

function speakerRef(entities: ReadonlyMap<string, Entity>, quote: Quote): ActorRef[] {
  const speaker = quote.speaker;
  if (!speaker) return [];
  const entity = speaker.entity ? entities.get(speaker.entity) : undefined;
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
  const code = lookupCameo('010');
  if (quotes.length === 0) return [];
  const entities = entitiesById(doc.entities);
  const outerQuotes = new QuoteLocator(doc.quotes);
  return quotes.flatMap((quote) => {
    const cue = quote.cue;
    if (!cue) return [];
    const viewIndex = findSpanIndexAt(sentenceSpans, cue.start);
    const view = views[viewIndex];
    if (!view) return [];
    const outer = outerQuotes.quoteAt(cue.start, quote.id);
    const date = dateEvent(doc, cue, view.sentence);
    // Numbered and clustered in place by the stage: id and cluster come first, as in the output.
    return [{
      id: '',
      cluster: '',
      type: 'STATEMENT' as const,
      cameo: code.code,
      quadClass: code.quadClass,
      goldstein: code.goldstein,
      actors: speakerRef(entities, quote),
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
