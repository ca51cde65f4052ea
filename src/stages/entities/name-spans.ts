import type { NerType } from './ner-labels.ts';
import type { RecognisedName, SentenceAnalysis } from './recognise.ts';

/** Lowercase words that may sit inside a name ("Bank of England", "Abu Bakr al-Baghdadi", "Ludwig van Beethoven"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'el', 'al', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'y', 'e', "'s", '&', '-', 'upon', 'al-', 'to']);

/** Words an organisation's name may end with before "for"/"of" carries it on ("International Committee for Detained Persons"). */
const CONTINUED_BY_OF = new Set(['Committee', 'Council', 'Institute', 'Centre', 'Center', 'Commission', 'Agency', 'Ministry', 'Office', 'Association', 'Union', 'Organisation', 'Organization', 'Fund', 'Foundation', 'Movement', 'Front', 'Court', 'Bank', 'Board', 'Bureau', 'Department', 'League', 'Federation', 'Society', 'Alliance', 'Party', 'Academy', 'University', 'School', 'College', 'Coalition', 'Network', 'Authority', 'Service', 'Forces', 'Army', 'Corps']);

/** The longest connector, so that longer words are not lowercased to be looked up. */
const LONGEST_CONNECTOR = Math.max(...[...NAME_CONNECTORS].map((connector) => connector.length));

function isConnector(word: string): boolean {
  return word.length <= LONGEST_CONNECTOR && NAME_CONNECTORS.has(word.toLowerCase());
}

function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  // ASCII without a regular expression: most words of English news.
  if (first < 128) return (first >= 65 && first <= 90) || (first >= 48 && first <= 57);
  return /^[\p{Lu}\d]/u.test(word);
}

/**
 * "Lume valley town of Sarnai" is not one name: a name is cut where an ordinary lowercase word
 * stands inside it, and the pieces keep the recogniser's type (the type rules then look at them
 * again); leading and trailing connectors are trimmed.
 */
function splitAtLowercase(sentence: SentenceAnalysis, name: RecognisedName): RecognisedName[] {
  const pieces: RecognisedName[] = [];
  let start = name.start;
  for (let position = name.start; position <= name.end; position += 1) {
    const word = sentence.words[position - sentence.start] ?? '';
    const breaks = position === name.end || (!isCapitalised(word) && !isConnector(word) && /\p{L}/u.test(word));
    if (!breaks) continue;
    let end = position;
    while (start < end && isConnector(sentence.words[start - sentence.start] ?? '')) start += 1;
    while (end > start && isConnector(sentence.words[end - 1 - sentence.start] ?? '')) end -= 1;
    if (end > start) pieces.push({ start, end, type: name.type });
    start = position + 1;
  }
  return pieces;
}

/** "International Committee" + "for" + "Detained Persons": one organisation's name read as two. */
function joinContinuedOrganisations(sentence: SentenceAnalysis, names: readonly RecognisedName[]): RecognisedName[] {
  const joined: RecognisedName[] = [];
  for (const name of names) {
    const previous = joined.at(-1);
    const between = previous ? sentence.words.slice(previous.end - sentence.start, name.start - sentence.start) : [];
    const lastOfPrevious = previous ? sentence.words[previous.end - 1 - sentence.start] ?? '' : '';
    if (previous && previous.type === 'ORG' && between.length === 1 && ['for', 'of', 'on'].includes(between[0]!) && CONTINUED_BY_OF.has(lastOfPrevious)) {
      joined[joined.length - 1] = { start: previous.start, end: name.end, type: 'ORG' as NerType };
      continue;
    }
    joined.push(name);
  }
  return joined;
}

/** The recogniser's names with their edges repaired (see the two rules above). */
export function repairNameSpans(sentence: SentenceAnalysis): RecognisedName[] {
  return joinContinuedOrganisations(sentence, sentence.names.flatMap((name) => splitAtLowercase(sentence, name)));
}
