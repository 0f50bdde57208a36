// `encoding:` other than UTF-8 (read/text-codec.ts): files decoded from the site's encoding,
// rendered outputs encoded back into it, as Jekyll 4.3.1 writes their bytes unconverted.
import { codecFor } from '../../lib/read/text-codec.js';
import { memorySource, renderSite } from '../../lib/index.js';

test.each([
  ['GBK', 'GBK'],
  ['gbk', 'GBK'],
  ['CP936', 'GBK'],
  ['gb2312', 'GB2312'],
  ['sjis', 'Windows-31J'],
  ['shift_jis', 'Shift_JIS'],
  ['latin1', undefined],
  ['ISO8859-1', 'ISO-8859-1'],
  ['cp1252', 'Windows-1252'],
  ['utf-8', undefined],
  ['bom|utf-8', undefined],
  ['EUC-TW', undefined],
])('codecFor(%s) is Ruby\'s %s', (name, ruby) => {
  expect(codecFor(name)?.name).toBe(ruby);
});

test.each([
  ['GBK', '你好，世界“引号”…'],
  ['Shift_JIS', '日本語のｶﾀｶﾅ、「かぎ」'],
  ['EUC-JP', '日本語'],
  ['EUC-KR', '한국어'],
  ['Big5', '繁體中文'],
  ['ISO-8859-1', 'déjà vu ÿ \u0085'],
  ['Windows-1251', 'Привет'],
  ['KOI8-R', 'Привет'],
])('%s: the text a file decodes to encodes back to its bytes', (name, text) => {
  const codec = codecFor(name)!;
  const bytes = codec.encode(text)!;
  expect(bytes).toBeDefined();
  expect(bytes.some((b) => b >= 0x80)).toBe(true);
  expect(codec.decode(bytes)).toEqual({ ok: true, text });
  expect(Buffer.from(codec.encode(`a${text}\n`)!)).toEqual(Buffer.concat([Buffer.from('a'), Buffer.from(bytes), Buffer.from('\n')]));
});

test('a character the encoding lacks has no bytes', () => {
  expect(codecFor('ISO-8859-1')!.encode('’')).toBeUndefined();
  expect(codecFor('GBK')!.encode('😀')).toBeUndefined();
  expect(codecFor('GBK')!.encode('plain ASCII')).toEqual(Buffer.from('plain ASCII'));
});

test('bytes the encoding does not hold: invalid byte sequence in <Ruby\'s name>, on their line', () => {
  expect(codecFor('gbk')!.decode(Buffer.from('a\nb \x81\n', 'latin1'))).toEqual({ ok: false, reason: 'invalid byte sequence in GBK', line: 2 });
});

const gbk = (text: string): Uint8Array => codecFor('GBK')!.encode(text)!;

test('a GBK site: pages, layouts and includes read as GBK, Liquid counts characters, the output is GBK', async () => {
  const source = memorySource({
    '_config.yml': 'encoding: GBK\n',
    '_layouts/default.html': gbk('<body>布局 {% include nav.html %}{{ content }}</body>\n'),
    '_includes/nav.html': gbk('导航'),
    'index.html': gbk('---\nlayout: default\n---\n{{ "中文" | size }} {{ "中文x" | upcase }}\n'),
    'post.md': gbk('---\n---\nIt\'s <<引>>\n'),
  });
  const result = await renderSite({ source, env: {} });
  const bytes = (path: string): Buffer => Buffer.from(result.files.find((f) => f.path === path)!.contents as Uint8Array);
  expect(bytes('index.html')).toEqual(Buffer.from(gbk('<body>布局 导航2 中文X\n</body>\n')));
  // kramdown writes a character GBK has (’) as itself, one it lacks («) as a reference.
  expect(bytes('post.html')).toEqual(Buffer.from(gbk('<p>It’s &#171;引&#187;</p>\n')));
  expect(result.diagnostics).toEqual([]);
});

test('a post that is not GBK is skipped with Jekyll\'s warning', async () => {
  const source = memorySource({ '_config.yml': 'encoding: GBK\n', '_posts/2020-01-01-bad.md': Buffer.from('---\n---\nbad \x81\n', 'latin1') });
  const result = await renderSite({ source, env: {} });
  expect(result.files).toEqual([]);
  expect(result.diagnostics.map((d) => [d.level, d.message])).toEqual([
    ['error', 'could not read file (memory)/_posts/2020-01-01-bad.md: invalid byte sequence in GBK'],
    ['debug', 'Skipping: _posts/2020-01-01-bad.md is not valid UTF-8'],
  ]);
});

// Ruby's GBK (CP936) has no 0xFF, lead or trail; ICU's decoder reads it as U+F8F5.
test('0xFF is no GBK byte', () => {
  expect(codecFor('gbk')!.decode(Buffer.from('a\n\xd6\xd0 \xff\n', 'latin1'))).toEqual({ ok: false, reason: 'invalid byte sequence in GBK', line: 2 });
});

test('a GBK text with bytes not of it keeps them, and its characters', () => {
  const kept = codecFor('gbk')!.decodeKeeping!(Buffer.from('\xd6\xd0 \x81 \xff \xc3\xa9', 'latin1'));
  expect(kept).toBe('中 \udc81 \udcff 茅');
});

// Convertible#read_yaml and Document#read log the regexp's error and go on with the whole text
// (Jekyll 4.3.1): a page is written byte for byte in its layouts, its Liquid or kramdown stop the build.
test('a page that is not GBK: Jekyll\'s warning, written as it is', async () => {
  const files = {
    '_config.yml': 'encoding: GBK\ndefaults: [{scope: {path: ""}, values: {layout: l}}]\n',
    '_layouts/l.html': Buffer.from('<b>\xd6\xd0</b>{{ content }}', 'latin1'),
    'p.html': Buffer.from('---\n---\n\xd6\xd0 \x81 \xff\n', 'latin1'),
  };
  const result = await renderSite({ source: memorySource(files), env: {} });
  expect(Buffer.from(result.files.find((f) => f.path === 'p.html')!.contents as Uint8Array).toString('latin1')).toBe('<b>\xd6\xd0</b>---\n---\n\xd6\xd0 \x81 \xff\n');
  expect(result.diagnostics.map((d) => [d.level, d.message])).toEqual([['warning', 'Error reading file (memory)/p.html: invalid byte sequence in GBK']]);
  await expect(renderSite({ source: memorySource({ ...files, 'p.html': Buffer.from('---\n---\n\xff {{ x }}\n', 'latin1') }), env: {} })).rejects.toThrow('Liquid Exception: invalid byte sequence in GBK in p.html');
  await expect(renderSite({ source: memorySource({ ...files, 'p.md': Buffer.from('---\n---\n\xff\n', 'latin1') }), env: {} })).rejects.toThrow(
    "Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'p.md': The source text contains invalid characters for the used encoding GBK",
  );
});

// Ruby checks only the shape of a multibyte character (its lead byte and the range of the bytes
// after it); ICU's decoders read more: Big5's HKSCS leads 0x81-0xA0, C1 controls alone in EUC-KR
// and EUC-JP, GBK's characters under GB2312, the euro's 0x80 in GB18030. Jekyll 4.3.1 skips a post
// holding one ("could not read file ...: invalid byte sequence in Big5"), as checked on each.
test.each([
  ['Big5', 'a\n\x80 b'],
  ['Big5', 'a\n\x81\x40'],
  ['CP950', 'a\n\xff'],
  ['EUC-KR', 'a\n\x85'],
  ['CP949', 'a\n\x90'],
  ['GB2312', 'a\n\x81\x40'],
  ['EUC-JP', 'a\n\x85'],
  ['GB18030', 'a\n\x80'],
])('%s: %j is no character of it', (encoding, text) => {
  const name = codecFor(encoding)!.name;
  expect(codecFor(encoding)!.decode(Buffer.from(text, 'latin1'))).toEqual({ ok: false, reason: `invalid byte sequence in ${name}`, line: 2 });
});

test.each([
  ['Big5', '\xa4\xa4\xa4\xe5'],
  ['EUC-KR', '\xb0\xa1'],
  ['CP949', '\x81\x41'],
  ['GB2312', '\xd6\xd0'],
  ['EUC-JP', '\x8e\xb1\xa4\xa2'],
  ['GB18030', '\x81\x30\x81\x30\xd6\xd0'],
  ['Shift_JIS', '\x82\xa0\xb1'],
])('%s: %j reads', (encoding, text) => {
  expect(codecFor(encoding)!.decode(Buffer.from(text, 'latin1')).ok).toBe(true);
});

test('a Big5 post with an HKSCS character is skipped with Jekyll\'s error', async () => {
  const source = memorySource({ '_config.yml': 'encoding: Big5\n', '_posts/2020-01-01-bad.md': Buffer.from('---\n---\nbad \x88\x40\n', 'latin1') });
  const result = await renderSite({ source, env: {}, write: false });
  expect(result.files.map((f) => f.path)).toEqual([]);
  expect(result.diagnostics.filter((d) => d.level === 'error').map((d) => d.message)).toEqual(['could not read file (memory)/_posts/2020-01-01-bad.md: invalid byte sequence in Big5']);
});
