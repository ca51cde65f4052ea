/** Slots in the table: a power of two, large enough that few words of running text share a slot with a lexicon word. */
const TABLE_SIZE = 1 << 16;
const MASK = TABLE_SIZE - 1;

/** A cheap slot for a word from its length and three of its characters, read without hashing the string. */
function slotOf(word: string): number {
  const length = word.length;
  if (length === 0) return 0;
  return (length * 40503 + word.charCodeAt(0) * 1031 + word.charCodeAt(length >> 1) * 37 + word.charCodeAt(length - 1)) & MASK;
}

/**
 * A pre-filter for the lexicons' word indexes: most words of a news sentence ("the", "of",
 * "minister") begin no trigger, frame or agent form, and this says so from a few character codes,
 * before a Map lookup that would hash every word of every sentence. It never rejects a word it was
 * built from; a word it lets through may still be absent from the index.
 */
export class WordFilter {
  private readonly slots = new Uint8Array(TABLE_SIZE);

  constructor(words: Iterable<string>) {
    for (const word of words) this.slots[slotOf(word)] = 1;
  }

  mayHold(word: string): boolean {
    return this.slots[slotOf(word)] === 1;
  }
}
