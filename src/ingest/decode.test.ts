import { describe, expect, it } from 'vitest';
import { charsetOfContentType, decodeBytes, declaredEncoding } from './decode.ts';

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => character.charCodeAt(0)));
}

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const character of text) {
    const code = character.charCodeAt(0);
    bytes.push(...(littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const big = [(code >>> 24) & 0xff, (code >>> 16) & 0xff, (code >>> 8) & 0xff, code & 0xff];
    bytes.push(...(littleEndian ? big.reverse() : big));
  }
  return Uint8Array.from(bytes);
}

describe('decodeBytes', () => {
  it('lets a byte-order mark win over everything else', () => {
    expect(decodeBytes(utf16('Kell Point', true, true), 'x', { encoding: 'windows-1251' })).toMatchObject({ text: 'Kell Point', encoding: 'utf-16le', from: 'bom' });
  });

  it('recognises UTF-16 and UTF-32 without a mark from where the NUL bytes fall', () => {
    expect(decodeBytes(utf16('<rss></rss>', false, false), 'x')).toMatchObject({ text: '<rss></rss>', encoding: 'utf-16be' });
    expect(decodeBytes(utf16('<rss></rss>', true, false), 'x')).toMatchObject({ text: '<rss></rss>', encoding: 'utf-16le' });
    expect(decodeBytes(utf32('<rss>ü</rss>', true), 'x')).toMatchObject({ text: '<rss>ü</rss>', encoding: 'utf-32le' });
    expect(decodeBytes(utf32('<rss>ü</rss>', false), 'x')).toMatchObject({ text: '<rss>ü</rss>', encoding: 'utf-32be' });
  });

  it('follows the XML declaration of a legacy feed', () => {
    expect(decodeBytes(latin1('<?xml version="1.0" encoding="iso-8859-1"?><rss>Caf\u00e9</rss>'), 'x')).toMatchObject({ text: '<?xml version="1.0" encoding="iso-8859-1"?><rss>Café</rss>', from: 'declaration' });
  });

  it('follows <meta charset> in a page', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><body>'), 0xcf, 0xee, 0xf0, 0xf2, ...new TextEncoder().encode('</body></html>')]);
    expect(decodeBytes(bytes, 'x').text).toContain('Порт');
  });

  it('lets the HTTP charset override the document declaration', () => {
    expect(decodeBytes(latin1('<?xml version="1.0" encoding="utf-8"?><rss>\u00e9</rss>'), 'x', { httpCharset: 'iso-8859-1' })).toMatchObject({ text: expect.stringContaining('é'), from: 'http' });
  });

  it('prefers valid UTF-8 to a Latin-1 declaration the bytes contradict', () => {
    const bytes = new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body>Straße</body></html>');
    expect(decodeBytes(bytes, 'x').text).toContain('Straße');
  });

  it('skips an unknown encoding name in a document and reads the bytes as UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('<?xml version="1.0" encoding="bogus"?><rss/>'), 'x').encoding).toBe('utf-8');
  });

  it('refuses an unknown encoding name given by the user', () => {
    expect(() => decodeBytes(new TextEncoder().encode('text'), 'x', { encoding: 'klingon-8' })).toThrow(/unknown encoding "klingon-8"/);
  });

  it('asks for --encoding when guessing is off and the bytes are not UTF-8', () => {
    expect(() => decodeBytes(latin1('Caf\u00e9 talks.'), 'story.txt')).toThrow(/story\.txt: the text is not valid UTF-8 and declares no other encoding — .*--encoding/);
  });

  it('guesses windows-1252 for a Latin-1 pound sign when asked to guess', () => {
    expect(decodeBytes(latin1('Maternity pay will rise by \u00a31,400 a year.'), 'x', { guess: true })).toMatchObject({ text: 'Maternity pay will rise by £1,400 a year.', from: 'guess' });
  });

  it('keeps a UTF-8 page with one stray Latin-1 byte as UTF-8', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Grüße aus München, schöne Straße, '.repeat(3)), 0xe9, ...new TextEncoder().encode(' fin.')]);
    expect(decodeBytes(bytes, 'x', { guess: true }).text).toMatch(/^Grüße aus München.*\uFFFD fin\.$/);
  });
});

describe('declaredEncoding and charsetOfContentType', () => {
  it('read the encoding from an XML declaration, a meta tag and a Content-Type header', () => {
    expect(declaredEncoding(new TextEncoder().encode("<?xml version='1.0' encoding='KOI8-R'?><rss/>"))).toBe('KOI8-R');
    expect(declaredEncoding(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'))).toBe('windows-1250');
    expect(charsetOfContentType('text/xml; charset="us-ascii"')).toBe('us-ascii');
    expect(charsetOfContentType('text/html')).toBeUndefined();
  });
});
