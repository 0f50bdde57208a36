// Characters of a valid shape that Node's decoders have no Unicode for (Big5's A3C0-A3FE, the
// unassigned cells of Shift_JIS, EUC-KR and EUC-JP): Ruby's Strings hold them, Jekyll 4.3.1 writes
// them back byte for byte and counts each as one character; only kramdown's conversion to UTF-8
// refuses them, as it refuses the user-defined areas Node decodes to private use characters.
// Messages and outputs below are those of real Jekyll runs (fixtures s52-big5-unmapped-chars and
// s52-euc-kr-unmapped-chars hold whole sites).
import { codecFor } from '../../lib/read/text-codec.js';
import { dumpedBytes } from '../../lib/read/unmapped-chars.js';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

test.each([
  ['Big5', '\xa3\xc0'],
  ['Big5', '\xa3\xfe'],
  ['Shift_JIS', '\x81\xad'],
  ['Windows-31J', '\x81\xad'],
  ['EUC-KR', '\xa2\xe8'],
  ['EUC-JP', '\x8e\xe3'],
  ['EUC-JP', '\xf5\xa1'],
])('%s: %j is one character, written back as its bytes', (encoding, seq) => {
  const codec = codecFor(encoding)!;
  const decoded = codec.decode(bytes(`a${seq}b`));
  expect(decoded.ok).toBe(true);
  const text = (decoded as { text: string }).text;
  expect([...text]).toHaveLength(3);
  expect(Buffer.from(codec.encode(text)!)).toEqual(bytes(`a${seq}b`));
  expect(codec.untranscodable!.test(text)).toBe(true);
});

test("EUC-KR's euro and registered signs, which Node's decoder lacks, are Ruby's € and ®", () => {
  const codec = codecFor('EUC-KR')!;
  expect(codec.decode(bytes('\xa2\xe6\xa2\xe7\xb0\xa1'))).toEqual({ ok: true, text: '€®가' });
  expect(Buffer.from(codec.encode('€®가')!)).toEqual(bytes('\xa2\xe6\xa2\xe7\xb0\xa1'));
});

test('how Ruby shows the bytes in its messages', () => {
  expect(dumpedBytes([0xa3, 0xc0])).toBe('"\\xA3\\xC0"');
  expect(dumpedBytes([0xf0, 0x40])).toBe('"\\xF0@"');
  expect(dumpedBytes([0x85, 0x5c])).toBe('"\\x85\\\\"');
});

test.each([
  ['Big5', '\xa3\xc0', '"\\xA3\\xC0" from Big5 to UTF-8'],
  ['Big5', '\xfa\x40', '"\\xFA@" from Big5 to UTF-8'],
  ['Shift_JIS', '\xf0\x40', '"\\xF0@" from Shift_JIS to UTF-8'],
  ['Shift_JIS', '\x81\xad', '"\\x81\\xAD" from Shift_JIS to UTF-8'],
  ['EUC-KR', '\xc9\xa1', '"\\xC9\\xA1" from EUC-KR to UTF-8'],
  ['EUC-KR', '\xa2\xe8', '"\\xA2\\xE8" from EUC-KR to UTF-8'],
  ['GBK', '\xa1\x40', '"\\xA1@" from GBK to UTF-8'],
  ['EUC-JP', '\xf5\xa1', '"\\xF5\\xA1" from EUC-JP to UTF-8'],
])('%s: %j in a Markdown body stops kramdown (%s)', async (encoding, seq, words) => {
  const source = memorySource({ '_config.yml': `encoding: ${encoding}\n`, 'b.md': bytes(`---\n---\nB[${seq}]\n`) }, '/site');
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toThrow(`Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'b.md': ${words}`);
});

test('in Liquid-only pages they are written back, one character each', async () => {
  const source = memorySource(
    {
      '_config.yml': 'encoding: Big5\n',
      'a.html': bytes('---\n---\nA[\xa3\xc0] {% assign s = "\xa3\xc0" %}{{ s | size }}\n'),
      'd.html': bytes('---\n---\n{% capture x %}D[\xa3\xc0]{% endcapture %}{{ x }}{{ x | size }}\n'),
      // Big5's C840 is Ruby's U+F7AC: kramdown converts it and back
      'e.md': bytes('---\n---\n*\xc8\x40*\n'),
    },
    '/site',
  );
  const result = await renderSite({ source, env: FIXED_ENV });
  const out = (path: string): string => Buffer.from(result.files.find((f) => f.path === path)!.contents as Uint8Array).toString('latin1');
  expect(out('a.html')).toBe('A[\xa3\xc0] 1\n');
  expect(out('d.html')).toBe('D[\xa3\xc0]4\n');
  expect(out('e.html')).toBe('<p><em>\xc8\x40</em></p>\n');
});
