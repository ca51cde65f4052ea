import { describe, expect, it } from 'vitest';
import { guessEncoding } from './guess-encoding.ts';

function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from([...text].map((character) => table.get(character) ?? 0x3f));
}

const RUSSIAN = 'Совет порта собрался в среду, чтобы обсудить ремонт причала и новые тарифы на хранение зерна.';

describe('guessEncoding', () => {
  it('tells KOI8-R from windows-1251 by which reading gives common Russian letters', () => {
    expect(guessEncoding(encode(RUSSIAN, 'koi8-r'))).toMatchObject({ encoding: 'koi8-r', text: RUSSIAN });
    expect(guessEncoding(encode(RUSSIAN, 'windows-1251'))).toMatchObject({ encoding: 'windows-1251', text: RUSSIAN });
  });

  it('recognises Greek and Hebrew single-byte text', () => {
    const greek = 'Το λιμάνι άνοιξε ξανά την Τετάρτη μετά από τρεις εβδομάδες.';
    expect(guessEncoding(encode(greek, 'iso-8859-7'))?.text).toBe(greek);
    const hebrew = 'הנמל נפתח מחדש ביום רביעי אחרי שלושה שבועות של שביתה.';
    expect(guessEncoding(encode(hebrew, 'windows-1255'))?.text).toBe(hebrew);
  });

  it('reads German text in windows-1252', () => {
    const german = 'Die Hafenarbeiter kehren nach drei Wochen Streik an die Kräne zurück, heißt es.';
    expect(guessEncoding(encode(german, 'windows-1252'))?.text).toBe(german);
  });

  it('gives up on bytes that read as no language', () => {
    expect(guessEncoding(Uint8Array.from(Array.from({ length: 300 }, (_, index) => 0x80 + ((index * 37) % 32))))).toBeUndefined();
  });
});
