// `encoding:` that kyll cannot read (read/text-codec.ts reads the others): kyll reads files as
// UTF-8 and says so once, before the files that are not UTF-8 are reported.
import { encodingWarning } from '../../lib/config/encoding-warning.js';
import { memorySource, renderSite } from '../../lib/index.js';

test.each(['utf-8', 'UTF-8', 'bom|utf-8', 'BOM|UTF-8', 'utf8', 'CP65001', null])('encoding: %s reads as UTF-8: no warning', (encoding) => {
  expect(encodingWarning({ encoding })).toBeUndefined();
});

test.each(['GBK', 'gb2312', 'Shift_JIS', 'ISO-8859-1', 'Windows-1252', 'EUC-JP'])('encoding: %s is read: no warning', (encoding) => {
  expect(encodingWarning({ encoding })).toBeUndefined();
});

// Ruby cannot open text in these at all: every file is refused as Jekyll refuses it (encoding-ascii-incompatible.test.ts).
test.each(['utf-16le', 'bom|utf-16le', 'UTF-32', 'ISO-2022-JP'])('encoding: %s (not ASCII-compatible): no warning', (encoding) => {
  expect(encodingWarning({ encoding })).toBeUndefined();
});

test.each(['EUC-TW', 'utf16', 'foo'])('encoding: %s is not supported', (encoding) => {
  expect(encodingWarning({ encoding })?.message).toMatch(new RegExp(`^encoding: ${encoding.replace('|', '\\|')} is not supported by kyll: files are read as UTF-8`));
});

test('a site in an encoding kyll cannot read is read as UTF-8, the warning before the file\'s', async () => {
  const big5 = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xa7, 0x41, 0xa6, 0x6e, 0x0a]); // ---\n---\n你好 in Big5
  const source = memorySource({ '_config.yml': 'encoding: EUC-TW\n', 'index.html': big5 });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('encoding: EUC-TW is not supported by kyll'), 'Error reading file (memory)/index.html: invalid byte sequence in UTF-8']);
  // Not UTF-8: written as it is, front matter and all (read-undecodable.test.ts).
  expect(Buffer.from(result.files[0]!.contents)).toEqual(Buffer.from(big5));
});
