import type { Doc, Token } from '../../doc/doc.ts';
import type { Attribution } from '../../doc/schema/attribution.ts';
import type { Claim, Qualifier } from '../../doc/schema/claim.ts';
import { spansOverlap } from '../../doc/span.ts';
import type { Stage } from '../../stage.ts';
import numbers from '../../lexicons/numbers.json' with { type: 'json' };
import { isNumberWord, isScaleWord, parseDigits, parseNumberWords, scaleOf } from './numbers.ts';

interface NumberMention {
  readonly first: number;
  readonly last: number;
  readonly value: number;
}

const QUALIFIERS: ReadonlyArray<{ words: string[]; qualifier: Qualifier }> = (['lower', 'upper', 'approximate'] as const)
  .flatMap((qualifier) => numbers.qualifiers[qualifier].map((phrase) => ({ words: phrase.split(' '), qualifier })))
  .sort((a, b) => b.words.length - a.words.length);

const HEDGES = numbers.hedges;

/** Words that end a counted noun phrase: verbs, prepositions and conjunctions that start the predicate. */
const PHRASE_BREAKS = new Set([
  'have', 'has', 'had', 'are', 'is', 'was', 'were', 'be', 'been', 'among', 'in', 'to', 'from', 'at', 'on', 'as', 'and', 'or', 'but',
  'that', 'who', 'which', 'by', 'for', 'with', 'will', 'would', 'may', 'could', 'since', 'during', 'after', 'before', 'than',
]);

function wordAt(doc: Doc, token: Token | undefined): string {
  return token ? doc.analysisText.slice(token.start, token.end) : '';
}

function readNumberAt(doc: Doc, index: number): NumberMention | null {
  const token = doc.tokens[index]!;
  const word = wordAt(doc, token);
  if (token.kind === 'number') {
    const digits = parseDigits(word);
    if (digits === null) return null;
    const next = doc.tokens[index + 1];
    if (next && isScaleWord(wordAt(doc, next))) return { first: index, last: index + 1, value: digits * scaleOf(wordAt(doc, next)) };
    return { first: index, last: index, value: digits };
  }
  if (token.kind !== 'word' || !isNumberWord(word)) return null;
  let last = index;
  while (last + 1 < doc.tokens.length && (isNumberWord(wordAt(doc, doc.tokens[last + 1])) || wordAt(doc, doc.tokens[last + 1]) === 'and' && isNumberWord(wordAt(doc, doc.tokens[last + 2])))) last += 1;
  const value = parseNumberWords(doc.tokens.slice(index, last + 1).map((part) => wordAt(doc, part)));
  // "one" on its own is usually a pronoun ("one of them"), not a count.
  if (value === null || (index === last && value === 1)) return null;
  return { first: index, last, value };
}

function findQualifier(doc: Doc, first: number): { qualifier: Qualifier; firstToken: number } | undefined {
  for (const candidate of QUALIFIERS) {
    const startIndex = first - candidate.words.length;
    if (startIndex < 0) continue;
    const matches = candidate.words.every((word, offset) => wordAt(doc, doc.tokens[startIndex + offset]).toLowerCase() === word);
    if (matches) return { qualifier: candidate.qualifier, firstToken: startIndex };
  }
  return undefined;
}

function findCounted(doc: Doc, last: number): Claim['counted'] {
  let end = last;
  for (let index = last + 1; index < doc.tokens.length && index <= last + 4; index += 1) {
    const token = doc.tokens[index]!;
    if (token.kind !== 'word' || token.sentence !== doc.tokens[last]!.sentence || PHRASE_BREAKS.has(wordAt(doc, token).toLowerCase())) break;
    end = index;
  }
  if (end === last) return null;
  const start = doc.tokens[last + 1]!.start;
  const endOffset = doc.tokens[end]!.end;
  return { text: doc.text.slice(start, endOffset), start, end: endOffset };
}

function sourceAt(doc: Doc, offset: number): Attribution {
  const quote = doc.quotes.find((candidate) => candidate.start <= offset && offset < candidate.end);
  if (!quote?.speaker) return 'author';
  return { entity: quote.speaker.entity, name: quote.speaker.name, quote: quote.id };
}

function isHedged(doc: Doc, token: Token): boolean {
  const sentence = doc.sentences[token.sentence]!;
  const before = ` ${doc.analysisText.slice(sentence.start, token.start).toLowerCase()} `;
  return HEDGES.some((hedge) => before.includes(` ${hedge} `));
}

/** Years, times and references are not counts ("in 2023", "Exodus 17:14", "Resolution 2334"). */
function isExcluded(doc: Doc, mention: NumberMention): boolean {
  const first = doc.tokens[mention.first]!;
  const span = { start: first.start, end: doc.tokens[mention.last]!.end };
  if (doc.times.some((time) => spansOverlap(time, span))) return true;
  const word = wordAt(doc, first);
  if (/^\d{4}$/.test(word) && mention.value >= 1800 && mention.value <= 2100) return true;
  const previous = wordAt(doc, doc.tokens[mention.first - 1]);
  return /^\p{Lu}/u.test(previous) && /^\d/.test(word) && !/^(At|Some|About|Over|Nearly|Up)$/.test(previous);
}

export function findClaims(doc: Doc): Claim[] {
  const claims: Claim[] = [];
  for (let index = 0; index < doc.tokens.length; index += 1) {
    const mention = readNumberAt(doc, index);
    if (!mention) continue;
    index = mention.last;
    if (isExcluded(doc, mention)) continue;
    const bound = findQualifier(doc, mention.first);
    const startToken = doc.tokens[bound?.firstToken ?? mention.first]!;
    const qualifier = bound?.qualifier ?? 'exact';
    const { value } = mention;
    claims.push({
      id: `c${claims.length + 1}`,
      start: startToken.start,
      end: doc.tokens[mention.last]!.end,
      value,
      ...(qualifier === 'lower' ? { low: value } : qualifier === 'upper' ? { high: value } : {}),
      qualifier,
      ...(bound ? { qualifierText: doc.text.slice(startToken.start, doc.tokens[mention.first - 1]!.end) } : {}),
      counted: findCounted(doc, mention.last),
      source: sourceAt(doc, startToken.start),
      hedged: isHedged(doc, startToken),
      rule: 'number-lexicon',
    });
  }
  return claims;
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'times', 'quotes'],
  assigns: ['claims'],
  run: (doc: Doc): Doc => ({ ...doc, claims: findClaims(doc) }),
};
