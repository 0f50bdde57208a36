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

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; readonly line?: number };

/** The file's text, or why it is not UTF-8 text (in Ruby's words); with a codec, text of the site's other `encoding:`. */
export function readUtf8(source: Source, path: string, codec?: TextCodec): DecodedText {
  const bytes = source.readTransient ? source.readTransient(path) : source.readBytes(path);
  return codec ? codec.decode(bytes) : decodeUtf8(bytes);
}

/** The bytes as UTF-8 text, or why they are not (in Ruby's words). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { ok: false, reason: 'ASCII incompatible encoding needs binmode (the file is UTF-16; save it as UTF-8)' };
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

/** The decoded text of the file at `path`, or the error that stops the build on it. */
export function textOrThrow(decoded: DecodedText, path: string): string {
  if (decoded.ok) return decoded.text;
  throw new KyllError('INVALID_ENCODING', `Error reading file ${path}: ${decoded.reason}`, { file: path, line: decoded.line }, {
    hint: 'Save the file as UTF-8, or move it out of the site.',
  });
}

/** The line of the first byte that is not UTF-8 (where the lenient decoder puts its first U+FFFD), for the error. */
function firstBadLine(bytes: Uint8Array): number | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const at = text.indexOf('\uFFFD');
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
