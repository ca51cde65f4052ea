import type { DocumentOutput } from '../doc/schema/document.ts';
import type { ActorRef, NewsEvent } from '../doc/schema/event.ts';
import { ploverScore } from '../stages/events/cameo.ts';
import { PIPELINE_VERSION } from '../version.ts';

/** An actor or recipient as a PLOVER entity object. */
export interface PloverEntity {
  readonly code: string;
  readonly sector?: string;
  readonly entity_text: string;
  readonly identifier_id?: string;
  readonly start?: number;
  readonly end?: number;
}

/** One PLOVER JSONL record: the manual's field names, plus newsgraph's own fields (documented in README "Event exports"). */
export interface PloverRecord {
  readonly id: string;
  readonly has_event: true;
  readonly date?: string;
  readonly date_source?: 'text' | 'article';
  readonly actor: readonly PloverEntity[];
  readonly recipient: readonly PloverEntity[];
  readonly event: readonly string[];
  readonly mode: readonly string[];
  readonly context: readonly string[];
  readonly event_loc?: { readonly extracted_place: string; readonly country_code?: string; readonly start: number; readonly end: number };
  readonly event_text: readonly string[];
  readonly quad_code: number;
  readonly event_scale?: number;
  readonly link: string;
  readonly text_info: { readonly sequence: number; readonly start: number; readonly end: number };
  readonly cite_info: { readonly corpus: string; readonly url?: string; readonly title?: string; readonly publication?: string; readonly language?: string; readonly coder: string; readonly codebook: string };
  readonly coder: string;
  readonly cameo: string;
  readonly goldstein: number;
  readonly trigger: { readonly start: number; readonly end: number };
  readonly attributed_to: string;
  readonly attributed_to_entity?: string;
  readonly quote?: string;
}

const CODER = `newsgraph ${PIPELINE_VERSION}`;
const CODEBOOK = 'PLOVER 2.0 with STATEMENT and APPEAL; CAMEO 1.1b3 codes';

function entityOf(actor: ActorRef): PloverEntity {
  return {
    code: actor.country ?? '---',
    ...(actor.sector ? { sector: actor.sector } : {}),
    entity_text: actor.name,
    ...(actor.entity ? { identifier_id: actor.entity } : {}),
    ...(actor.start !== undefined && actor.end !== undefined ? { start: actor.start, end: actor.end } : {}),
  };
}

/** PLOVER's auxiliary modes ride in `context`: future, hypothetical, negation. */
function auxiliaryContext(event: NewsEvent): string[] {
  return [...(event.planned ? ['future'] : []), ...(event.hypothetical ? ['hypothetical'] : []), ...(event.negated ? ['negation'] : [])];
}

/** The date part of an ISO value; an interval gives its start. */
function dateOf(value: string | undefined): string | undefined {
  return value?.split('/')[0]?.split('T')[0];
}

export function ploverRecord(doc: DocumentOutput, event: NewsEvent): PloverRecord {
  const sequence = doc.sentences.findIndex((sentence) => sentence.start === event.sentence.start);
  const score = ploverScore(event.type, event.mode);
  const date = dateOf(event.date?.value);
  const { article } = doc;
  return {
    id: `${article.id}:${event.id}`,
    has_event: true,
    ...(date ? { date } : {}),
    ...(event.date ? { date_source: event.date.source } : {}),
    actor: event.actors.map(entityOf),
    recipient: event.recipients.map(entityOf),
    event: [event.type],
    mode: event.mode ? [event.mode] : [],
    context: auxiliaryContext(event),
    ...(event.location ? { event_loc: { extracted_place: event.location.name, ...(event.location.country ? { country_code: event.location.country } : {}), start: event.location.start, end: event.location.end } } : {}),
    event_text: [doc.text.slice(event.trigger.start, event.trigger.end)],
    quad_code: event.quadClass,
    ...(score !== undefined ? { event_scale: score } : {}),
    link: `${article.id}:${event.cluster}`,
    text_info: { sequence, start: event.sentence.start, end: event.sentence.end },
    cite_info: {
      corpus: 'newsgraph',
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.source ? { publication: article.source } : {}),
      ...(article.language ? { language: article.language } : {}),
      coder: CODER,
      codebook: CODEBOOK,
    },
    coder: CODER,
    cameo: event.cameo,
    goldstein: event.goldstein,
    trigger: { start: event.trigger.start, end: event.trigger.end },
    attributed_to: event.attributedTo === 'author' ? 'author' : event.attributedTo.name,
    ...(event.attributedTo !== 'author' && event.attributedTo.entity ? { attributed_to_entity: event.attributedTo.entity } : {}),
    ...(event.quote ? { quote: event.quote } : {}),
  };
}

/** PLOVER newline-delimited JSON, one record per event mention, as the PLOVER manual suggests. */
export function eventsToPloverJsonl(docs: readonly DocumentOutput[]): string {
  return docs.flatMap((doc) => doc.events.map((event) => `${JSON.stringify(ploverRecord(doc, event))}\n`)).join('');
}
