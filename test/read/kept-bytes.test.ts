// Text that is not all UTF-8, kept byte for byte (read/decode.ts#decodeKeepingBytes): Jekyll
// writes such a page's String as it read it.
import { decodeKeepingBytes, encodeKeptBytes, hasKeptBytes } from '../../lib/read/decode.js';

const cases: Array<[string, number[]]> = [
  ['Latin-1', [0x43, 0x61, 0x66, 0xe9, 0x0a]],
  ['a lone continuation byte', [0x80, 0x41]],
  ['an overlong form', [0xc0, 0xaf, 0xe0, 0x80, 0xaf]],
  ['an encoded surrogate', [0xed, 0xa0, 0x80]],
  ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
  ['a sequence cut short at the end', [0x61, 0xe2, 0x82]],
  ['an emoji before a bad byte', [0xf0, 0x9f, 0x98, 0x80, 0xff]],
  ['U+10080 (whose second half is U+DC80) then a bad byte', [0xf0, 0x90, 0x82, 0x80, 0x80]],
  ['valid UTF-8 only', [0xc3, 0xa9, 0xe2, 0x80, 0x99]],
];

test.each(cases)('%s: decoded and written back to the same bytes', (_name, list) => {
  const bytes = Uint8Array.from(list);
  const text = decodeKeepingBytes(bytes);
  expect(Buffer.from(encodeKeptBytes(text))).toEqual(Buffer.from(bytes));
});

test('valid text holds no kept bytes, and reads as UTF-8', () => {
  const text = decodeKeepingBytes(Buffer.from('été 😀 \u{10080}', 'utf8'));
  expect(text).toBe('été 😀 \u{10080}');
  expect(hasKeptBytes(text)).toBe(false);
  expect(hasKeptBytes(decodeKeepingBytes(Uint8Array.from([0x61, 0xe9])))).toBe(true);
});
