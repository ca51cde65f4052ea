/**
 * Turns Penn-Treebank-style tokens back into running text, so that a sentence splitter can be
 * scored on tokenised corpora (CoNLL): "Germany 's" → "Germany's", "( P. Simmons )" → "(P. Simmons)",
 * `" We go , " he said .` → `"We go," he said.` Straight double quotes alternate between opening
 * and closing. Returns the text and where each token landed in it.
 */
export interface Detokenised {
  readonly text: string;
  readonly offsets: ReadonlyArray<{ readonly start: number; readonly end: number }>;
}

const ATTACH_LEFT = new Set(['.', ',', ';', ':', '!', '?', '%', ')', ']', '}', '\'s', '\'S', '\'re', '\'ve', '\'ll', '\'d', '\'m', 'n\'t', 'N\'T', '\'', '...']);
const ATTACH_RIGHT = new Set(['(', '[', '{', '$', '#']);

export function detokenise(words: readonly string[], quoteOpen = { value: false }): Detokenised {
  let text = '';
  const offsets: Array<{ start: number; end: number }> = [];
  let glueNext = true;
  words.forEach((word, index) => {
    let glue = glueNext || ATTACH_LEFT.has(word);
    glueNext = ATTACH_RIGHT.has(word);
    // A quote mark that opens a sentence opens a quotation, whatever came before (a quotation that
    // runs over several paragraphs has no closing mark until its end).
    if (word === '"' && index === 0) quoteOpen.value = false;
    if (word === '"') {
      if (quoteOpen.value) glue = true;
      else glueNext = true;
      quoteOpen.value = !quoteOpen.value;
    }
    if (!glue) text += ' ';
    offsets.push({ start: text.length, end: text.length + word.length });
    text += word;
  });
  return { text, offsets };
}
