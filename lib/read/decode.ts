// Text files as Jekyll reads them: File.read with `encoding: utf-8` gives a
// String that may not be valid UTF-8; the first regexp match on it raises
// ("invalid byte sequence in UTF-8"), and a UTF-16 file cannot be read at all
// ("ASCII incompatible encoding needs binmode"). Node would swap the bad bytes
// for U+FFFD without a word, so the bytes are decoded strictly here.
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { KyllError } from '../errors/index.js';
import type { Source } from '../source/source.js';
import type { TextCodec } from './text-codec.js';

// ignoreBOM keeps a UTF-8 byte-order mark in the text, as Ruby's read does.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; readonly line?: number; readonly utf16?: true };

/** The file's text, or why it is not UTF-8 text (in Ruby's words); with a codec, text of the site's other `encoding:`. */
export function readUtf8(source: Source, path: string, codec?: TextCodec): DecodedText {
  return decodeWith(fileBytes(source, path), codec);
}

function fileBytes(source: Source, path: string): Uint8Array {
  return source.readTransient ? source.readTransient(path) : source.readBytes(path);
}

function decodeWith(bytes: Uint8Array, codec: TextCodec | undefined): DecodedText {
  return codec ? codec.decode(bytes) : decodeUtf8(bytes);
}

/** The bytes as UTF-8 text, or why they are not (in Ruby's words). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  // Ruby's words only (the message a user searches for); the hint says why (textOrThrow)
  if (utf16) return { ok: false, reason: 'ASCII incompatible encoding needs binmode', utf16: true };
  const text = strictUtf8(bytes);
  return text === undefined ? { ok: false, reason: 'invalid byte sequence in UTF-8', line: firstBadLine(bytes) } : { ok: true, text };
}

/**
 * STRICT.decode(bytes), or undefined where it throws, in a third of its time. Node 20's
 * TextDecoder checks the bytes with simdutf, then V8 decodes them with its scalar UTF-8
 * decoder, ~50 instructions a byte for CJK text (callgrind: 1.8% of the main thread of a
 * 300-post build of the generated blog, ~14 ms for its 1,000 posts' 3.2 MB). The same check
 * (isUtf8 is simdutf's validate_utf8: exactly the well-formed UTF-8 the fatal decoder
 * accepts), then: ASCII copied as Latin-1; other text converted by ICU to UTF-16
 * (transcode) and copied into a string (V8 keeps it one byte a character when it can, as
 * the decoder does): ~4.5 ms for those 3.2 MB. A BOM is kept either way. Measured
 * (bench/instructions.sh --single-threaded, main thread): 300 posts 2,777M -> 2,719M,
 * 1,000 posts 5,305M -> 5,205M.
 */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(buf)) return buf.toString('latin1');
  if (!isUtf8(buf)) return undefined;
  if (typeof transcode !== 'function') return STRICT.decode(buf); // a Node without ICU
  const wide = transcode(buf, 'utf8', 'ucs2');
  return wide.toString('ucs2');
}

// Pages and collection documents that are not UTF-8 stop Jekyll's build when
// they are rendered ("invalid byte sequence in UTF-8"); here they stop it when read.
// The pages plugins make from static files too (jekyll-optional-front-matter,
// jekyll-readme-index: Jekyll::Page.new reads them the same way).
export function readTextOrThrow(source: Source, path: string, codec?: TextCodec): string {
  return textOrThrow(readUtf8(source, path, codec), path);
}

/**
 * A page's or collection document's text (UTF-8, or the site's `encoding:`). Bytes that are not
 * UTF-8 do not stop the read: Convertible#read_yaml and Document#read_content keep the String,
 * log the regexp's "invalid byte sequence in UTF-8" and go on without front matter; the text
 * keeps those bytes (decodeKeepingBytes) and `unreadable` says why. A file File.read refuses (UTF-16,
 * or any file of a UTF-16 `encoding:`) is read as empty, `refused` saying why. A file not of
 * another `encoding:` stops the build here.
 */
export function readKeepingBytes(source: Source, path: string, codec?: TextCodec): { text: string; unreadable?: { reason: string; line?: number }; refused?: string } {
  const bytes = fileBytes(source, path);
  const decoded = decodeWith(bytes, codec);
  if (decoded.ok) return { text: decoded.text };
  // File.read raised (a UTF-16 file, or a site `encoding:` such as UTF-16LE): the content stays nil
  // and the front matter empty; read_yaml and Document#read log `refused` and go on.
  if (decoded.utf16) return { text: '', refused: decoded.reason };
  // Of another encoding, Ruby's String keeps its characters and the bytes that are not of it
  // (codec.decodeKeeping); US-ASCII's bytes are UTF-8's first 128: a file that is not ASCII is
  // kept as a UTF-8 one is. Either is written back byte for byte (encodeKeptBytes).
  const text = codec?.decodeKeeping ? codec.decodeKeeping(bytes) : decodeKeepingBytes(bytes);
  return { text, unreadable: { reason: decoded.reason, ...(decoded.line === undefined ? {} : { line: decoded.line }) } };
}

/** The decoded text of the file at `path`, or the error that stops the build on it. */
export function textOrThrow(decoded: DecodedText, path: string): string {
  if (decoded.ok) return decoded.text;
  throw new KyllError('INVALID_ENCODING', `Error reading file ${path}: ${decoded.reason}`, { file: path, line: decoded.line }, {
    hint: decoded.utf16 ? 'The file is UTF-16: save it as UTF-8, or move it out of the site.' : 'Save the file as UTF-8, or move it out of the site.',
  });
}

/** The line of the first byte that is not UTF-8 (where the lenient decoder puts its first U+FFFD), for the error. */
function firstBadLine(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const at = text.indexOf('\uFFFD');
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

// A lone low surrogate U+DC80-U+DCFF (not the second half of a pair) stands for one byte of a
// sequence that is not UTF-8, as Python's surrogateescape keeps it.
const KEPT_BYTE = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/;
const KEPT_BYTES = /(?<![\uD800-\uDBFF])[\uDC80-\uDCFF]/g;

/**
 * Bytes that are not all UTF-8 as Ruby keeps them in a String it cannot read as UTF-8: the
 * UTF-8 sequences as text, every other byte as U+DC80-U+DCFF, so that writing the text
 * (encodeKeptBytes) gives the same bytes back. Jekyll writes such a page byte for byte.
 */
export function decodeKeepingBytes(bytes: Uint8Array): string {
  return decodeKeepingOthers(bytes, (b) => STRICT.decode(b), sequenceLength);
}

/**
 * `bytes` decoded by `decode` where `lengthAt` finds a character (its length in bytes, 0 for
 * none) at a byte beyond ASCII, every other byte kept as U+DC80-U+DCFF: decodeKeepingBytes for
 * UTF-8, text-codec.ts for the site's other encodings.
 */
export function decodeKeepingOthers(bytes: Uint8Array, decode: (part: Uint8Array) => string, lengthAt: (bytes: Uint8Array, i: number) => number): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = lengthAt(bytes, i);
    if (length > 0) {
      i += length;
      continue;
    }
    out += decode(bytes.subarray(start, i)) + String.fromCharCode(0xdc00 + bytes[i]!);
    start = ++i;
  }
  return out + decode(bytes.subarray(start));
}

/** Whether `text` holds bytes decodeKeepingBytes kept. */
export function hasKeptBytes(text: string): boolean {
  return KEPT_BYTE.test(text);
}

/**
 * The text as UTF-8, the bytes decodeKeepingBytes kept written back as they were. With `encode`
 * (a site's other `encoding:`, whose files TextCodec#decodeKeeping kept), the text between them in
 * that encoding (in UTF-8 where a character has no bytes there).
 */
export function encodeKeptBytes(text: string, encode?: (text: string) => Uint8Array | undefined): Uint8Array {
  const parts: Uint8Array[] = [];
  const put = (piece: string): void => void parts.push(encode?.(piece) ?? Buffer.from(piece, 'utf8'));
  let start = 0;
  for (const m of text.matchAll(KEPT_BYTES)) {
    put(text.slice(start, m.index));
    parts.push(Buffer.of(m[0].charCodeAt(0) - 0xdc00));
    start = m.index! + 1;
  }
  put(text.slice(start));
  return Buffer.concat(parts);
}

// The length of the well-formed UTF-8 sequence at `i` (RFC 3629's table), 0 when it is not one.
function sequenceLength(b: Uint8Array, i: number): number {
  const lead = b[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [lo, hi] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
