// Text files as Jekyll reads them: File.read with `encoding: utf-8` gives a
// String that may not be valid UTF-8; the first regexp match on it raises
// ("invalid byte sequence in UTF-8"), and a UTF-16 file cannot be read at all
// ("ASCII incompatible encoding needs binmode"). Node would swap the bad bytes
// for U+FFFD without a word, so the bytes are decoded strictly here.
import type { Source } from '../source/source.js';

// ignoreBOM keeps a UTF-8 byte-order mark in the text, as Ruby's read does.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** The file's text, or why it is not UTF-8 text (in Ruby's words). */
export function readUtf8(source: Source, path: string): DecodedText {
  const bytes = source.readTransient ? source.readTransient(path) : source.readBytes(path);
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return { ok: false, reason: 'ASCII incompatible encoding needs binmode (the file is UTF-16; save it as UTF-8)' };
  try {
    return { ok: true, text: STRICT.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid byte sequence in UTF-8' };
  }
}
