// Files that are not UTF-8 text. Real Jekyll 4.3.1 (run on the same files; the
// fixture site read-undecodable holds its output): a post in Latin-1, in
// UTF-16 or with PNG bytes is reported ("could not read file ...: invalid byte
// sequence in UTF-8" / "ASCII incompatible encoding needs binmode") and left
// out; a page or collection document with front matter and invalid bytes is
// reported and written as it is, front matter and all, unless its Liquid runs or
// kramdown converts it (then the build stops); a file without front matter is a
// static file, copied byte for byte.
import { KyllError, memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const LATIN1 = bytes('---\ntitle: x\n---\nCaf', [0xe9], '\n');
const UTF16 = bytes([0xff, 0xfe], Array.from(Buffer.from('---\nt: x\n---\nhi\n', 'utf16le')));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

test('posts that are not UTF-8 are skipped with a warning naming each file', async () => {
  const result = await renderSite({
    source: memorySource({
      '_posts/2021-01-01-latin1.md': LATIN1,
      '_posts/2021-01-02-utf16.md': UTF16,
      '_posts/2021-01-03-png.md': PNG,
      '_posts/2021-01-04-fine.md': '---\ntitle: Fine\n---\nCafé\n',
      'image.md': PNG,
    }),
    env: FIXED_ENV,
  });
  expect(result.files.map((f) => f.path).sort()).toEqual(['2021/01/04/fine.html', 'image.md']);
  expect(Buffer.from(result.files.find((f) => f.path === 'image.md')!.contents)).toEqual(Buffer.from(PNG));
  const warnings = result.diagnostics.filter((d) => d.code === 'INVALID_ENCODING');
  expect(warnings.map((d) => d.file)).toEqual(['_posts/2021-01-01-latin1.md', '_posts/2021-01-02-utf16.md', '_posts/2021-01-03-png.md']);
  expect(warnings[0]!.message).toContain('invalid byte sequence in UTF-8');
  // Ruby's words, as Jekyll logs them (no more: a user searches for them)
  expect(warnings[1]!.message).toBe('could not read file (memory)/_posts/2021-01-02-utf16.md: ASCII incompatible encoding needs binmode');
});

test('a page with invalid UTF-8 stops the build, naming the file', async () => {
  const err = await renderSite({ source: memorySource({ 'latin1.md': LATIN1 }), env: FIXED_ENV }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(KyllError);
  expect(err).toMatchObject({ code: 'INVALID_ENCODING', file: 'latin1.md' });
});

// Jekyll 4.3.1 with jekyll-commonmark 1.4.0: cmark reads the bytes as they are, so the page (its
// front matter unread, "Error reading file ...") converts and is written with its bytes; a byte
// next to `*` or a quote counts as a line end (utf8proc_iterate fails on it), a destination is
// percent-encoded byte for byte. A code block with such bytes stops the build (Rouge's regexps).
describe('markdown: CommonMark (jekyll-commonmark)', () => {
  const config = 'markdown: CommonMark\nplugins: [jekyll-commonmark]\ncommonmark:\n  options: [SMART]\n';
  test('a page with invalid UTF-8 converts, its bytes written as they were', async () => {
    const page = bytes('---\ntitle: x\n---\nCaf', [0xe9], ' *', [0xe9], '*a [l](u', [0xe9], ') x', [0xe9], '"\n');
    const result = await renderSite({ source: memorySource({ '_config.yml': config, 'latin1.md': page }), env: FIXED_ENV });
    const html = Buffer.from(result.files.find((f) => f.path === 'latin1.html')!.contents);
    expect(html).toEqual(bytes('<hr />\n<h2>title: x</h2>\n<p>Caf', [0xe9], ' *', [0xe9], '*a <a href="u%E9">l</a> x', [0xe9], '\u00e2\u0080\u009c</p>\n'));
  });
  test('such bytes in a code block stop the build', async () => {
    const source = memorySource({ '_config.yml': config, 'latin1.md': bytes('---\n---\n```\n', [0xe9], '\n```\n') });
    await expect(renderSite({ source, env: FIXED_ENV })).rejects.toMatchObject({
      file: 'latin1.md',
      message: "Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'latin1.md': invalid byte sequence in UTF-8",
    });
  });
});

test('a collection document with invalid UTF-8 stops the build', async () => {
  const source = memorySource({ '_config.yml': 'collections:\n  things:\n    output: true\n', '_things/a.md': LATIN1 });
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toMatchObject({ code: 'INVALID_ENCODING', file: '_things/a.md' });
});

// Jekyll 4.3.1: "Error reading file plain.html: invalid byte sequence in UTF-8" (Convertible#read_yaml's
// regexp raised before the front matter was taken off), then the page renders with no front matter
// but its defaults' layout, and its bytes are written as they were.
test('an HTML page or document with invalid UTF-8 and no Liquid is written byte for byte, front matter and all', async () => {
  const source = memorySource({
    '_config.yml': 'defaults:\n  - scope: {path: "inlayout.html"}\n    values: {layout: default}\ncollections:\n  things: {output: true}\n',
    '_layouts/default.html': '<main>{{ content }}</main>\n',
    'plain.html': LATIN1,
    'inlayout.html': LATIN1,
    '_things/a.html': LATIN1,
  });
  const result = await renderSite({ source, env: FIXED_ENV });
  const out = (path: string): Buffer => Buffer.from(result.files.find((f) => f.path === path)!.contents);
  expect(out('plain.html')).toEqual(Buffer.from(LATIN1));
  expect(out('things/a.html')).toEqual(Buffer.from(LATIN1));
  expect(out('inlayout.html')).toEqual(Buffer.concat([Buffer.from('<main>'), LATIN1, Buffer.from('</main>\n')]));
  // Jekyll reads the pages (read_directories, in the folder's order: the memory source's) before
  // the collections' documents
  expect(result.diagnostics.map((d) => [d.message, d.line])).toEqual([
    ['Error reading file (memory)/plain.html: invalid byte sequence in UTF-8', 4],
    ['Error reading file (memory)/inlayout.html: invalid byte sequence in UTF-8', 4],
    ['could not read file (memory)/_things/a.html: invalid byte sequence in UTF-8', 4],
  ]);
});

test('such a page whose Liquid runs stops the build with Liquid\'s exception', async () => {
  const source = memorySource({ 'x.html': bytes('---\n---\nCaf', [0xe9], ' {{ page.url }}\n') });
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toMatchObject({ code: 'INVALID_ENCODING', file: 'x.html', message: 'Liquid Exception: invalid byte sequence in UTF-8 in x.html' });
});

test('a UTF-8 byte-order mark is still fine (a post, read without front matter as Jekyll does)', async () => {
  const result = await renderSite({ source: memorySource({ '_posts/2021-01-06-bom.md': bytes([0xef, 0xbb, 0xbf], '---\ntitle: BOM\n---\nx\n') }), env: FIXED_ENV });
  expect(result.diagnostics.filter((d) => d.code === 'INVALID_ENCODING')).toEqual([]);
  expect(result.files.map((f) => f.path)).toEqual(['2021/01/06/bom.html']);
});

// Jekyll 4.3.1 stops on each: Psych's SyntaxError from libyaml's reader, always "at line 1 column 1"
// (config, YAML and JSON data; checked with ruby), CSV::MalformedCSVError "Invalid byte sequence in
// UTF-8" (CSV data). Here: Psych's message, pointing at the file and the line of the bad byte.
test.each([
  ['_config.yml', bytes('title: t\nfoo: Caf', [0xe9], '\n'), 'incomplete UTF-8 octet sequence'],
  ['_data/x.yml', bytes('a: 1\nb: Caf', [0xe9], ' x\n'), 'invalid trailing UTF-8 octet'],
  ['_data/x.json', bytes('{"a": 1,\n"b": "Caf', [0xe9], '"}'), 'invalid trailing UTF-8 octet'],
  ['_data/x.yml', bytes('a: 1\nb: ', [0xff], '\n'), 'invalid leading UTF-8 octet'],
  ['_data/x.yml', bytes('a: 1\nb: x', [0xe2, 0x82]), 'incomplete UTF-8 octet sequence'],
  ['_data/x.yml', bytes('a: 1\nb: ', [0xed, 0xa0, 0x80], '\n'), 'invalid Unicode character'],
  ['_data/x.yml', bytes('a: 1\nb: ', [0xc0, 0x80], '\n'), 'invalid length of a UTF-8 sequence'],
  ['_config.yml', bytes([0xff, 0xfe], 't\x00i\x00'), 'invalid leading UTF-8 octet'],
])('%s with invalid UTF-8 stops the build with Psych\'s reader error (%#)', async (file, text, problem) => {
  const source = memorySource({ 'index.html': '---\n---\n{{ site.title }}', [file]: text });
  const line = file === '_config.yml' && problem.startsWith('invalid leading') ? 1 : 2;
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toMatchObject({ code: 'YAML_EXCEPTION', file, line, message: `YAML Exception reading ${file}: (<unknown>): ${problem} at line 1 column 1` });
});

// libyaml's reader refuses the C0 and C1 controls but tab, LF, CR and NEL, and U+FFFE/U+FFFF: a
// _data file stops the build, front matter is a warning (Convertible#read_yaml), both in Psych's words.
test('a control character in YAML: Psych\'s "control characters are not allowed at line 1 column 1"', async () => {
  const data = memorySource({ 'index.html': '---\n---\n{{ site.data.d.a }}', '_data/d.yml': 'z: 1\na: "x\u007fy"\n' });
  await expect(renderSite({ source: data, env: FIXED_ENV })).rejects.toMatchObject({ code: 'YAML_EXCEPTION', file: '_data/d.yml', line: 2, message: 'YAML Exception reading _data/d.yml: (<unknown>): control characters are not allowed at line 1 column 1' });
  const page = await renderSite({ source: memorySource({ 'a.md': '---\ntitle: "a\u0001b"\n---\nbody' }), env: FIXED_ENV });
  expect(page.diagnostics.map((d) => d.message)).toEqual(['YAML Exception reading (memory)/a.md: (<unknown>): control characters are not allowed at line 1 column 1']);
  const fine = await renderSite({ source: memorySource({ 'a.md': '---\ntitle: "a\u0085b\tc\u00a0"\n---\n{{ page.title }}' }), env: FIXED_ENV });
  expect(fine.diagnostics).toEqual([]);
});

// Ruby 3.1's CSV 3.2.2 (CSV.read as DataReader calls it), checked with ruby: a file its first 32 KiB
// sample holds whole is checked as a String, "in line N" of the bad bytes (by the row separator);
// else bad bytes in the samples read to find the row separator are "in line 1", past them in their row.
const rows = (n: number, sep = '\n'): string => 'x,y'.concat(sep).repeat(n);
test.each([
  ['_data/x.csv', bytes('a,b\n1,2\n3,Caf', [0xe9], '\n5,6\n'), 3, 3],
  ['_data/x.tsv', bytes('a\tb\n1\t', [0xff], '\n'), 2, 2],
  ['_data/x.csv', bytes('a,b\r\n"1\r\n2",', [0x80], '\r\n'), 3, 3],
  ['_data/x.csv', bytes('a,b\n3,', [0xff], '\n', rows(9000)), 1, 2],
  ['_data/x.csv', bytes(rows(19999), [0xff], ',1\n', rows(3)), 20000, 20000],
  ['_data/x.csv', bytes(rows(9000, '\r'), '3,', [0xff], '\r'), 9001, 1],
  ['_data/x.csv', bytes('x'.repeat(40000), '\n1,', [0xff], '\n'), 1, 2],
])('%s with invalid UTF-8: CSV::MalformedCSVError with Ruby\'s line (%#)', async (file, text, row, line) => {
  const source = memorySource({ 'index.html': '---\n---\n{{ site.title }}', [file]: text });
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toMatchObject({
    code: 'DATA_ERROR', file, line, message: `Invalid byte sequence in UTF-8 in line ${row}. (CSV::MalformedCSVError) reading ${file}`,
  });
});

// Jekyll 4.3.1: a layout that is not UTF-8 is a warning when read (Convertible#read_yaml), and stops the build
// only when a page uses it ("Liquid Exception: invalid byte sequence in UTF-8 in /abs/_layouts/x.html").
test('a layout with invalid UTF-8 is a warning; a page using it stops the build, naming the layout and the line', async () => {
  const layout = bytes('<p>\n', [0xff], '</p>{{ content }}');
  const unused = await renderSite({ source: memorySource({ '_layouts/bad.html': layout, 'index.html': '---\n---\nhome' }, '/site'), env: FIXED_ENV });
  expect(unused.files.map((f) => f.path)).toEqual(['index.html']);
  expect(unused.diagnostics).toEqual([expect.objectContaining({ level: 'warning', message: 'Error reading file /site/_layouts/bad.html: invalid byte sequence in UTF-8', file: '_layouts/bad.html', line: 2 })]);
  const used = memorySource({ '_layouts/bad.html': layout, 'index.html': '---\nlayout: bad\n---\nhome' }, '/site');
  await expect(renderSite({ source: used, env: FIXED_ENV })).rejects.toMatchObject({
    code: 'INVALID_ENCODING',
    message: 'Liquid Exception: invalid byte sequence in UTF-8 in /site/_layouts/bad.html',
    file: '_layouts/bad.html',
    line: 2,
  });
});

// Jekyll 4.3.1 (fuzz-errors seed 60001 case 4): File.read refuses a UTF-16 layout before its content is
// set ("Error reading file ...: ASCII incompatible encoding needs binmode"); the layout's content stays
// nil, which Liquid renders as nothing: the page using it is written, empty.
test('a UTF-16 layout is a warning, and a page using it is written empty', async () => {
  const source = memorySource({ '_layouts/bad.html': UTF16, 'index.html': '---\nlayout: bad\n---\nhome' }, '/site');
  const result = await renderSite({ source, env: FIXED_ENV });
  expect(result.files.map((f) => [f.path, String(f.contents)])).toEqual([['index.html', '']]);
  expect(result.diagnostics).toEqual([expect.objectContaining({ level: 'warning', message: 'Error reading file /site/_layouts/bad.html: ASCII incompatible encoding needs binmode', file: '_layouts/bad.html' })]);
});

// Jekyll 4.3.1: "Liquid Exception: invalid byte sequence in UTF-8 in index.html" when the include is rendered.
test('an include with invalid UTF-8 stops the build where it is included; one never included does not', async () => {
  const files = { '_includes/bad.html': bytes('a\n', [0xff], '\n'), '_includes/fine.html': 'fine' };
  const unused = await renderSite({ source: memorySource({ ...files, 'index.html': '---\n---\n{% include fine.html %}' }), env: FIXED_ENV });
  expect(unused.files.map((f) => String(f.contents))).toEqual(['fine']);
  const used = memorySource({ ...files, 'index.html': '---\n---\nhome\n{% include bad.html %}' });
  await expect(renderSite({ source: used, env: FIXED_ENV })).rejects.toMatchObject({
    code: 'INVALID_ENCODING',
    message: 'Liquid Exception: invalid byte sequence in UTF-8 in index.html',
    file: 'index.html',
    line: 4,
  });
});

// jekyll-optional-front-matter and jekyll-readme-index read a Markdown file with Jekyll::Page.new,
// as any page: Jekyll 4.3.1 with the github-pages profile logs "Error reading file" and goes on;
// jekyll-relative-links and titles-from-headings' #title_for rescue the regexp's ArgumentError,
// and the build stops at the conversion (or at strip_title's gsub, which nothing rescues).
describe('a Markdown file without front matter that is not UTF-8, made a page by the GitHub Pages plugins', () => {
  const files = (config: string) =>
    memorySource({ '_config.yml': `github_pages: true\ntheme: null\n${config}`, 'latin.md': bytes('# Caf', [0xe9], '\n\n[x](b.md)\n'), 'b.md': 'b\n', 'sub/README.md': bytes('Caf', [0xe9], '\n') });

  test('warned when read, then stopped by the conversion', async () => {
    const err = await renderSite({ source: files(''), env: FIXED_ENV }).then(() => undefined, (e: unknown) => e);
    expect(err).toMatchObject({
      code: 'INVALID_ENCODING',
      file: 'latin.md',
      message: "Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'latin.md': The source text contains invalid characters for the used encoding UTF-8",
    });
    expect((err as KyllError).diagnostics?.map((d) => d.message).filter((m) => m.startsWith('Error reading'))).toEqual(['Error reading file (memory)/latin.md: invalid byte sequence in UTF-8', 'Error reading file (memory)/sub/README.md: invalid byte sequence in UTF-8']);
  });

  test('strip_title stops the build in titles-from-headings', async () => {
    await expect(renderSite({ source: files('titles_from_headings: {strip_title: true}\n'), env: FIXED_ENV })).rejects.toMatchObject({
      code: 'INVALID_ENCODING',
      file: 'latin.md',
      message: 'invalid byte sequence in UTF-8 (ArgumentError) in latin.md',
    });
  });
});

// jekyll build (4.3.1) on such a site: `             Error: could not read file …/_docs/d.md: invalid byte sequence in UTF-8`
// (Document#handle_read_error logs an error) and `Error reading file …/p.html: invalid byte sequence in UTF-8 ` (Convertible#read_yaml warns)
test("a collection document that is not UTF-8 is logged at Jekyll's error level, a page's at warning level", async () => {
  const html = bytes('---\ntitle: x\n---\nCaf', [0xe9], '\n');
  const result = await renderSite({ source: memorySource({ '_config.yml': 'collections:\n  docs:\n    output: true\n', '_docs/d.html': html, 'p.html': html }), env: FIXED_ENV });
  const said = result.diagnostics.filter((d) => d.code === 'INVALID_ENCODING').map((d) => [d.level, d.message.replace(/ \S+: /, ' F: ')]);
  expect(said).toEqual([
    ['warning', 'Error reading file F: invalid byte sequence in UTF-8'],
    ['error', 'could not read file F: invalid byte sequence in UTF-8'],
  ]);
});
