/**
 * Rows as a terminal table or as CSV. Both take the same column list, so every query and export
 * prints the same fields whichever the format.
 */

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | boolean | null | undefined;
  /** Widest the column may get in a terminal table; longer cells are cut with an ellipsis. */
  readonly maxWidth?: number;
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim();
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, Math.max(1, width - 1))}…` : text;
}

export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = rows.map((row) => columns.map((column) => cut(cellText(column.value(row)), column.maxWidth ?? 40)));
  const widths = columns.map((column, index) => Math.max(column.header.length, ...cells.map((line) => line[index]!.length)));
  const render = (line: readonly string[]) => line.map((cell, index) => cell.padEnd(widths[index]!)).join('  ').trimEnd();
  return `${[render(columns.map((column) => column.header)), render(widths.map((width) => '─'.repeat(width))), ...cells.map(render)].join('\n')}\n`;
}

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader<T>(columns: readonly Column<T>[]): string {
  return `${columns.map((column) => csvField(column.header)).join(',')}\r\n`;
}

export function csvRow<T>(columns: readonly Column<T>[], row: T): string {
  return `${columns.map((column) => csvField(column.value(row))).join(',')}\r\n`;
}

export function renderCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return csvHeader(columns) + rows.map((row) => csvRow(columns, row)).join('');
}
