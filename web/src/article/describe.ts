import type { ActorRef, Attribution, Claim, DocumentOutput, NewsEvent, Quote } from '../../../src/doc/schema/index.ts';

/** Plain-language labels for the side panel and tooltips. */

export function actorNames(actors: readonly ActorRef[]): string {
  return actors.map((actor) => actor.name).join(', ');
}

export function describeEvent(event: NewsEvent): string {
  const actors = actorNames(event.actors) || '(actor not found)';
  const recipients = actorNames(event.recipients);
  return recipients ? `${actors} → ${recipients}` : actors;
}

export function attributionName(attribution: Attribution): string {
  return attribution === 'author' ? 'the author' : attribution.name;
}

const QUALIFIER_WORDS: Record<Claim['qualifier'], string> = {
  exact: '',
  lower: 'at least',
  upper: 'at most',
  approximate: 'about',
  range: '',
};

function formatNumber(value: number | undefined): string {
  return value === undefined ? '?' : value.toLocaleString('en-US');
}

export function describeClaimValue(claim: Claim): string {
  const unit = claim.unit === 'percent' ? '%' : claim.unit ? ` ${claim.unit}` : '';
  if (claim.qualifier === 'range') return `${formatNumber(claim.low)}–${formatNumber(claim.high)}${unit}`;
  const value = claim.value ?? claim.low ?? claim.high;
  const words = claim.qualifierText ?? QUALIFIER_WORDS[claim.qualifier];
  return `${words ? `${words} ` : ''}${formatNumber(value)}${unit}`;
}

export function quoteText(doc: DocumentOutput, quote: Quote): string {
  return doc.text.slice(quote.start, quote.end);
}

export function eventModality(event: NewsEvent): string[] {
  return [
    ...(event.negated ? ['negated'] : []),
    ...(event.planned ? ['planned'] : []),
    ...(event.hypothetical ? ['hypothetical'] : []),
  ];
}
