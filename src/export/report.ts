import type { DocumentOutput } from '../doc/schema/document.ts';
import type { Attribution } from '../doc/schema/attribution.ts';
import type { Claim } from '../doc/schema/claim.ts';
import type { Entity } from '../doc/schema/entity.ts';

export interface ReportStyle {
  readonly heading: (text: string) => string;
  readonly dim: (text: string) => string;
}

export const PLAIN_STYLE: ReportStyle = { heading: (text) => text, dim: (text) => text };
export const TERMINAL_STYLE: ReportStyle = { heading: (text) => `\u001b[1m${text}\u001b[0m`, dim: (text) => `\u001b[2m${text}\u001b[0m` };

function excerpt(text: string, limit = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > limit ? `${flat.slice(0, limit - 1)}…` : flat;
}

function actorLabel(entity: Entity | undefined): string {
  if (!entity) return '';
  const code = [entity.country, entity.sector].filter(Boolean).join(' ');
  return code ? ` (${code})` : '';
}

function sourceName(source: Attribution): string {
  return source === 'author' ? 'author' : source.name;
}

function formatClaimValue(claim: Claim, text: string): string {
  return excerpt(text.slice(claim.start, claim.end), 40);
}

function quoteSection(doc: DocumentOutput, style: ReportStyle): string[] {
  const entities = new Map(doc.entities.map((entity) => [entity.id, entity]));
  const bySpeaker = new Map<string, string[]>();
  for (const quote of doc.quotes) {
    const entity = quote.speaker?.entity ? entities.get(quote.speaker.entity) : undefined;
    const speaker = quote.speaker ? `${quote.speaker.name}${actorLabel(entity)}` : '(speaker unknown)';
    const cue = quote.cue ? style.dim(` [${doc.text.slice(quote.cue.start, quote.cue.end)}]`) : '';
    const marks = quote.kind === 'direct' ? ['“', '”'] : ['', ''];
    const lines = bySpeaker.get(speaker) ?? [];
    lines.push(`    ${marks[0]}${excerpt(doc.text.slice(quote.start, quote.end))}${marks[1]}${cue}${quote.kind === 'direct' ? '' : style.dim(` (${quote.kind})`)}`);
    bySpeaker.set(speaker, lines);
  }
  return [...bySpeaker.entries()].flatMap(([speaker, lines]) => [`  ${speaker}`, ...lines]);
}

function eventSection(doc: DocumentOutput): string[] {
  return doc.events.map((event) => {
    const actors = event.actors.map((actor) => actor.name).join(', ') || '?';
    const recipients = event.recipients.map((actor) => actor.name).join(', ') || '?';
    const flags = [event.negated && 'negated', event.planned && 'planned', event.hypothetical && 'hypothetical', event.reported && `per ${sourceName(event.attributedTo)}`]
      .filter(Boolean)
      .join(', ');
    const where = event.location ? ` in ${event.location.name}` : '';
    const when = event.date ? ` on ${event.date.value}` : '';
    return `  ${event.type}${event.mode ? `/${event.mode}` : ''} ${event.cameo} (${event.goldstein >= 0 ? '+' : ''}${event.goldstein}) ${actors} → ${recipients}${where}${when} «${doc.text.slice(event.trigger.start, event.trigger.end)}»${flags ? ` [${flags}]` : ''}`;
  });
}

/** Claims grouped by what they count, so the reader sees every number about one thing together. */
function claimSection(doc: DocumentOutput): string[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of doc.claims) {
    const key = claim.counted?.text.toLowerCase() ?? '(uncounted)';
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.entries()].flatMap(([counted, claims]) => [
    `  ${counted}`,
    ...claims.map((claim) => `    ${formatClaimValue(claim, doc.text)} — ${sourceName(claim.source)}${claim.hedged ? ' (hedged)' : ''}`),
  ]);
}

/** A readable summary of one document for a terminal. */
export function formatReport(doc: DocumentOutput, style: ReportStyle = PLAIN_STYLE): string {
  const title = doc.article.title ?? doc.article.id;
  const counts = `${doc.sentences.length} sentences · ${doc.entities.length} entities · ${doc.quotes.length} quotes · ${doc.events.length} events · ${doc.claims.length} claims · ${doc.times.length} times`;
  const people = doc.entities
    .filter((entity) => entity.type !== 'NORP')
    .map((entity) => `${entity.name} ${style.dim(`${entity.type}${actorLabel(entity)} ×${entity.mentions.length}`)}`);
  const sections: Array<[string, string[]]> = [
    ['WHO SAID WHAT', quoteSection(doc, style)],
    ['WHO DID WHAT TO WHOM', eventSection(doc)],
    ['NUMBERS, ACCORDING TO WHOM', claimSection(doc)],
    ['TIMES', doc.times.map((time) => `  ${doc.text.slice(time.start, time.end)} → ${time.value ?? 'unresolved'}`)],
    ['ENTITIES', people.length > 0 ? [`  ${people.join('; ')}`] : []],
    ['ISSUES', doc.issues.map((issue) => `  ${issue.code}: ${issue.message}`)],
  ];
  const body = sections
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => `${style.heading(heading)}\n${lines.join('\n')}`);
  return [`${style.heading(title)}${doc.article.published ? ` — published ${doc.article.published}` : ''}`, style.dim(counts), '', body.join('\n\n'), ''].join('\n');
}
