import type { Attribution } from '../doc/schema/attribution.ts';
import type { Claim } from '../doc/schema/claim.ts';
import type { DocumentOutput } from '../doc/schema/document.ts';
import type { Entity } from '../doc/schema/entity.ts';
import type { NewsEvent } from '../doc/schema/event.ts';
import type { Quote } from '../doc/schema/quote.ts';

export interface ReportStyle {
  readonly heading: (text: string) => string;
  readonly dim: (text: string) => string;
  /** Characters per line; excerpts are cut to fit. */
  readonly width: number;
}

export const PLAIN_STYLE: ReportStyle = { heading: (text) => text, dim: (text) => text, width: 110 };
export const TERMINAL_STYLE: ReportStyle = { heading: (text) => `\u001b[1m${text}\u001b[0m`, dim: (text) => `\u001b[2m${text}\u001b[0m`, width: 110 };

/** The style for a terminal of `columns` characters, without colours when NO_COLOR is set (no-color.org). */
export function terminalStyle(columns: number | undefined, environment: NodeJS.ProcessEnv = process.env): ReportStyle {
  const width = Math.max(60, Math.min(columns ?? 110, 160));
  const colours = environment.NO_COLOR === undefined || environment.NO_COLOR === '';
  return colours ? { ...TERMINAL_STYLE, width } : { ...PLAIN_STYLE, width };
}

/** One line of text, cut with an ellipsis at `limit` characters. */
export function excerpt(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, Math.max(1, limit - 1)).trimEnd()}…` : flat;
}

function slice(doc: DocumentOutput, span: { readonly start: number; readonly end: number }): string {
  return doc.text.slice(span.start, span.end);
}

function codes(entity: Entity | undefined): string {
  if (!entity) return '';
  return [entity.country, entity.sector].filter(Boolean).join(' ');
}

function sourceName(source: Attribution): string {
  return source === 'author' ? 'the author' : source.name;
}

/** Quotes grouped by speaker, in order of each speaker's first quote; quotes with no speaker last. */
function quoteSection(doc: DocumentOutput, style: ReportStyle): string[] {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of doc.quotes) {
    const key = quote.speaker ? quote.speaker.entity ?? `name:${quote.speaker.name}` : '';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), quote]);
  }
  const unknown = bySpeaker.get('');
  bySpeaker.delete('');
  if (unknown) bySpeaker.set('', unknown);
  const lines: string[] = [];
  for (const [key, quotes] of bySpeaker) {
    const speaker = quotes[0]!.speaker;
    const entity = speaker?.entity ? entities.get(speaker.entity) : undefined;
    const label = speaker ? `${speaker.name}${codes(entity) ? style.dim(` (${codes(entity)})`) : ''}` : style.dim('speaker not named');
    lines.push(`  ${label}${key === '' ? '' : style.dim(` · ${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`)}`);
    for (const quote of quotes) {
      const cue = quote.cue ? ` ${slice(doc, quote.cue)}` : '';
      const details = [quote.kind === 'direct' ? '' : quote.kind, quote.reportedBy ? `via ${quote.reportedBy.name}` : ''].filter(Boolean).join(', ');
      const suffixText = `${cue ? ` —${cue}` : ''}${details ? ` (${details})` : ''}`;
      const suffix = suffixText ? style.dim(suffixText) : '';
      const room = style.width - 8 - (cue.length + details.length + 6);
      const body = excerpt(slice(doc, quote), Math.max(30, room));
      lines.push(`    ${quote.kind === 'indirect' ? body : `“${body}”`}${suffix}`);
    }
  }
  return lines;
}

function actorNames(actors: NewsEvent['actors']): string {
  return actors.map((actor) => actor.name).join(', ') || '?';
}

/** Events in text order: date, type, who → whom, the trigger word and what qualifies it. */
function eventSection(doc: DocumentOutput, style: ReportStyle): string[] {
  return doc.events.map((event) => {
    const flags = [
      event.negated && 'negated',
      event.planned && 'planned',
      event.hypothetical && 'hypothetical',
      event.reported && `according to ${sourceName(event.attributedTo)}`,
    ].filter(Boolean);
    const type = `${event.type}${event.mode ? `/${event.mode}` : ''}`;
    const where = event.location ? ` in ${event.location.name}` : '';
    const date = event.date?.value ?? '          ';
    return `  ${style.dim(date.padEnd(10))}  ${type.padEnd(16)} ${actorNames(event.actors)} → ${actorNames(event.recipients)}${where}  «${slice(doc, event.trigger)}»${style.dim(` CAMEO ${event.cameo}, ${event.goldstein >= 0 ? '+' : ''}${event.goldstein}`)}${flags.length > 0 ? ` [${flags.join(', ')}]` : ''}`;
  });
}

const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** The claimed quantity in a form that shows its bounds: "≥ 15", "≤ 200", "30–35", "≈ 40,000". */
export function formatClaimValue(claim: Claim): string {
  const format = (value: number | undefined): string => (value === undefined ? '?' : NUMBER_FORMAT.format(value));
  const unit = claim.unit ? ` ${claim.unit}` : '';
  switch (claim.qualifier) {
    case 'lower':
      return `≥ ${format(claim.low ?? claim.value)}${unit}`;
    case 'upper':
      return `≤ ${format(claim.high ?? claim.value)}${unit}`;
    case 'range':
      return `${format(claim.low)}–${format(claim.high)}${unit}`;
    case 'approximate':
      return `≈ ${format(claim.value)}${unit}`;
    default:
      return `${format(claim.value)}${unit}`;
  }
}

/** Claims grouped by what they count, so the reader sees every number about one thing together. */
function claimSection(doc: DocumentOutput, style: ReportStyle): string[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of doc.claims) {
    const key = claim.counted?.text.toLowerCase() ?? '';
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const uncounted = groups.get('');
  groups.delete('');
  if (uncounted) groups.set('', uncounted);
  return [...groups.entries()].flatMap(([counted, claims]) => [
    `  ${counted === '' ? style.dim('(what is counted not found)') : counted}`,
    ...claims.map((claim) => {
      const value = formatClaimValue(claim).padEnd(12);
      const words = excerpt(slice(doc, claim), 40);
      return `    ${value} ${style.dim(`“${words}”`)} according to ${sourceName(claim.source)}${claim.hedged ? ' (hedged)' : ''}${claim.date ? style.dim(` on ${claim.date}`) : ''}`;
    }),
  ]);
}

function timeSection(doc: DocumentOutput, style: ReportStyle): string[] {
  return doc.times.map((time) => `  ${excerpt(slice(doc, time), 40)} → ${time.value ?? style.dim('not placed on the calendar')}`);
}

const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'OTHER'] as const;

/** Entities by type, most mentioned first. */
function entitySection(doc: DocumentOutput, style: ReportStyle): string[] {
  return ENTITY_TYPES.flatMap((type) => {
    const entities = doc.entities.filter((entity) => entity.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (entities.length === 0) return [];
    const names = entities.map((entity) => `${entity.name}${codes(entity) ? style.dim(` (${codes(entity)})`) : ''}${style.dim(` ×${entity.mentions.length}`)}`);
    return [`  ${type.padEnd(7)} ${names.join('; ')}`];
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A readable summary of one document: who said what, who did what to whom, which numbers, when, who. */
export function formatReport(doc: DocumentOutput, style: ReportStyle = PLAIN_STYLE): string {
  const title = doc.article.title ?? doc.article.id;
  const about = [doc.article.published && `published ${doc.article.published}`, doc.article.source, doc.article.url].filter(Boolean).join(' · ');
  const counts = [
    plural(doc.sentences.length, 'sentence'),
    plural(doc.entities.length, 'entity').replace('entitys', 'entities'),
    plural(doc.quotes.length, 'quote'),
    plural(doc.events.length, 'event'),
    plural(doc.claims.length, 'claim'),
    plural(doc.times.length, 'time'),
  ].join(' · ');
  const sections: Array<[string, string[]]> = [
    ['WHO SAID WHAT', quoteSection(doc, style)],
    ['WHO DID WHAT TO WHOM', eventSection(doc, style)],
    ['NUMBERS, ACCORDING TO WHOM', claimSection(doc, style)],
    ['WHEN', timeSection(doc, style)],
    ['WHO IS WHO', entitySection(doc, style)],
    ['PROBLEMS WITH THE INPUT', doc.issues.map((issue) => `  ${issue.code}: ${issue.message}`)],
  ];
  const body = sections
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => `${style.heading(heading)}\n${lines.join('\n')}`);
  return [style.heading(title), ...(about ? [style.dim(about)] : []), style.dim(counts), '', ...(body.length > 0 ? [body.join('\n\n'), ''] : [])].join('\n');
}
