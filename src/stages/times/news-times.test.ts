import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './news-times.ts';

describe('isWhiteSpace', () => {
  it('agrees with \\s of a regular expression on every UTF-16 code unit', () => {
    const disagreements: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code);
    }
    expect(disagreements).toEqual([]);
  });
});
