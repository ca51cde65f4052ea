import { describe, expect, it } from 'vitest';
import { detokenise } from './detokenize.ts';

describe('detokenise', () => {
  it('attaches punctuation, clitics and brackets the way running text has them', () => {
    expect(detokenise(['Germany', '\'s', 'envoy', '(', 'Ana', 'Rocha', ')', 'said', 'it', 'did', 'n\'t', 'help', ',', 'at', '$', '4', '.']).text)
      .toBe('Germany\'s envoy (Ana Rocha) said it didn\'t help, at $4.');
  });

  it('alternates straight quotes, and opens one at the start of a sentence', () => {
    expect(detokenise(['"', 'We', 'go', ',', '"', 'he', 'said', '.']).text).toBe('"We go," he said.');
    const state = { value: true };
    expect(detokenise(['"', 'Next', 'paragraph', '.'], state).text).toBe('"Next paragraph.');
  });

  it('says where each token landed', () => {
    const { text, offsets } = detokenise(['Talks', 'ended', '.']);
    expect(offsets.map((offset) => text.slice(offset.start, offset.end))).toEqual(['Talks', 'ended', '.']);
  });
});
