import { InputError } from './input-error.ts';

/** Sniffed from the first bytes: binary formats are refused before any decoding is tried. */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive (or a Word/Excel file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function looksBinary(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return signature.name;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte === 0 || (byte < 9) || (byte > 13 && byte < 32)) control += 1;
  // UTF-16 text is full of NUL bytes but starts with a BOM, which decodeBytes checks first.
  return sample.length > 0 && control / sample.length > 0.05 ? 'binary data' : undefined;
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/**
 * Decodes bytes to text: a byte-order mark wins, then the caller's declared encoding (HTTP header,
 * <meta charset>, XML declaration), then strict UTF-8. Undecodable input fails with an InputError.
 */
export function decodeBytes(bytes: Uint8Array, input: string, declaredEncoding?: string): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const binary = looksBinary(bytes);
  if (binary) throw new InputError(input, `this is ${binary}, not text`, 'give newsgraph plain text, HTML, an RSS/Atom feed or a .jsonl batch');
  if (declaredEncoding) {
    try {
      return { text: new TextDecoder(declaredEncoding, { fatal: true }).decode(bytes), encoding: declaredEncoding.toLowerCase() };
    } catch (error) {
      if (error instanceof RangeError) throw new InputError(input, `unknown encoding "${declaredEncoding}"`, 'name a WHATWG encoding such as utf-8 or windows-1251');
      // The declaration was wrong; fall through to UTF-8.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    throw new InputError(input, 'the text is not valid UTF-8 and declares no other encoding', 'convert it to UTF-8, or pass --encoding (e.g. windows-1251, iso-8859-1)');
  }
}
