import type { DocumentOutput } from '../doc/schema/document.ts';
import { eventsTsvHeader, eventsTsvRows } from './events-tsv.ts';
import { eventsToPloverJsonl } from './plover-jsonl.ts';
import { formatReport, PLAIN_STYLE, terminalStyle } from './report.ts';

export interface OutputFormat {
  readonly name: string;
  readonly describe: string;
  /** Renders one document; batch output concatenates the renderings. */
  readonly render: (doc: DocumentOutput, context: { readonly terminal: boolean; readonly columns?: number }) => string;
  /** Printed once before the first document (a table's column names). */
  readonly header?: () => string;
}

/** Output formats of `newsgraph extract --format`; exporters of other layers register here. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  { name: 'report', describe: 'readable report (default on a terminal)', render: (doc, { terminal, columns }) => formatReport(doc, terminal ? terminalStyle(columns) : PLAIN_STYLE) },
  { name: 'json', describe: 'the full document as JSON (default when piped)', render: (doc) => `${JSON.stringify(doc, null, 2)}\n` },
  { name: 'jsonl', describe: 'the full document as one JSON line', render: (doc) => `${JSON.stringify(doc)}\n` },
  { name: 'events-tsv', describe: 'GDELT-style events table, one line per event mention (README "Event exports")', render: (doc) => eventsTsvRows(doc), header: eventsTsvHeader },
  { name: 'plover-jsonl', describe: 'PLOVER JSON lines, one record per event mention (README "Event exports")', render: (doc) => eventsToPloverJsonl([doc]) },
];

export function findOutputFormat(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((format) => format.name === name);
}
