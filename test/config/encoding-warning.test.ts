// `encoding:` other than UTF-8: kyll reads files as UTF-8 and says so once, before the read
// stops at the first file that is not UTF-8 (Jekyll 4.3.1 reads them in that encoding).
import { encodingWarning } from '../../lib/config/encoding-warning.js';
import { memorySource, renderSite } from '../../lib/index.js';

test.each(['utf-8', 'UTF-8', 'bom|utf-8', 'BOM|UTF-8', 'utf8', 'CP65001', null])('encoding: %s reads as UTF-8: no warning', (encoding) => {
  expect(encodingWarning({ encoding })).toBeUndefined();
});

test.each(['GBK', 'Shift_JIS', 'ISO-8859-1', 'bom|utf-16le'])('encoding: %s is not supported', (encoding) => {
  expect(encodingWarning({ encoding })?.message).toMatch(new RegExp(`^encoding: ${encoding.replace('|', '\\|')} is not supported by kyll: files are read as UTF-8`));
});

test('a GBK site stops at its first file, with the warning before the error', async () => {
  const gbk = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]); // ---\n---\n你好 in GBK
  const source = memorySource({ '_config.yml': 'encoding: GBK\n', 'index.html': gbk });
  const error = await renderSite({ source, env: {} }).then(
    () => undefined,
    (e: unknown) => e as { message: string; diagnostics?: ReadonlyArray<{ message: string }> },
  );
  expect(error?.message).toBe('Error reading file index.html: invalid byte sequence in UTF-8');
  expect(error?.diagnostics?.map((d) => d.message)).toEqual([expect.stringContaining('encoding: GBK is not supported by kyll')]);
});
