import { guessEncoding } from './guess-encoding.ts';
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

/** UTF-16 and UTF-32 without a byte-order mark, told apart by where the NUL bytes of "<" or "<?" fall. */
function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0 && b === 0 && c === 0 && d !== 0) return 'utf-32be';
  if (a !== 0 && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return undefined;
}

function looksBinary(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((candidate) => startsWith(bytes, candidate.bytes));
  if (signature) return signature.name;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) if (byte === 0 || byte < 9 || (byte > 13 && byte < 32)) control += 1;
  // UTF-16/32 text is full of NUL bytes; it is recognised by its byte-order mark or its pattern first.
  return sample.length > 0 && control / sample.length > 0.05 ? 'binary data' : undefined;
}

/** Encoding labels seen in the wild that WHATWG does not know, mapped to one it does (or to UTF-32, decoded here). */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  u16: 'utf-16',
  utf16: 'utf-16',
  'utf-16': 'utf-16',
  ucs2: 'utf-16',
  'ucs-2': 'utf-16',
  u32: 'utf-32',
  utf32: 'utf-32',
  'utf-32': 'utf-32',
  'utf-32le': 'utf-32le',
  'utf-32be': 'utf-32be',
  'ucs-4': 'utf-32',
};

function normaliseLabel(label: string): string {
  const lower = label.trim().toLowerCase().replace(/_/g, '-');
  return LABEL_ALIASES[lower] ?? LABEL_ALIASES[lower.replace(/-/g, '')] ?? lower;
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    parts.push(codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? String.fromCodePoint(codePoint) : '\ufffd');
  }
  return parts.join('');
}

class UnknownEncodingError extends Error {}

/** Decodes with a named encoding; throws UnknownEncodingError for labels nobody knows, TypeError for invalid bytes. */
function decodeWith(label: string, bytes: Uint8Array): { text: string; encoding: string } {
  const name = normaliseLabel(label);
  if (name === 'utf-32' || name === 'utf-32le' || name === 'utf-32be') {
    const littleEndian = name === 'utf-32le' || (name === 'utf-32' && sniffWideEncoding(bytes) !== 'utf-32be');
    return { text: decodeUtf32(bytes, littleEndian), encoding: littleEndian ? 'utf-32le' : 'utf-32be' };
  }
  // A declared "utf-16" without a byte-order mark: the byte pattern says which end comes first.
  const resolved = name === 'utf-16' ? (sniffWideEncoding(bytes) ?? 'utf-16be') : name;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(resolved, { fatal: true });
  } catch {
    throw new UnknownEncodingError(label);
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

/** The encoding named in an XML declaration or an HTML <meta>, read from the ASCII-compatible start. */
export function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta?.[1];
}

/** The charset parameter of an HTTP Content-Type header. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return contentType ? /;\s*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
}

const SINGLE_BYTE_LATIN = /^(windows-125[02]|iso-8859-(1|2|15)|latin1|us-ascii|ascii)$/;

function isNonTrivialUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 with a few stray bytes, as pages assembled from a UTF-8 template and text pasted from a
 * Latin-1 database are: decoded as UTF-8 with the stray bytes replaced, when well-formed multi-byte
 * characters outnumber them ten to one.
 */
function mostlyUtf8(bytes: Uint8Array): string | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let wide = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd) replaced += 1;
    else if (code >= 0x80) wide += 1;
  }
  return wide >= 10 * replaced ? text : undefined;
}

export interface DecodeHints {
  /** The user's --encoding: wins over everything but a byte-order mark. */
  readonly encoding?: string;
  /** The charset of an HTTP Content-Type header: wins over what the document itself declares. */
  readonly httpCharset?: string;
  /** Guess the encoding from the content when nothing usable is declared (ingest does; extract asks the user). */
  readonly guess?: boolean;
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  /** Where the encoding came from. */
  readonly from: 'bom' | 'option' | 'http' | 'pattern' | 'declaration' | 'utf-8' | 'guess';
}

function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const boms: Array<[readonly number[], string]> = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe, 0, 0], 'utf-32le'],
    [[0, 0, 0xfe, 0xff], 'utf-32be'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ];
  for (const [bom, encoding] of boms) {
    if (!startsWith(bytes, bom)) continue;
    const body = bytes.subarray(bom.length);
    // Invalid bytes after a mark: decoded with replacement characters, which the pipeline reports as an issue.
    const text = encoding.startsWith('utf-32') ? decodeUtf32(body, encoding === 'utf-32le') : new TextDecoder(encoding).decode(body);
    return { text, encoding, from: 'bom' };
  }
  return undefined;
}

/**
 * Decodes bytes to text. A byte-order mark wins; then the user's --encoding, the HTTP charset,
 * the UTF-16/32 byte pattern, the XML declaration or <meta charset>, strict UTF-8, and (when asked)
 * a guess from the content. A declaration the bytes contradict is skipped: legacy pages declare
 * iso-8859-1 while serving UTF-8, and the reverse. Undecodable input fails with an InputError.
 */
export function decodeBytes(bytes: Uint8Array, input: string, hints: DecodeHints | string = {}): DecodedText {
  const options: DecodeHints = typeof hints === 'string' ? { encoding: hints } : hints;
  const byBom = decodeByBom(bytes);
  if (byBom) return byBom;
  const wide = sniffWideEncoding(bytes);
  if (!wide) {
    const binary = looksBinary(bytes);
    if (binary) throw new InputError(input, `this is ${binary}, not text`, 'give newsgraph plain text, HTML, an RSS/Atom feed or a .jsonl batch');
  }
  const declared: Array<[string | undefined, DecodedText['from']]> = [
    [options.encoding, 'option'],
    [options.httpCharset, 'http'],
    [wide, 'pattern'],
    [wide ? undefined : declaredEncoding(bytes), 'declaration'],
  ];
  for (const [label, from] of declared) {
    if (!label) continue;
    if (from !== 'option' && SINGLE_BYTE_LATIN.test(normaliseLabel(label)) && isNonTrivialUtf8(bytes)) break;
    try {
      return { ...decodeWith(label, bytes), from };
    } catch (error) {
      if (error instanceof UnknownEncodingError && from === 'option') {
        throw new InputError(input, `unknown encoding "${label}"`, 'name a WHATWG encoding such as utf-8 or windows-1251');
      }
      // An unknown label in the document, or bytes that contradict it: try the next source.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', from: 'utf-8' };
  } catch {
    // not UTF-8: guess below, or ask the user
  }
  if (options.guess) {
    const mostly = mostlyUtf8(bytes);
    if (mostly !== undefined) return { text: mostly, encoding: 'utf-8', from: 'guess' };
  }
  const guess = options.guess ? guessEncoding(bytes) : undefined;
  if (guess) return { text: guess.text, encoding: guess.encoding, from: 'guess' };
  throw new InputError(
    input,
    options.guess ? 'the text is not valid UTF-8 and its encoding cannot be recognised' : 'the text is not valid UTF-8 and declares no other encoding',
    'convert it to UTF-8, or pass --encoding (e.g. windows-1251, iso-8859-1)',
  );
}
