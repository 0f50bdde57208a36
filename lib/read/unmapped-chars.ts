// Characters that Ruby's multibyte Strings hold and Node's decoders have no Unicode character
// for: Ruby checks a character's shape only (ruby-multibyte.ts), so Big5's A3C0-A3FE, the unassigned
// cells of Shift_JIS's, EUC-KR's and EUC-JP's rows are characters of a String read with
// File.read(path, encoding:), written back byte for byte, one character each for `size`; only
// String#encode to UTF-8 refuses them (Encoding::UndefinedConversionError, kramdown's adapt_source).
// kyll gives each one a code point of the supplementary private use planes that stands for its
// bytes: U+100000 + the two bytes (lead << 8 | trail), U+F0000 + the last two of EUC-JP's three
// (0x8F, b, c). No decoder of these encodings gives such code points, so encoding them back is exact.

/** A text holds characters that stand for bytes (they have no UTF-8: kramdown refuses them). */
export const UNMAPPED = /[\u{F0000}-\u{10FFFF}]/u;

/** The character standing for the `n` bytes at `i` (two, or EUC-JP's three from 0x8F). */
export function unmappedChar(bytes: Uint8Array, i: number, n: number): string {
  return n === 3 ? String.fromCodePoint(0xf0000 + ((bytes[i + 1]! << 8) | bytes[i + 2]!)) : String.fromCodePoint(0x100000 + ((bytes[i]! << 8) | bytes[i + 1]!));
}

/** The bytes a code point of unmappedChar stands for, or undefined for any other code point. */
export function unmappedBytes(cp: number): readonly number[] | undefined {
  if (cp >= 0x100000) return [(cp >> 8) & 0xff, cp & 0xff];
  if (cp >= 0xf0000) return [0x8f, (cp >> 8) & 0xff, cp & 0xff];
  return undefined;
}

/**
 * `bytes` decoded character by character (their lengths as Ruby reads them: `lengthAt`, all of
 * them characters of its encoding), each one Node's decoder refuses as unmappedChar, unless
 * `known` has it (a character Ruby's encoding has and Node's decoder lacks). Only for a file whose
 * whole decode failed: a few per site at most.
 */
export function decodeByCharacter(
  decode: (part: Uint8Array) => string,
  lengthAt: (bytes: Uint8Array, i: number) => number,
  bytes: Uint8Array,
  known?: ReadonlyMap<number, string>,
): string {
  let out = '';
  let from = 0; // the start of the run of characters not yet decoded
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const n = lengthAt(bytes, i) || 1;
    const char = n === 1 ? undefined : charOf(decode, bytes, i, n, known);
    if (char !== undefined) {
      out += decode(bytes.subarray(from, i)) + char;
      from = i + n;
    }
    i += n;
  }
  return out + decode(bytes.subarray(from));
}

// The character Node's decoder does not read (undefined when it does).
function charOf(decode: (part: Uint8Array) => string, bytes: Uint8Array, i: number, n: number, known: ReadonlyMap<number, string> | undefined): string | undefined {
  try {
    decode(bytes.subarray(i, i + n));
    return undefined;
  } catch {
    const code = n === 2 ? (bytes[i]! << 8) | bytes[i + 1]! : -1;
    return known?.get(code) ?? unmappedChar(bytes, i, n);
  }
}

/** How Ruby's messages show a character's bytes (String#dump): `"\xA3\xC0"`, `"\xF0@"`, `"\x85\\"`. */
export function dumpedBytes(bytes: Iterable<number>): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x22 || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return `"${out}"`;
}
