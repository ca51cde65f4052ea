import type { DocumentOutput } from '../doc/schema/document.ts';
import type { ActorRef, NewsEvent } from '../doc/schema/event.ts';
import { mainEvent } from '../stages/events/main-event.ts';

interface EventRow {
  readonly doc: DocumentOutput;
  readonly event: NewsEvent;
  readonly isRoot: boolean;
}

/** One documented column of the events TSV. */
export interface TsvColumn {
  readonly name: string;
  readonly describe: string;
  readonly value: (row: EventRow) => string;
}

const flag = (value: boolean): string => (value ? '1' : '0');

/** "2023-10-26" -> "20231026"; a month stays a month ("202310"); an interval gives its start. */
export function dayOf(value: string | undefined): string {
  if (!value) return '';
  return value.split('/')[0]!.split('T')[0]!.replace(/-/g, '');
}

function actorCode(actor: ActorRef | undefined): string {
  if (!actor) return '';
  return actor.actorCode ?? `${actor.country ?? ''}${actor.sector ?? ''}`;
}

function actorColumns(prefix: 'Actor1' | 'Actor2', pick: (event: NewsEvent) => readonly ActorRef[], role: string): TsvColumn[] {
  const first = (row: EventRow) => pick(row.event)[0];
  return [
    { name: `${prefix}Code`, describe: `CAMEO-style actor code (country + sector, e.g. RUSGOV) of the first ${role}`, value: (row) => actorCode(first(row)) },
    { name: `${prefix}Name`, describe: `name of the first ${role} (the entity's canonical name, or the phrase in the text)`, value: (row) => first(row)?.name ?? '' },
    { name: `${prefix}CountryCode`, describe: `ISO 3166-1 alpha-3 country of the first ${role}`, value: (row) => first(row)?.country ?? '' },
    { name: `${prefix}Type1Code`, describe: `sector of the first ${role} (GOV, MIL, REB, ...)`, value: (row) => first(row)?.sector ?? '' },
    { name: `${prefix}EntityID`, describe: `id of the first ${role}'s entity in the document (empty for a phrase such as "Russian officials")`, value: (row) => first(row)?.entity ?? '' },
    { name: `${prefix}All`, describe: `every ${role}, "code:name" joined by ";" ("Russia and Turkiye" is one event with two actors)`, value: (row) => pick(row.event).map((actor) => `${actorCode(actor)}:${actor.name}`).join(';') },
  ];
}

/** The columns, in order; README "Event exports" documents the same list. */
export const EVENTS_TSV_COLUMNS: readonly TsvColumn[] = [
  { name: 'GlobalEventID', describe: 'article id and event id, "article:v3": unique across a corpus', value: (row) => `${row.doc.article.id}:${row.event.id}` },
  { name: 'ArticleID', describe: 'the article id', value: (row) => row.doc.article.id },
  { name: 'EventClusterID', describe: 'article id and cluster id: mentions of one event share it', value: (row) => `${row.doc.article.id}:${row.event.cluster}` },
  { name: 'Day', describe: 'event date as YYYYMMDD (YYYYMM when only the month is known; the start of an interval)', value: (row) => dayOf(row.event.date?.value) },
  { name: 'DateSource', describe: '"text" when a time expression dated it, "article" when the publication date did, empty when neither', value: (row) => row.event.date?.source ?? '' },
  ...actorColumns('Actor1', (event) => event.actors, 'actor'),
  ...actorColumns('Actor2', (event) => event.recipients, 'recipient'),
  { name: 'IsRootEvent', describe: '1 for the main event of its sentence (the one a sentence-level coder would report), else 0', value: (row) => flag(row.isRoot) },
  { name: 'EventCode', describe: 'CAMEO event code (2 to 4 digits)', value: (row) => row.event.cameo },
  { name: 'EventBaseCode', describe: 'CAMEO code cut to 3 digits', value: (row) => row.event.cameo.slice(0, 3) },
  { name: 'EventRootCode', describe: 'CAMEO root (2 digits)', value: (row) => row.event.cameo.slice(0, 2) },
  { name: 'QuadClass', describe: 'GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', value: (row) => String(row.event.quadClass) },
  { name: 'GoldsteinScale', describe: 'Goldstein score of the CAMEO code, -10 to +10', value: (row) => String(row.event.goldstein) },
  { name: 'PloverType', describe: 'PLOVER v2 event type (plus STATEMENT and APPEAL for CAMEO 01 and 02)', value: (row) => row.event.type },
  { name: 'PloverMode', describe: 'PLOVER mode where one applies (phone, visit, aerial, ...)', value: (row) => row.event.mode ?? '' },
  { name: 'Negated', describe: '1 when the text says it did not happen ("did not meet")', value: (row) => flag(row.event.negated) },
  { name: 'Planned', describe: '1 when it is future or in preparation ("will meet", "is being prepared")', value: (row) => flag(row.event.planned) },
  { name: 'Hypothetical', describe: '1 when it is conditional or hypothetical ("if the IDF lifts the siege")', value: (row) => flag(row.event.hypothetical) },
  { name: 'Reported', describe: '1 when it is inside someone\'s statement rather than the author\'s voice', value: (row) => flag(row.event.reported) },
  { name: 'AttributedTo', describe: '"author", or the name of the source whose statement carries the event', value: (row) => (row.event.attributedTo === 'author' ? 'author' : row.event.attributedTo.name) },
  { name: 'QuoteID', describe: 'id of the quote carrying the event, if any', value: (row) => row.event.quote ?? '' },
  { name: 'ActionGeo_FullName', describe: 'where it happened, as named in the text ("Moscow")', value: (row) => row.event.location?.name ?? '' },
  { name: 'ActionGeo_CountryCode', describe: 'ISO 3166-1 alpha-3 country of that place', value: (row) => row.event.location?.country ?? '' },
  { name: 'TriggerText', describe: 'the words that express the event', value: (row) => row.doc.text.slice(row.event.trigger.start, row.event.trigger.end) },
  { name: 'TriggerStart', describe: 'start offset of the trigger in the document text (UTF-16 code units)', value: (row) => String(row.event.trigger.start) },
  { name: 'TriggerEnd', describe: 'end offset (exclusive) of the trigger', value: (row) => String(row.event.trigger.end) },
  { name: 'SentenceStart', describe: 'start offset of the sentence holding the event', value: (row) => String(row.event.sentence.start) },
  { name: 'SentenceEnd', describe: 'end offset (exclusive) of that sentence', value: (row) => String(row.event.sentence.end) },
  { name: 'SourceURL', describe: 'the article URL, if known', value: (row) => row.doc.article.url ?? '' },
  { name: 'Rule', describe: 'the lexicon pattern or rule that produced the event', value: (row) => row.event.rule ?? '' },
];

/** Tabs and line breaks inside a value would break the row: they become spaces. */
function cell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

export function eventsTsvHeader(): string {
  return `${EVENTS_TSV_COLUMNS.map((column) => column.name).join('\t')}\n`;
}

/** The rows of one document's events, without the header. */
export function eventsTsvRows(doc: DocumentOutput): string {
  const roots = new Set<string>();
  const bySentence = new Map<number, NewsEvent[]>();
  for (const event of doc.events) bySentence.set(event.sentence.start, [...(bySentence.get(event.sentence.start) ?? []), event]);
  for (const events of bySentence.values()) {
    const root = mainEvent(events);
    if (root) roots.add(root.id);
  }
  return doc.events
    .map((event) => `${EVENTS_TSV_COLUMNS.map((column) => cell(column.value({ doc, event, isRoot: roots.has(event.id) }))).join('\t')}\n`)
    .join('');
}

/** A GDELT-style events table for any number of documents: one header line, then one line per event mention. */
export function eventsToTsv(docs: readonly DocumentOutput[]): string {
  return eventsTsvHeader() + docs.map(eventsTsvRows).join('');
}
