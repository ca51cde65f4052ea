import type { Doc, Token } from '../../doc/doc.ts';
import type { EntityType, Sector } from '../../doc/schema/entity.ts';
import countries from '../../lexicons/countries.json' with { type: 'json' };
import organisations from '../../lexicons/organisations.json' with { type: 'json' };
import { tokenize } from '../sentences/tokenize.ts';

export interface GazetteerEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly country?: string;
  readonly sector?: Sector;
}

export interface GazetteerMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: GazetteerEntry;
  readonly firstToken: number;
  readonly tokenCount: number;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

function newNode(): TrieNode {
  return { children: new Map() };
}

function addName(root: TrieNode, name: string, entry: GazetteerEntry): void {
  let node = root;
  for (const token of tokenize(name)) {
    const word = name.slice(token.start, token.end);
    let child = node.children.get(word);
    if (!child) {
      child = newNode();
      node.children.set(word, child);
    }
    node = child;
  }
  node.entry ??= entry;
}

function buildTrie(): TrieNode {
  const root = newNode();
  for (const country of countries.countries) {
    const asCountry: GazetteerEntry = { name: country.name, type: 'GPE', country: country.iso3 };
    for (const name of country.names) addName(root, name, asCountry);
    for (const capital of country.capitals) addName(root, capital, { name: capital, type: 'GPE', country: country.iso3 });
    for (const demonym of country.demonyms) addName(root, demonym, { name: demonym, type: 'NORP', country: country.iso3 });
  }
  for (const organisation of organisations.organisations) {
    const entry: GazetteerEntry = {
      name: organisation.name,
      type: organisation.type as EntityType,
      ...(organisation.country ? { country: organisation.country } : {}),
      ...(organisation.sector ? { sector: organisation.sector as Sector } : {}),
    };
    for (const name of organisation.names) addName(root, name, entry);
  }
  return root;
}

const TRIE = buildTrie();

/** Longest case-sensitive matches of lexicon names over the tokens, left to right, never overlapping. */
export function matchGazetteer(doc: Doc, tokens: readonly Token[] = doc.tokens): GazetteerMatch[] {
  const matches: GazetteerMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    let node: TrieNode | undefined = TRIE;
    let best: GazetteerMatch | undefined;
    for (let next = index; next < tokens.length && node; next += 1) {
      const token = tokens[next]!;
      if (next > index && tokens[next - 1]!.sentence !== token.sentence) break;
      node = node.children.get(doc.analysisText.slice(token.start, token.end));
      if (node?.entry) {
        best = { start: tokens[index]!.start, end: token.end, entry: node.entry, firstToken: index, tokenCount: next - index + 1 };
      }
    }
    if (best) {
      matches.push(best);
      index += best.tokenCount;
    } else {
      index += 1;
    }
  }
  return matches;
}
