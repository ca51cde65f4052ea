import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import { clauseAround } from '../times/clauses.ts';
import type { ClaimContext } from './claim-context.ts';

function escapeForPattern(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every hedge but "may", matched in any case; "may" only in lower case, since "May" is also the month. */
const HEDGES = new RegExp(
  `\\b(?:${numbers.hedges.filter((hedge) => hedge !== 'may').sort((a, b) => b.length - a.length).map(escapeForPattern).join('|')})\\b`,
  'i',
);
const MAY = /\bmay\b/;
/** After the number, ", a figure that could not be verified" or ", which may rise" is a comment on it, not its clause. */
const COMMENT = /,\s+(?:which|who|a|an|the|that|although|though)\b/i;
/** ", the ministry said." — a reporting tag closing the sentence. */
const TAG = /^,\s+(?:the|a|an)\s+[^,]{0,60}?\b(?:said|says|estimated|estimates|reported|reports|added|told|warned|claimed|believes|believed)\b[^,]{0,30}$/i;

/**
 * Whether the claim's clause signals uncertainty: a modal ("there may be"), distance ("reportedly",
 * "allegedly"), an estimate ("it is estimated", "an estimated 3,000") or a fear ("feared dead").
 */
export function isHedged(context: ClaimContext, claimFirst: number, claimLast: number): boolean {
  const { tokens, doc } = context;
  const claimEnd = tokens[claimLast]!.end;
  const clause = clauseAround(doc, { start: tokens[claimFirst]!.start, end: claimEnd }, 'major');
  const tail = doc.analysisText.slice(claimEnd, clause.end);
  const found = COMMENT.exec(tail);
  // "…, the Red Crescent estimated." is a tag naming the source, and part of the claim's clause.
  const comment = found && !TAG.test(tail.slice(found.index)) ? found : null;
  const text = doc.analysisText.slice(clause.start, comment ? claimEnd + comment.index : clause.end);
  return HEDGES.test(text) || MAY.test(text);
}
