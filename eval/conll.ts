import { readFileSync } from 'node:fs';

/** One sentence of a CoNLL-2003 file: words with their POS tags and IOB2 entity tags. */
export interface ConllSentence {
  readonly words: readonly string[];
  readonly posTags: readonly string[];
  readonly entityTags: readonly string[];
}

export interface ConllDocument {
  readonly sentences: readonly ConllSentence[];
}

/** IOB1 ("I-PER" may start an entity) to IOB2 (every entity starts with "B-"). */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((tag, index) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = tags[index - 1] ?? 'O';
    return previous === 'O' || previous.slice(2) !== tag.slice(2) ? `B-${tag.slice(2)}` : tag;
  });
}

/** Reads "WORD POS CHUNK NER" lines; "-DOCSTART-" starts a document, blank lines end sentences. */
export function parseConll(content: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let words: string[] = [];
  let posTags: string[] = [];
  let entityTags: string[] = [];
  const endSentence = () => {
    if (words.length > 0) sentences.push({ words, posTags, entityTags: toIob2(entityTags) });
    words = [];
    posTags = [];
    entityTags = [];
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  for (const line of content.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '') {
      endSentence();
      continue;
    }
    if (columns[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    if (columns.length < 4) throw new Error(`CoNLL line has ${columns.length} columns, expected 4 (WORD POS CHUNK NER): ${JSON.stringify(line)}`);
    words.push(columns[0]!);
    posTags.push(columns[1]!);
    entityTags.push(columns[columns.length - 1]!);
  }
  endDocument();
  return documents;
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export interface TypedSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Entity spans [start, end) in token positions from IOB2 tags. */
export function spansFromTags(tags: readonly string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: { start: number; type: string } | undefined;
  tags.forEach((tag, index) => {
    const continues = open && tag === `I-${open.type}`;
    if (open && !continues) {
      spans.push({ start: open.start, end: index, type: open.type });
      open = undefined;
    }
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !open)) open = { start: index, type: tag.slice(2) };
  });
  if (open) spans.push({ start: open.start, end: tags.length, type: open.type });
  return spans;
}
