// UTF-8 Strings whose bytes are no UTF-8, as kramdown makes them: a character reference to a
// surrogate or to a code point beyond Unicode (`&#xD800;`, `&#x110000;`) is Ruby's
// `[code_point].pack('U*')`, which encodes any value up to 2**31-1 in UTF-8's pattern (up to six
// bytes) without complaint, and Jekyll writes those bytes. Here they are kept as
// read/decode.ts#decodeKeepingBytes keeps bytes (one lone U+DC80-U+DCFF each), so that the
// output is written byte for byte (render/outputs.ts). Unlike base64_decode's binary Strings
// (binary-text.ts) they are UTF-8 to Ruby: they join other UTF-8 text without complaint.

// How many such texts this thread made: until one is, no output is scanned for kept bytes.
let made = 0;

/** The count of texts with bytes that are no UTF-8 this thread made so far (see noteInvalidUtf8). */
export function invalidUtf8Made(): number {
  return made;
}

/** Notes that this thread made a text with kept bytes that Ruby holds in a UTF-8 String. */
export function noteInvalidUtf8(): void {
  made++;
}

/**
 * Ruby's `[cp].pack('U*')` of a code point UTF-8 has no character for (a surrogate, or beyond
 * U+10FFFF up to 2**31-1), its bytes kept as U+DC80-U+DCFF; null past 2**31-1, where pack
 * raises RangeError (kramdown's `rescue nil`).
 */
export function packedInvalid(cp: number): string | null {
  if (!Number.isSafeInteger(cp) || cp < 0xd800 || (cp > 0xdfff && cp <= 0x10ffff) || cp > 0x7fffffff) return null;
  // the lead byte's marker and the count of continuation bytes, by size
  const extra = cp < 0x10000 ? 2 : cp < 0x200000 ? 3 : cp < 0x4000000 ? 4 : 5;
  const lead = [0, 0, 0xe0, 0xf0, 0xf8, 0xfc][extra]!;
  const bytes = [lead | Math.floor(cp / 2 ** (6 * extra))];
  for (let k = extra - 1; k >= 0; k--) bytes.push(0x80 | (Math.floor(cp / 2 ** (6 * k)) & 0x3f));
  noteInvalidUtf8();
  return String.fromCharCode(...bytes.map((b) => 0xdc00 + b));
}
