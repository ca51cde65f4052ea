import { withLayers, type Doc } from '../../doc/doc.ts';
import type { Claim, Qualifier } from '../../doc/schema/claim.ts';
import type { Span } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import { dateForSpan } from '../times/time-for-span.ts';
import { createClaimContext, type ClaimContext } from './claim-context.ts';
import { findCounted, type CountedFinding, type EarlierClaim } from './counted.ts';
import { isHedged } from './hedges.ts';
import { reasonNotAClaim } from './not-claims.ts';
import { numberStarts, readNumberAt, type NumberMention } from './number-mentions.ts';
import { findPredicate } from './predicate.ts';
import { qualifierAfter, qualifierBefore, type Bound } from './qualifiers.ts';
import { buildSourceIndex, findSource, type SourceFinding, type SourceIndex } from './sources.ts';

/** A number that is a claim, with everything found about it, before the layer is written. */
export interface ClaimFinding {
  readonly first: number;
  readonly last: number;
  readonly mention: NumberMention;
  readonly bounds: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>;
  readonly qualifierText?: string;
  readonly unit?: string;
  readonly counted: CountedFinding;
  readonly predicate: Span | null;
  readonly source: SourceFinding;
  readonly hedged: boolean;
  readonly date?: { value: string; time: string };
}

/** Every number in the text that can be a claim; dates, references, phone numbers and the like are dropped. */
export function findNumberMentions(context: ClaimContext): NumberMention[] {
  const mentions: NumberMention[] = [];
  let consumed = -1;
  for (const index of numberStarts(context)) {
    if (index <= consumed) continue;
    const mention = readNumberAt(context, index);
    if (!mention) continue;
    consumed = mention.last;
    if (reasonNotAClaim(context, mention, context.doc.times) === undefined) mentions.push(mention);
  }
  return mentions;
}

/** "exceed 3,000", "topped 1,000": a verb right before the number says "more than". */
const LOWER_BOUND_VERBS = new Set(['exceed', 'exceeds', 'exceeded', 'exceeding', 'surpass', 'surpassed', 'surpasses', 'surpassing', 'topped', 'tops', 'top', 'topping']);

function boundOfVerbBefore(context: ClaimContext, first: number): Bound | undefined {
  return LOWER_BOUND_VERBS.has(context.word(first - 1)) ? 'lower' : undefined;
}

/** "The survey of 1,000 adults found …": the number describes a study's sample, and the verb after it is the study's. */
function isSampleOf(context: ClaimContext, first: number): boolean {
  return context.word(first - 1) === 'of' && SAMPLE_NOUNS.has(context.word(first - 2));
}
const SAMPLE_NOUNS = new Set(['survey', 'poll', 'study', 'sample', 'census', 'review', 'analysis', 'audit']);

function boundsOf(mention: NumberMention, qualifier: Bound | undefined): ClaimFinding['bounds'] {
  if (mention.shape === 'range') return { low: mention.low!, high: mention.high!, qualifier: 'range' };
  if (mention.shape === 'vague') return { low: mention.low!, high: mention.high!, qualifier: qualifier ?? 'approximate' };
  const value = mention.value!;
  const chosen: Qualifier = qualifier ?? 'exact';
  if (chosen === 'lower') return { value, low: value, qualifier: chosen };
  if (chosen === 'upper') return { value, high: value, qualifier: chosen };
  return { value, qualifier: chosen };
}

function findClaim(context: ClaimContext, mention: NumberMention, earlier: readonly EarlierClaim[], index: SourceIndex): ClaimFinding {
  const { doc, tokens } = context;
  const before = qualifierBefore(context, mention.first);
  const after = before ? undefined : qualifierAfter(context, mention.last);
  // "between 40 and 50", "from 200 to 300": the opening word belongs to the range.
  const opensRange = mention.shape === 'range' && ['between', 'from'].includes(context.word(mention.first - 1));
  const first = before?.edge ?? (opensRange ? mention.first - 1 : mention.first);
  const last = after?.edge ?? mention.last;
  const counted = findCounted(context, { start: first, numeral: mention.numeral, numberLast: mention.last, end: last, ...(mention.unit ? { unit: mention.unit } : {}) }, earlier, doc.times);
  const qualifier = before?.qualifier ?? after?.qualifier ?? counted.impliedBound ?? boundOfVerbBefore(context, first);
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  const unit = mention.unit ?? counted.inheritedUnit;
  const date = dateForSpan(doc, span);
  return {
    first,
    last,
    mention,
    bounds: boundsOf(mention, qualifier),
    ...(before ? { qualifierText: doc.text.slice(span.start, tokens[mention.first - 1]!.end) } : {}),
    ...(after ? { qualifierText: doc.text.slice(tokens[mention.last + 1]!.start, span.end) } : {}),
    ...(unit ? { unit } : {}),
    counted,
    // "The survey of 1,000 adults found that …": a number inside an of-phrase is not the subject of the verb after it.
    predicate: counted.subjectBefore || isSampleOf(context, first) ? null : findPredicate(context, counted.tail, doc.times),
    source: findSource(context, index, first, last),
    hedged: isHedged(context, first, last),
    ...(date ? { date } : {}),
  };
}

/** Finds every claim as plain data, in text order; an elliptical number reads the claims before it. */
export function findClaimFindings(doc: Doc): ClaimFinding[] {
  const context = createClaimContext(doc);
  const index = buildSourceIndex(doc.quotes, doc.entities);
  const findings: ClaimFinding[] = [];
  const earlier: EarlierClaim[] = [];
  for (const mention of findNumberMentions(context)) {
    const finding = findClaim(context, mention, earlier, index);
    findings.push(finding);
    earlier.push({ sentence: context.tokens[mention.first]!.sentence, counted: finding.counted.span, ...(finding.unit ? { unit: finding.unit } : {}) });
  }
  return findings;
}

/** Writes the findings as the claims layer. */
export function toClaims(doc: Doc, findings: readonly ClaimFinding[]): Claim[] {
  return findings.map((finding, position) => {
    const start = doc.tokens[finding.first]!.start;
    const end = doc.tokens[finding.last]!.end;
    const counted = finding.counted.span;
    return {
      id: `c${position + 1}`,
      start,
      end,
      ...finding.bounds,
      ...(finding.qualifierText ? { qualifierText: finding.qualifierText } : {}),
      ...(finding.unit ? { unit: finding.unit } : {}),
      counted: counted ? { text: doc.text.slice(counted.start, counted.end), start: counted.start, end: counted.end } : null,
      ...(finding.predicate ? { predicate: doc.text.slice(finding.predicate.start, finding.predicate.end) } : {}),
      source: finding.source.source,
      hedged: finding.hedged,
      ...(finding.date ? { date: finding.date.value, time: finding.date.time } : {}),
      rule: `${finding.mention.rule}/${finding.counted.rule}/${finding.source.rule}`,
    };
  });
}

export function findClaims(doc: Doc): Claim[] {
  return toClaims(doc, findClaimFindings(doc));
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'entities', 'times', 'quotes'],
  assigns: ['claims'],
  run: (doc: Doc): Doc => withLayers(doc, { claims: findClaims(doc) }),
};
