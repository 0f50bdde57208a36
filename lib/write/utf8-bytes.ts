// A page's text as the UTF-8 bytes the writer thread writes (write-loop.ts).
//
// Node 20's TextEncoder#encodeInto (and Buffer.from(text)) is V8's String::WriteUtf8, a loop
// over one character at a time; buffer.transcode, from the text's UTF-16 units copied into a
// kept buffer (a plain copy), converts in bulk. Callgrind, 1,000 pages of the bench blog
// (mostly CJK, ~7,700 characters each): ~62K instructions a page against ~198K; pages of
// ASCII only: 5.5 against 12.8 a character. ICU refuses a lone surrogate (a text cut inside
// a pair), and a Node built without ICU has no transcode: those texts take encodeInto as
// before, which writes U+FFFD for the lone unit (the bytes Buffer.from would write).
import * as nodeBuffer from 'node:buffer';

const transcode: typeof nodeBuffer.transcode | undefined = (nodeBuffer as Partial<typeof nodeBuffer>).transcode;
const encoder = new TextEncoder();
// Buffers kept between files: the bytes are written before the next file is encoded (writeAt
// is synchronous), so one of each serves them all. A very large text (a big site's search
// index) gets its own, not a scratch the thread would keep at several times its size.
const SCRATCH_MAX = 1 << 23;
let units = Buffer.allocUnsafeSlow(1 << 20);
let scratch = new Uint8Array(1 << 20);

const grown = (size: number, need: number): number => Math.min(SCRATCH_MAX, Math.max(need, size * 2));

/** `text` encoded as UTF-8, lone surrogates as U+FFFD; the view is valid until the next call. */
export function utf8Bytes(text: string): Uint8Array {
  const utf16 = text.length * 2;
  if (transcode !== undefined && utf16 <= SCRATCH_MAX) {
    if (utf16 > units.length) units = Buffer.allocUnsafeSlow(grown(units.length, utf16));
    const length = units.write(text, 0, 'utf16le');
    try {
      return transcode(units.subarray(0, length), 'utf16le', 'utf8');
    } catch {
      // U_INVALID_CHAR_FOUND: a lone surrogate, encoded below
    }
  }
  // At most 3 bytes per UTF-16 unit.
  const most = text.length * 3;
  if (most > SCRATCH_MAX) return Buffer.from(text, 'utf8');
  if (most > scratch.length) scratch = new Uint8Array(grown(scratch.length, most));
  return scratch.subarray(0, encoder.encodeInto(text, scratch).written);
}
