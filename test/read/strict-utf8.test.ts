// strictUtf8 (the fast path of readUtf8) gives exactly what the fatal TextDecoder gives, and
// refuses exactly what it refuses, on well-formed and ill-formed UTF-8 alike.
import { strictUtf8 } from '../../lib/read/decode.js';

const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decoder(bytes: Uint8Array): string | undefined {
  try {
    return STRICT.decode(bytes);
  } catch {
    return undefined;
  }
}

const cases: Record<string, number[] | Uint8Array> = {
  empty: [],
  ascii: [...Buffer.from('---\ntitle: x\n---\nhello\n')],
  bom: [0xef, 0xbb, 0xbf, 0x61],
  'bom alone': [0xef, 0xbb, 0xbf],
  latin1: [...Buffer.from('café naïve ÿ')],
  cjk: [...Buffer.from('行业景气上行 机构看好')],
  astral: [...Buffer.from('a😀b𝄞')],
  nul: [0x61, 0x00, 0x62],
  'U+FFFF and U+10FFFF': [...Buffer.from('\uffff\u{10ffff}')],
  'lone continuation': [0x61, 0x80, 0x62],
  'truncated 2-byte': [0x61, 0xc3],
  'truncated 3-byte': [0xe4, 0xb8],
  'truncated 4-byte': [0xf0, 0x9f, 0x98],
  'overlong /': [0xc0, 0xaf],
  'overlong 3-byte': [0xe0, 0x80, 0xaf],
  'encoded surrogate': [0xed, 0xa0, 0x80],
  'above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
  'invalid byte ff': [0x61, 0xff],
  'invalid byte f8': [0xf8, 0x88, 0x80, 0x80, 0x80],
  'bad after good': [...Buffer.from('中文'), 0xe4, 0x41],
};

describe('strictUtf8 against the fatal TextDecoder', () => {
  test.each(Object.entries(cases))('%s', (_name, bytes) => {
    const input = Uint8Array.from(bytes);
    expect(strictUtf8(input)).toBe(decoder(input));
    expect(strictUtf8(Buffer.from(input))).toBe(decoder(input));
  });

  test('a view into a larger buffer reads only its own bytes', () => {
    const whole = Buffer.from('xx中文yy');
    const view = whole.subarray(2, 8);
    expect(strictUtf8(view)).toBe('中文');
    const plain = new Uint8Array(whole.buffer, whole.byteOffset + 2, 6);
    expect(strictUtf8(plain)).toBe('中文');
  });

  test('random bytes: the same text or the same refusal', () => {
    let seed = 42;
    const next = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const alphabet = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0xbb];
    for (let n = 0; n < 3000; n++) {
      const bytes = Uint8Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]!);
      expect(strictUtf8(bytes)).toBe(decoder(bytes));
    }
  });

  test('a large mixed text', () => {
    const text = 'é中a😀\n'.repeat(50_000);
    expect(strictUtf8(Buffer.from(text))).toBe(text);
  });
});
