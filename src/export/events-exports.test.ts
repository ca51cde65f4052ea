import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toDocumentOutput } from '../doc/doc.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import { findEvents } from '../stages/events/index.ts';
import { COUNTRIES, testDoc } from '../stages/events/test-doc.ts';
import { dayOf, EVENTS_TSV_COLUMNS, eventsToTsv, eventsTsvHeader } from './events-tsv.ts';
import { eventsToPloverJsonl } from './plover-jsonl.ts';
import { findOutputFormat } from './formats.ts';

const TEXT = [
  'Valdorian officials held talks with an Ostravan envoy in Marenport on Tuesday.',
  'The Ostravan army did not attack the border posts, a spokesman said.',
  'Valdoria will lift the blockade if the talks go well.',
].join(' ');

function sample(id = 'sample-1'): DocumentOutput {
  const doc = testDoc(TEXT, [COUNTRIES.valdoria, COUNTRIES.valdorian, COUNTRIES.ostravan, COUNTRIES.marenport], { published: '2024-05-02' });
  return toDocumentOutput({ ...doc, article: { id, published: '2024-05-02', url: 'https://example.org/a', title: 'Talks\tin Marenport' }, events: findEvents(doc) });
}

/** The columns README "Event exports" documents for the TSV, in order. */
const DOCUMENTED_TSV_COLUMNS = [
  'GlobalEventID', 'ArticleID', 'EventClusterID', 'Day', 'DateSource',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor1EntityID', 'Actor1All',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code', 'Actor2EntityID', 'Actor2All',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'PloverType', 'PloverMode',
  'Negated', 'Planned', 'Hypothetical', 'Reported', 'AttributedTo', 'QuoteID', 'ActionGeo_FullName', 'ActionGeo_CountryCode',
  'TriggerText', 'TriggerStart', 'TriggerEnd', 'SentenceStart', 'SentenceEnd', 'SourceURL', 'Rule',
];

const TsvRowSchema = z.object({
  GlobalEventID: z.string().regex(/^.+:v\d+$/),
  EventClusterID: z.string().regex(/^.+:c\d+$/),
  Day: z.string().regex(/^(\d{6}|\d{8})?$/),
  DateSource: z.enum(['text', 'article', '']),
  IsRootEvent: z.enum(['0', '1']),
  EventCode: z.string().regex(/^\d{2,4}$/),
  EventRootCode: z.string().regex(/^\d{2}$/),
  QuadClass: z.enum(['1', '2', '3', '4']),
  GoldsteinScale: z.string().regex(/^-?\d+(\.\d+)?$/),
  PloverType: z.string().regex(/^[A-Z]+$/),
  Negated: z.enum(['0', '1']),
  Planned: z.enum(['0', '1']),
  Hypothetical: z.enum(['0', '1']),
  Reported: z.enum(['0', '1']),
  TriggerStart: z.string().regex(/^\d+$/),
  TriggerEnd: z.string().regex(/^\d+$/),
}).loose();

function parseTsv(tsv: string): Record<string, string>[] {
  const [header, ...lines] = tsv.trimEnd().split('\n');
  const names = header!.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    expect(cells).toHaveLength(names.length);
    return Object.fromEntries(names.map((name, index) => [name, cells[index]!]));
  });
}

describe('the events TSV export', () => {
  it('has exactly the documented columns, in order', () => {
    expect(EVENTS_TSV_COLUMNS.map((column) => column.name)).toEqual(DOCUMENTED_TSV_COLUMNS);
    expect(eventsTsvHeader()).toBe(`${DOCUMENTED_TSV_COLUMNS.join('\t')}\n`);
  });

  it('writes one valid row per event mention, whose trigger offsets slice back to its text', () => {
    const doc = sample();
    const rows = parseTsv(eventsToTsv([doc]));
    expect(rows).toHaveLength(doc.events.length);
    for (const row of rows) {
      expect(TsvRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
      expect(doc.text.slice(Number(row.TriggerStart), Number(row.TriggerEnd))).toBe(row.TriggerText);
    }
  });

  it('writes the header once for many documents and keeps ids unique across them', () => {
    const rows = parseTsv(eventsToTsv([sample('a'), sample('b')]));
    expect(new Set(rows.map((row) => row.GlobalEventID)).size).toBe(rows.length);
  });

  it('carries actors, codes, modality and place', () => {
    const rows = parseTsv(eventsToTsv([sample()]));
    const talks = rows.find((row) => row.TriggerText === 'talks')!;
    expect(talks).toMatchObject({ PloverType: 'CONSULT', Actor1Code: 'VDRGOV', ActionGeo_FullName: 'Marenport', Day: '20240430', DateSource: 'text' });
    const attack = rows.find((row) => row.TriggerText === 'attack')!;
    expect(attack).toMatchObject({ Negated: '1', Reported: '1' });
  });

  it('keeps tabs and line breaks out of cells', () => {
    expect(dayOf('2023-10-01/2023-10-07')).toBe('20231001');
    expect(dayOf('2023-10')).toBe('202310');
    expect(eventsToTsv([sample()]).split('\n').every((line) => !line.includes('\r'))).toBe(true);
  });
});

const PloverEntitySchema = z.object({ code: z.string().length(3), sector: z.string().optional(), entity_text: z.string(), identifier_id: z.string().optional(), start: z.number().optional(), end: z.number().optional() }).strict();
const PloverRecordSchema = z.object({
  id: z.string(),
  has_event: z.literal(true),
  date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).optional(),
  date_source: z.enum(['text', 'article']).optional(),
  actor: z.array(PloverEntitySchema),
  recipient: z.array(PloverEntitySchema),
  event: z.array(z.string().regex(/^[A-Z]+$/)).length(1),
  mode: z.array(z.string()),
  context: z.array(z.enum(['future', 'hypothetical', 'negation'])),
  event_loc: z.object({ extracted_place: z.string(), country_code: z.string().optional(), start: z.number(), end: z.number() }).strict().optional(),
  event_text: z.array(z.string()).length(1),
  quad_code: z.number().int().min(1).max(4),
  event_scale: z.number().optional(),
  link: z.string(),
  text_info: z.object({ sequence: z.number().int().nonnegative(), start: z.number(), end: z.number() }).strict(),
  cite_info: z.object({ corpus: z.string(), url: z.string().optional(), title: z.string().optional(), publication: z.string().optional(), language: z.string().optional(), coder: z.string(), codebook: z.string() }).strict(),
  coder: z.string(),
  cameo: z.string().regex(/^\d{2,4}$/),
  goldstein: z.number(),
  trigger: z.object({ start: z.number(), end: z.number() }).strict(),
  attributed_to: z.string(),
  attributed_to_entity: z.string().optional(),
  quote: z.string().optional(),
}).strict();

describe('the PLOVER JSONL export', () => {
  it('writes one record per event mention with exactly the documented fields', () => {
    const doc = sample();
    const lines = eventsToPloverJsonl([doc]).trimEnd().split('\n');
    expect(lines).toHaveLength(doc.events.length);
    for (const line of lines) {
      const parsed = PloverRecordSchema.safeParse(JSON.parse(line));
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))).toBe(true);
    }
  });

  it('puts PLOVER\'s auxiliary modes in context and the cluster in link', () => {
    const records = eventsToPloverJsonl([sample()]).trimEnd().split('\n').map((line) => JSON.parse(line) as { event: string[]; context: string[]; link: string; event_text: string[] });
    expect(records.find((record) => record.event_text[0] === 'attack')!.context).toContain('negation');
    expect(records.find((record) => record.event_text[0] === 'lift')!.context).toEqual(expect.arrayContaining(['future', 'hypothetical']));
    expect(records.every((record) => record.link.startsWith('sample-1:c'))).toBe(true);
  });

  it('is registered as an extract format, as is the TSV', () => {
    expect(findOutputFormat('plover-jsonl')?.render(sample(), { terminal: false })).toBe(eventsToPloverJsonl([sample()]));
    expect(findOutputFormat('events-tsv')?.header?.()).toBe(eventsTsvHeader());
  });
});
