import { utf8Bytes } from '../../lib/write/utf8-bytes.js';

// The writer's encoding must give the bytes Buffer.from(text, 'utf8') gives, whichever way it takes.
const same = (text: string): void => {
  expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, 'utf8'))).toBe(true);
};

describe('utf8Bytes', () => {
  it('encodes ASCII, Latin-1, CJK, astral characters and a BOM as UTF-8', () => {
    for (const text of ['', '<p>plain</p>\n', 'café ÿ\u0080', '<p>海关总署预计，人民币汇率</p>', 'x😀y\u{10FFFF}', '\uFEFFabc', '\u0000\uFFFF\uFFFE']) same(text);
  });

  it('writes a lone surrogate as U+FFFD (ICU refuses it: the encodeInto way)', () => {
    for (const text of ['\uD800', 'a\uDC00b', '中\uD83D', '\uDE00\uD83D']) {
      same(text);
      expect(Buffer.from(utf8Bytes(text)).includes(Buffer.from([0xef, 0xbf, 0xbd]))).toBe(true);
    }
  });

  it('encodes texts larger than its kept buffers, and each call anew', () => {
    const big = '<p>段落 paragraph</p>\n'.repeat(300_000); // 6.3M UTF-16 units: past the 8 MB scratch
    same(big);
    const medium = 'é'.repeat(700_000); // grows the kept buffers
    same(medium);
    expect(Buffer.from(utf8Bytes('ab')).toString()).toBe('ab');
    same(`${medium}\uD800`);
  });
});
