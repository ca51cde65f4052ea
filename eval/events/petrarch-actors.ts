import { readFileSync } from 'node:fs';

/** One actor of the PETRARCH validation dictionary: its names and its codes, some valid only in a date range. */
export interface DictionaryActor {
  readonly names: readonly string[];
  readonly codes: readonly { readonly code: string; readonly from?: string; readonly until?: string }[];
}

/** "950601" (YYMMDD, 1900s) or "19950601" -> "19950601". */
function fullDate(value: string): string {
  return value.length === 6 ? `19${value}` : value;
}

function parseCode(block: string): DictionaryActor['codes'][number] | undefined {
  const match = /^\s*([A-Z0-9+\-#/]{3,})\s*(.*)$/i.exec(block);
  if (!match) return undefined;
  const code = match[1]!.split('/')[0]!.toUpperCase();
  const rest = match[2]!.trim();
  const before = /^<\s*(\d{6,8})/.exec(rest);
  const after = /^>\s*(\d{6,8})/.exec(rest);
  const range = /^(\d{6,8})\s*-\s*(\d{6,8})/.exec(rest);
  if (before) return { code, until: fullDate(before[1]!) };
  if (after) return { code, from: fullDate(after[1]!) };
  if (range) return { code, from: fullDate(range[1]!), until: fullDate(range[2]!) };
  return { code };
}

/**
 * PETR.Validate.actors.txt: "NAME [CODE]" lines, "+ALIAS" lines naming the same actor, and indented
 * "[CODE <date]" blocks for codes restricted to a period. Underscores join the words of a name.
 */
export function readDictionaryActors(file: string): DictionaryActor[] {
  const actors: { names: string[]; codes: DictionaryActor['codes'][number][] }[] = [];
  for (const rawLine of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').replace(/<!?\s*--.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((match) => parseCode(match[1]!)).filter((code): code is NonNullable<typeof code> => code !== undefined);
    const text = line.replace(/\[[^\]]*\]/g, '').trim();
    const current = actors.at(-1);
    if (text.startsWith('+')) {
      current?.names.push(text.slice(1).trim());
    } else if (text.length > 0 && !/^\s/.test(rawLine)) {
      actors.push({ names: [text], codes: [] });
    }
    (text.length > 0 && !text.startsWith('+') ? actors.at(-1) : current)?.codes.push(...codes);
  }
  return actors
    .map((actor) => ({ names: actor.names.map((name) => name.replace(/_+$/, '').replace(/_/g, ' ').trim()).filter((name) => name.length > 1), codes: actor.codes }))
    .filter((actor) => actor.names.length > 0 && actor.codes.length > 0);
}

/** The code an actor has on a date: a restricted code whose range holds the date, else the first unrestricted one. */
export function codeOn(actor: DictionaryActor, date: string | undefined): string {
  const day = date?.replace(/-/g, '');
  const dated = day ? actor.codes.find((code) => (code.from !== undefined || code.until !== undefined) && (!code.from || day >= code.from) && (!code.until || day < code.until)) : undefined;
  return (dated ?? actor.codes.find((code) => code.from === undefined && code.until === undefined) ?? actor.codes[0]!).code;
}
