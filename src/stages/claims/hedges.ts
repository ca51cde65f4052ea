import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import { clauseAround } from '../times/clauses.ts';
import { tokenIndexAt, type ClaimContext } from './claim-context.ts';

const HEDGE_PHRASES: readonly (readonly string[])[] = numbers.hedges.map((hedge) => hedge.split(' '));
const FIRST_WORDS = new Set(HEDGE_PHRASES.map((phrase) => phrase[0]!));
/** After the number, ", a figure that could not be verified" or ", which may rise" is a comment on it, not its clause. */
const COMMENT_OPENERS = new Set(['which', 'who', 'a', 'an', 'the', 'that', 'although', 'though']);

/** Whether the hedge phrase starts at `index`; "May" the month is not the modal "may". */
function hedgeAt(context: ClaimContext, index: number): boolean {
  const word = context.word(index);
  if (!FIRST_WORDS.has(word)) return false;
  if (word === 'may' && context.raw(index) !== 'may') return false;
  return HEDGE_PHRASES.some((phrase) => phrase.every((part, offset) => context.word(index + offset) === part));
}

/**
 * Whether the claim's clause signals uncertainty: a modal ("there may be"), distance ("reportedly",
 * "allegedly"), an estimate ("it is estimated", "an estimated 3,000") or a fear ("feared dead").
 */
export function isHedged(context: ClaimContext, claimFirst: number, claimLast: number): boolean {
  const { tokens } = context;
  const clause = clauseAround(context.doc, { start: tokens[claimFirst]!.start, end: tokens[claimLast]!.end }, 'major');
  const first = tokenIndexAt(tokens, clause.start);
  let last = tokenIndexAt(tokens, Math.max(clause.start, clause.end - 1));
  for (let index = claimLast + 1; index < last; index += 1) {
    if (context.raw(index) === ',' && COMMENT_OPENERS.has(context.word(index + 1))) {
      last = index;
      break;
    }
  }
  for (let index = first; index <= last; index += 1) if (hedgeAt(context, index)) return true;
  return false;
}
