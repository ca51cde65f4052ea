import fc from 'fast-check';

/**
 * Text generators for property tests. Random code points alone rarely hit the cases that break
 * parsers of news text, so `newsLikeText` joins fragments that do: abbreviations, initials,
 * numbers, every kind of quotation mark, ellipses, list markers, addresses, odd spaces and line
 * ends, astral and combining characters, control characters and lone surrogates.
 */
const FRAGMENTS = [
  'said', 'Marsh', 'the', 'talks', 'They', 'I', 'envoy', 'Ostrava', 'don\'t', 'Reyk\'s', 'O\'Brien', 'two-state', 'AT&T',
  'U.S.', 'E.U.', 'Gen.', 'Mr.', 'Inc.', 'Co.', 'a.m.', 'p.m.', 'J.', 'No.', 'p.', 'Ph.D.', 'Ill.', 'Jan.', 'sat.',
  '9,000', '1.2', '.50', '1990s', '17:14', '2.', '12', '$4', '3.5bn', '50%',
  '.', '!', '?', '?!', '…', '...', '....', '. . .', '. . . .', ',', ';', ':', '—', '--', '-', '–',
  '"', '“', '”', '‘', '’', '\'', '«', '»', '\'\'', '`', '(', ')', '[', ']', '[1]', '[...]', '{', '}',
  '1.', '2.', 'a)', 'b)', '(c)', '•', '⁃', '*',
  'https://example.org/a.', 'www.example.com', 'desk@example.co.uk', 'Rapaport.com',
  '😀', 'é', 'e\u0301', 'ǃ', '．', '。', '！', '\u200B', '\u00AD', 'Ж', '٣', '½', 'N°', '°',
  '\u0000', '\u0007', '\uFFFD', '\uD800', '\uDC00', '\uFEFF',
];

const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u2028', '  ', '\n    ', ' \n'];

export const newsLikeText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((pairs) => pairs.map(([fragment, separator]) => fragment + separator).join(''));

/** Any UTF-16 code units, lone surrogates included. */
const codeUnitText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 80 });

/** Any text: arbitrary code points, arbitrary code units, or news-like fragments. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 1, arbitrary: codeUnitText },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 4, arbitrary: newsLikeText },
);
