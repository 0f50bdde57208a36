// A site `encoding:` other than UTF-8, as Jekyll 4.3.1 uses it (Site#configure_file_read_opts):
// pages, posts, documents, layouts, includes and YAML data are read with File.read(path,
// encoding: <it>), Ruby Strings of that encoding, never converted: Liquid's `size` counts their
// characters, kramdown converts them to UTF-8 and its HTML back, and the bytes written are that
// encoding's. kyll decodes them (TextDecoder, Node's WHATWG decoders), renders Unicode text, and
// encodes each rendered output back (encodeText): the same bytes for text that came from the files.
// (Where Jekyll meets non-ASCII text of two encodings in one output, UTF-8 from front matter or
// _data next to the file's own, it stops with "incompatible character encodings: UTF-8 and GBK";
// kyll writes the output in the site's encoding, or all in UTF-8 when a character has no bytes there.)
import { decodeKeepingOthers, type DecodedText } from './decode.js';
import { firstRefusedByte, rubyCharLength } from './ruby-multibyte.js';
import { UNMAPPED, decodeByCharacter, unmappedBytes } from './unmapped-chars.js';

export interface TextCodec {
  /** Ruby's name of the encoding, as its messages print it ("invalid byte sequence in GBK"). */
  readonly name: string;
  decode(bytes: Uint8Array): DecodedText;
  /** The text's bytes in this encoding, or undefined when a character has none. */
  encode(text: string): Uint8Array | undefined;
  /**
   * The characters decoded from bytes that are valid in this encoding but have no Unicode
   * character, which Ruby's String#encode to UTF-8 refuses (Windows-1252's 0x81, 0x8D...).
   */
  readonly untranscodable?: RegExp;
  /**
   * The text of bytes that are not all of this encoding, as Ruby keeps them in a String of it:
   * its characters decoded, every other byte kept as U+DC80-U+DCFF (read/decode.ts#encodeKeptBytes
   * writes them back). Absent: such a file is kept as a UTF-8 one is (decodeKeepingBytes).
   */
  decodeKeeping?(bytes: Uint8Array): string;
}

// Ruby's names (and aliases) → [Ruby's canonical name, the WHATWG label Node decodes it with].
// Ruby's GBK is CP936, its Shift_JIS and Windows-31J both read well through WHATWG's shift_jis
// (Windows-31J), EUC-KR through windows-949, GB2312 (EUC-CN) through gbk: each decodes every
// sequence the Ruby one holds, and encodeText gives back the bytes it decoded.
const NAMES: Record<string, readonly [string, string]> = {};
function alias(ruby: string, label: string, ...others: string[]): void {
  for (const n of [ruby, ...others]) NAMES[n.toLowerCase()] = [ruby, label];
}
alias('GBK', 'gbk', 'CP936');
alias('GB2312', 'gbk', 'EUC-CN', 'eucCN');
alias('GB18030', 'gb18030');
alias('Big5', 'big5', 'CP950');
alias('Big5-HKSCS', 'big5', 'Big5-HKSCS:2008');
alias('Shift_JIS', 'shift_jis');
alias('Windows-31J', 'shift_jis', 'CP932', 'csWindows31J', 'SJIS', 'PCK');
alias('EUC-JP', 'euc-jp', 'eucJP');
alias('eucJP-ms', 'euc-jp', 'euc-jp-ms');
alias('CP51932', 'euc-jp');
alias('EUC-KR', 'euc-kr', 'eucKR');
alias('CP949', 'euc-kr');
alias('ISO-8859-1', 'latin1', 'ISO8859-1');
for (const n of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16]) {
  // WHATWG reads ISO-8859-9 as windows-1254 and ISO-8859-11 as windows-874: supersets of them.
  alias(`ISO-8859-${n}`, n === 9 ? 'windows-1254' : n === 11 ? 'windows-874' : `iso-8859-${n}`, `ISO8859-${n}`);
}
for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8]) alias(`Windows-125${n}`, `windows-125${n}`, `CP125${n}`);
alias('Windows-874', 'windows-874', 'CP874');
alias('TIS-620', 'windows-874');
alias('KOI8-R', 'koi8-r', 'CP878');
alias('KOI8-U', 'koi8-u');
alias('IBM866', 'ibm866', 'CP866');
alias('US-ASCII', 'ascii', 'ASCII', 'ANSI_X3.4-1968', '646');
alias('macRoman', 'macintosh');
alias('macCyrillic', 'x-mac-cyrillic');

/** The codec of an `encoding:` value that is not UTF-8 and that kyll reads; undefined for UTF-8 and for names it cannot read. */
export function codecFor(encoding: unknown): TextCodec | undefined {
  if (typeof encoding !== 'string') return undefined;
  const entry = NAMES[encoding.trim().toLowerCase()];
  return entry ? codec(entry[0], entry[1]) : undefined;
}

/** The site's codec (its `encoding:`), undefined when files are read as UTF-8. */
export function siteCodec(config: Readonly<Record<string, unknown>>): TextCodec | undefined {
  return codecFor(config.encoding);
}

// Ruby's encodings that are not ASCII-compatible (Encoding#ascii_compatible? false), with their
// aliases: File.read(path, encoding: <one>) raises "ASCII incompatible encoding needs binmode"
// whatever the file holds, with or without Jekyll's `bom|`.
const ASCII_INCOMPATIBLE = new Map<string, string>();
for (const [ruby, ...others] of [
  ['UTF-16BE', 'UCS-2BE'],
  ['UTF-16LE'],
  ['UTF-32BE', 'UCS-4BE'],
  ['UTF-32LE', 'UCS-4LE'],
  ['UTF-16'],
  ['UTF-32'],
  ['IBM037', 'ebcdic-cp-us'],
  ['ISO-2022-JP', 'ISO2022-JP'],
  ['ISO-2022-JP-2', 'ISO2022-JP2'],
  ['CP50220'],
  ['CP50221'],
  ['UTF-7', 'CP65000'],
  ['ISO-2022-JP-KDDI'],
] as const) {
  for (const n of [ruby, ...others]) ASCII_INCOMPATIBLE.set(n.toLowerCase(), ruby);
}

/** Ruby's name of an `encoding:` in which Ruby cannot open a text file (UTF-16, UTF-32...), else undefined. */
export function asciiIncompatible(encoding: unknown): string | undefined {
  return typeof encoding === 'string' ? ASCII_INCOMPATIBLE.get(encoding.trim().toLowerCase().replace(/^bom\|/, '')) : undefined;
}

/**
 * The codec pages, posts, documents, layouts and includes are read with (site.file_read_opts):
 * the site's, or, for an `encoding:` Ruby cannot open text in, one that refuses every file as
 * File.read does (Convertible#read_yaml and Document#read log it and go on without the file's text).
 */
export function fileReadCodec(config: Readonly<Record<string, unknown>>): TextCodec | undefined {
  const refused = asciiIncompatible(config.encoding);
  return refused ? refusing(refused) : siteCodec(config);
}

function refusing(name: string): TextCodec {
  return {
    name,
    decode: () => ({ ok: false, reason: 'ASCII incompatible encoding needs binmode', utf16: true }),
    encode: (text) => Buffer.from(text, 'utf8'),
  };
}

type Decoder = { decode(bytes: Uint8Array): string };

const codecs = new Map<string, TextCodec>();
function codec(name: string, label: string): TextCodec {
  let c = codecs.get(name);
  if (!c) codecs.set(name, (c = label === 'latin1' ? latin1(name) : label === 'ascii' ? ascii(name) : label === 'windows-1252' ? windows1252(name) : whatwg(name, label)));
  return c;
}

// Ruby's US-ASCII holds the bytes below 0x80 only (WHATWG has no such decoder: its "ascii" is windows-1252).
function ascii(name: string): TextCodec {
  return {
    name,
    decode: (bytes) => {
      const at = bytes.findIndex((b) => b >= 0x80);
      if (at < 0) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
      return { ok: false, reason: `invalid byte sequence in ${name}`, line: bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1 };
    },
    encode: (text) => (/[^\x00-\x7f]/.test(text) ? undefined : Buffer.from(text, 'latin1')),
  };
}

// Ruby's ISO-8859-1 is Latin-1 itself, every byte a character (WHATWG would read windows-1252).
function latin1(name: string): TextCodec {
  return {
    name,
    decode: (bytes) => ({ ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') }),
    encode: (text) => (/[^\x00-\xff]/.test(text) ? undefined : Buffer.from(text, 'latin1')),
  };
}

// Ruby's Windows-1252: 0x80-0x9F are € ‚ ƒ „ … and the others, where Node 20's TextDecoder('windows-1252')
// reads them as Latin-1's control characters. The five bytes Ruby leaves undefined (0x81, 0x8D, 0x8F,
// 0x90, 0x9D) are valid in its Strings: they stay U+0081... so that they are written back as they were.
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
function windows1252(name: string): TextCodec {
  let table: Map<number, number> | undefined;
  return {
    name,
    untranscodable: /[\x81\x8d\x8f\x90\x9d]/,
    decode: (bytes) => ({
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
    }),
    encode(text) {
      if (!/[^\x00-\x7f]/.test(text)) return Buffer.from(text, 'latin1');
      table ??= new Map([...CP1252_HIGH].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]));
      const out: number[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        const b = cp < 0x80 || (cp >= 0xa0 && cp <= 0xff) ? cp : table.get(cp);
        if (b === undefined) return undefined;
        out.push(b);
      }
      return Uint8Array.from(out);
    },
  };
}

// Characters Ruby's encoding maps to Unicode that Node's decoder refuses (measured against Ruby 3.1
// on every sequence): EUC-KR's A2E6 and A2E7 (KS X 1001:1998's euro and registered signs).
const RUBY_ONLY: Readonly<Record<string, ReadonlyMap<number, string>>> = {
  'EUC-KR': new Map([
    [0xa2e6, '\u20ac'],
    [0xa2e7, '\u00ae'],
  ]),
};

// The private use characters Node's decoder gives for user-defined areas (Big5's FA40-FEFE,
// Shift_JIS's F040-F9FC, EUC-KR's C9A1..., GBK's AAA1... and A140...) that Ruby's encoding has no
// Unicode for (String#encode refuses them), measured against Ruby 3.1 on every sequence; Big5's
// F6B1-F848 are Ruby's too, Windows-31J maps its user-defined area, EUC-JP's decoder gives none.
const UNDEFINED_PRIVATE: Readonly<Record<string, string>> = {
  Big5: '\uE000-\uE310',
  Shift_JIS: '\uE000-\uF8FF',
  'EUC-KR': '\uE000-\uF8FF',
  GBK: '\uE000-\uF8FF',
  GB2312: '\uE000-\uF8FF',
};

function whatwg(name: string, label: string): TextCodec {
  const strict = new TextDecoder(label, { fatal: true });
  // Bytes Ruby's encoding holds no character at, which Node's decoder reads all the same (ICU's GBK
  // reads 0xFF as U+F8F5, its big5 HKSCS's leads, its euc-kr 0x80-0x9F alone): "invalid byte sequence in GBK".
  const shape = rubyCharLength(name);
  const known = RUBY_ONLY[name];
  let table: Map<number, Uint8Array> | undefined;
  return {
    name,
    ...(shape ? { untranscodable: UNDEFINED_PRIVATE[name] ? new RegExp(`[${UNDEFINED_PRIVATE[name]}]|${UNMAPPED.source}`, 'u') : UNMAPPED } : {}),
    decode(bytes) {
      const at = shape === undefined ? -1 : firstRefusedByte(bytes, shape);
      if (at >= 0) return { ok: false, reason: `invalid byte sequence in ${name}`, line: bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1 };
      try {
        return { ok: true, text: strict.decode(bytes) };
      } catch {
        // characters of Ruby's encoding (their shape is) that Node's decoder has no Unicode for
        if (shape) return { ok: true, text: decodeByCharacter((part) => strict.decode(part), shape, bytes, known) };
        return { ok: false, reason: `invalid byte sequence in ${name}`, line: badLine(label, bytes) };
      }
    },
    decodeKeeping: (bytes) => decodeKeeping(strict, shape, bytes),
    encode(text) {
      if (!/[^\x00-\x7f]/.test(text)) return Buffer.from(text, 'latin1');
      table ??= encodingTable(label, known);
      const out: number[] = [];
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x80) {
          out.push(cp);
          continue;
        }
        const bytes = table.get(cp) ?? (shape ? unmappedBytes(cp) : undefined);
        if (!bytes) return undefined;
        for (const b of bytes) out.push(b);
      }
      return Uint8Array.from(out);
    },
  };
}

/**
 * The characters of `bytes` where the decoder reads one from the next one to four bytes, the other
 * bytes kept one by one as U+DC80-U+DCFF (read/decode.ts#decodeKeepingBytes does so for UTF-8).
 * Only for a file that is not of the site's encoding: a few per site at most.
 */
function decodeKeeping(strict: Decoder, shape: ((bytes: Uint8Array, i: number) => number) | undefined, bytes: Uint8Array): string {
  return decodeKeepingOthers(bytes, (part) => strict.decode(part), (all, i) => (shape && shape(all, i) === 0 ? 0 : charLength(strict, all, i)));
}

// The length of the character at `i` (one to four bytes), 0 when no such sequence decodes to one.
function charLength(strict: Decoder, bytes: Uint8Array, i: number): number {
  for (let n = 1; n <= 4 && i + n <= bytes.length; n++) {
    try {
      if (strict.decode(bytes.subarray(i, i + n)).length > 0) return n;
    } catch {
      // not a whole character yet
    }
  }
  return 0;
}

/**
 * Each character's bytes, found by decoding every one-byte sequence, then every two-byte one
 * (and EUC-JP's three-byte ones): the first sequence that decodes to a character is its bytes.
 * Every sequence is followed by a newline, which none of these encodings uses inside a character,
 * so that one decode gives them all.
 */
function encodingTable(label: string, known?: ReadonlyMap<number, string>): Map<number, Uint8Array> {
  const decoder = new TextDecoder(label);
  const table = new Map<number, Uint8Array>();
  for (const [code, ch] of known ?? []) table.set(ch.codePointAt(0)!, Uint8Array.of(code >> 8, code & 0xff));
  const learn = (seqs: number[][]): void => {
    const buf = new Uint8Array(seqs.reduce((n, s) => n + s.length + 1, 0));
    let at = 0;
    for (const s of seqs) buf.set([...s, 0x0a], at), (at += s.length + 1);
    decoder
      .decode(buf)
      .split('\n')
      .forEach((piece, i) => {
        const cp = piece.codePointAt(0);
        if (i >= seqs.length || cp === undefined || cp === 0xfffd || cp < 0x80 || piece.length !== String.fromCodePoint(cp).length) return;
        if (!table.has(cp)) table.set(cp, Uint8Array.from(seqs[i]!));
      });
  };
  const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  learn(range(0x80, 0xff).map((b) => [b]));
  learn(range(0x81, 0xfe).flatMap((lead) => range(0x21, 0xfe).filter((t) => t !== 0x7f).map((t) => [lead, t])));
  if (label === 'euc-jp') learn(range(0xa1, 0xfe).flatMap((b) => range(0xa1, 0xfe).map((c) => [0x8f, b, c])));
  return table;
}

/** The line of the first sequence the encoding does not hold, for the error. */
function badLine(label: string, bytes: Uint8Array): number | undefined {
  const text = new TextDecoder(label).decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}
