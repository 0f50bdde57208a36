// Ruby's binary (ASCII-8BIT) Strings, as base64_decode makes them (Base64.strict_decode64). A
// byte beyond ASCII is kept as a lone low surrogate U+DC80-U+DCFF, the convention of
// read/decode.ts#decodeKeepingBytes, so that Jekyll's output is written byte for byte
// (encodeKeptBytes) and `size`, `slice`, `upcase` see bytes, as Ruby does. What Ruby does with
// such a String next to UTF-8 text beyond ASCII (Encoding::CompatibilityError) is checked where
// Liquid's output is joined (engine.ts) and where kramdown, JSON and slugify read it.
import { encodeKeptBytes, hasKeptBytes } from '../read/decode.js';

// Set once this thread's build has made a binary String with a byte beyond ASCII: until then no
// text is scanned for kept bytes (a build without base64_decode never pays for it). Each build
// starts without it (forgetBinaryTexts): an earlier build's base64_decode must not make a later
// build's kept bytes (a page that is not UTF-8, read/decode.ts) binary to Ruby.
let made = false;

/** Whether a binary String with bytes beyond ASCII was made in this thread's build. */
export function binaryTextsMade(): boolean {
  return made;
}

/** A new build: no binary String made yet (render/prepare-build.ts). */
export function forgetBinaryTexts(): void {
  made = false;
}

/** `bytes` as a binary String: ASCII as text, every other byte as U+DC80-U+DCFF. */
export function binaryText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) out += String.fromCharCode(b);
    else {
      made = true;
      out += String.fromCharCode(0xdc00 + b);
    }
  }
  return out;
}

/** Whether `text` holds bytes of a binary String (only asked once one was made). */
export function holdsBinary(text: string): boolean {
  return made && hasKeptBytes(text);
}

/** The bytes Ruby holds for `text`: UTF-8, with the kept bytes as they are. */
export function rubyBytes(text: string): Uint8Array {
  return holdsBinary(text) ? encodeKeptBytes(text) : Buffer.from(text, 'utf8');
}

const isKept = (c: number, prev: number): boolean => c >= 0xdc80 && c <= 0xdcff && !(prev >= 0xd800 && prev <= 0xdbff);

/**
 * The Encoding::CompatibilityError Ruby raises when a text joins binary bytes beyond ASCII and
 * UTF-8 characters beyond ASCII: Liquid's output buffer takes the encoding of the first such
 * piece it gets (String#<<), and the first piece of the other kind fails, named after it
 * ("incompatible character encodings: UTF-8 and ASCII-8BIT"). Undefined when there is none.
 */
export function incompatibleEncodings(text: string): string | undefined {
  if (!holdsBinary(text)) return undefined;
  let first: boolean | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const kept = isKept(c, i > 0 ? text.charCodeAt(i - 1) : 0) && !(c >= 0xd800 && c <= 0xdbff);
    if (first === undefined) first = kept;
    else if (first !== kept) {
      const name = (binary: boolean): string => (binary ? 'ASCII-8BIT' : 'UTF-8');
      return `incompatible character encodings: ${name(first)} and ${name(kept)}`;
    }
  }
  return undefined;
}

/** The first kept byte of `text`, as kramdown's String#encode names it (`"\xC3"`), or undefined. */
export function firstBinaryByte(text: string): string | undefined {
  if (!holdsBinary(text)) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isKept(c, i > 0 ? text.charCodeAt(i - 1) : 0)) return `"\\x${(c - 0xdc00).toString(16).toUpperCase()}"`;
  }
  return undefined;
}

/**
 * A binary String as the json 2.6 generator reads it (convert_UTF8_to_JSON): its bytes must be
 * UTF-8, else JSON::GeneratorError; they are then written as the characters they spell.
 */
export function binaryAsUtf8ForJson(text: string): string {
  const bytes = encodeKeptBytes(text);
  for (let i = 0; i < bytes.length; ) {
    const extra = TRAILING(bytes[i]!);
    if (i + extra >= bytes.length) throw new Error('partial character in source, but hit end');
    if (!legalUtf8(bytes, i, extra + 1)) throw new Error('source sequence is illegal/malformed utf-8');
    i += extra + 1;
  }
  return Buffer.from(bytes).toString('utf8');
}

// ConvertUTF.c's trailingBytesForUTF8
const TRAILING = (b: number): number => (b < 0xc0 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf8 ? 3 : b < 0xfc ? 4 : 5);

// ConvertUTF.c's isLegalUTF8: the bytes after the first, then the first against the second
function legalUtf8(b: Uint8Array, at: number, length: number): boolean {
  if (length > 4) return false;
  for (let k = length - 1; k >= 1; k--) {
    const c = b[at + k]!;
    if (c < 0x80 || c > 0xbf) return false;
  }
  const first = b[at]!;
  if (length > 1) {
    const second = b[at + 1]!;
    if (first === 0xe0 && second < 0xa0) return false;
    if (first === 0xed && second > 0x9f) return false;
    if (first === 0xf0 && second < 0x90) return false;
    if (first === 0xf4 && second > 0x8f) return false;
  }
  if (first >= 0x80 && first < 0xc2) return false;
  return first <= 0xf4;
}

/**
 * String#gsub/#sub/#+ of a binary String with a UTF-8 argument beyond ASCII: rb_enc_check's
 * "incompatible character encodings: ASCII-8BIT and UTF-8" (the receiver's encoding first).
 */
export function binaryMeetsUtf8(receiver: string, argument: string): string | undefined {
  if (!holdsBinary(receiver)) return undefined;
  return incompatibleEncodings(receiver + argument) ?? undefined;
}
