import { createDoc, type Doc } from '../../doc/doc.ts';
import type { Claim } from '../../doc/schema/claim.ts';
import type { Quote } from '../../doc/schema/quote.ts';
import { normalizeStage } from '../normalize/normalize.ts';
import { sentencesStage } from '../sentences/index.ts';
import { timesStage } from '../times/index.ts';
import { claimsStage } from './index.ts';

/**
 * A Doc prepared for the claims stage by hand: text, tokens, sentences and times, with the quotes a
 * test gives (no entity or quote stage runs), so each test isolates one claims rule.
 */
export function docForClaims(text: string, options: { published?: string; quotes?: Quote[] } = {}): Doc {
  let doc = createDoc(text, { id: 'test', published: options.published ?? '2024-03-14' });
  for (const stage of [normalizeStage, sentencesStage, timesStage]) doc = stage.run(doc);
  return claimsStage.run({ ...doc, quotes: options.quotes ?? [] });
}

export function claimsIn(text: string, options: { published?: string; quotes?: Quote[] } = {}): Claim[] {
  return [...docForClaims(text, options).claims];
}

/** The single claim whose text is `span`; fails loudly when it is missing. */
export function claimAt(text: string, span: string, options: { published?: string; quotes?: Quote[] } = {}): Claim & { text: string } {
  const doc = docForClaims(text, options);
  const claim = doc.claims.find((candidate) => doc.text.slice(candidate.start, candidate.end) === span);
  if (!claim) throw new Error(`no claim "${span}" in ${JSON.stringify(text)}; found ${JSON.stringify(doc.claims.map((found) => doc.text.slice(found.start, found.end)))}`);
  return { ...claim, text: span };
}

export function sourceName(claim: Claim): string {
  return claim.source === 'author' ? 'author' : claim.source.name;
}
