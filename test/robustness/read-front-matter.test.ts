// Front matter Jekyll cannot use. Jekyll 4.3.1 (checked by running it; the
// fixture site read-bad-front-matter holds its output) logs "YAML Exception
// reading FILE: ..." and still builds: a post keeps its body, loses its front
// matter (no title, no layout of its own, front matter defaults still apply) and
// is dated site.time; a page the same. A post whose front matter is a list or a
// string is read the same way ("could not read file"), but such a page stops
// the build ("Invalid YAML front matter"). strict_front_matter (or
// --strict_front_matter) makes every one of them fatal.
import { KyllError, memorySource, parsePost, renderSite } from '../../lib/index.js';
import { configOverrides, parseArgs } from '../../lib/cli/args.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const BAD_POST = '---\nlayout: default\ntitle: "A "quoted" title"\n---\nBody.\n';
const site = (files: Record<string, string>, config = '') =>
  memorySource({ '_config.yml': config, '_layouts/default.html': 'L[{{ content }}]', ...files });
const render = (files: Record<string, string>, config = '', overrides: Record<string, unknown> = {}) =>
  renderSite({ source: site(files, config), config: overrides, env: FIXED_ENV });
const text = (result: Awaited<ReturnType<typeof render>>, path: string) => String(result.files.find((f) => f.path === path)?.contents);

test('a post with broken YAML is built without its front matter, dated site.time, with a warning', async () => {
  const result = await render({ '_posts/2021-05-06-bad.md': BAD_POST });
  expect(result.files.map((f) => f.path)).toEqual(['2026/01/01/2021-05-06-bad.html']);
  expect(text(result, '2026/01/01/2021-05-06-bad.html')).toBe('<p>Body.</p>\n');
  const warning = result.diagnostics.find((d) => d.code === 'YAML_EXCEPTION')!;
  // Psych points at the block mapping the stray `quoted"` is in (its first key), as Jekyll prints it.
  expect(warning).toMatchObject({ level: 'error', file: '_posts/2021-05-06-bad.md', line: 2 });
  expect(warning.message).toMatch(/^YAML Exception reading \(memory\)\/_posts\/2021-05-06-bad\.md: .*did not find expected key while parsing a block mapping at line 2 column 1$/);
});

test('a page with broken YAML is built without its front matter, with a warning', async () => {
  const result = await render({ 'about.md': '---\ntitle: "x\n---\nAbout {{ page.title }}.\n' });
  expect(text(result, 'about.html')).toBe('<p>About .</p>\n');
  expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'YAML_EXCEPTION', file: 'about.md', level: 'warning' }));
});

test('a post whose front matter is a list or a string is read without it', async () => {
  const result = await render({ '_posts/2021-05-07-list.md': '---\n- a\n- b\n---\nList.\n', '_posts/2021-05-08-str.md': '---\njust words\n---\nStr.\n' });
  expect(result.files.map((f) => f.path).sort()).toEqual(['2026/01/01/2021-05-07-list.html', '2026/01/01/2021-05-08-str.html']);
  expect(result.diagnostics.filter((d) => d.code === 'YAML_EXCEPTION').map((d) => d.file)).toEqual(['_posts/2021-05-07-list.md', '_posts/2021-05-08-str.md']);
});

// Jekyll 4.3.1 logs the NoMethodError of Document#merge_categories! (`other.key?`) for it, in Ruby's words.
test.each([
  ['- a\n- b', 'undefined method `key?\' for ["a", "b"]:Array'],
  ['just words', 'undefined method `key?\' for "just words":String'],
  ['42', 'undefined method `key?\' for 42:Integer'],
  ['1.5', 'undefined method `key?\' for 1.5:Float'],
  ['true', 'undefined method `key?\' for true:TrueClass'],
])('a post whose front matter is %j: "could not read file" with Ruby\'s NoMethodError', async (yaml, said) => {
  const result = await render({ '_posts/2021-05-07-x.md': `---\n${yaml}\n---\nx\n` });
  expect(result.diagnostics.filter((d) => d.code === 'YAML_EXCEPTION').map((d) => d.message)).toEqual([`could not read file (memory)/_posts/2021-05-07-x.md: ${said}`]);
});

test('a page whose front matter is a list stops the build (Convertible#validate_data!)', async () => {
  const err = await render({ 'p.md': '---\n- a\n---\nx\n' }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(KyllError);
  expect(err).toMatchObject({ code: 'YAML_EXCEPTION', file: 'p.md', message: 'Invalid YAML front matter in (memory)/p.md' });
});

test('strict_front_matter: true makes broken YAML an error with file and line', async () => {
  for (const [files, file] of [
    [{ '_posts/2021-05-06-bad.md': BAD_POST }, '_posts/2021-05-06-bad.md'],
    [{ 'about.md': '---\ntitle: "x\n---\nAbout.\n' }, 'about.md'],
  ] as const) {
    const err = await render(files, 'strict_front_matter: true\n').then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(KyllError);
    expect(err).toMatchObject({ code: 'YAML_EXCEPTION', file });
    expect((err as KyllError).line).toBeGreaterThan(1);
  }
});

test('--strict_front_matter on the command line is the same option', async () => {
  expect(configOverrides(parseArgs(['build', '--strict_front_matter']))).toEqual({ strict_front_matter: true });
  expect(configOverrides(parseArgs(['build', '--strict-front-matter']))).toEqual({ strict_front_matter: true });
  await expect(render({ '_posts/2021-05-06-bad.md': BAD_POST }, '', { strict_front_matter: true })).rejects.toMatchObject({ code: 'YAML_EXCEPTION' });
});

test('parsePost called on its own still throws: there is no build to warn in', () => {
  expect(() => parsePost(BAD_POST, { path: '_posts/2021-05-06-bad.md' })).toThrow(/YAML Exception reading _posts\/2021-05-06-bad\.md/);
});

test('a layout with broken YAML is still used, without its front matter (Layout reads through Convertible#read_yaml)', async () => {
  const result = await renderSite({
    source: memorySource({ '_layouts/default.html': '---\ntitle: "x\n---\nLAY[{{ content }}]\n', 'index.html': '---\nlayout: default\n---\nhi\n' }),
    env: FIXED_ENV,
  });
  expect(text(result, 'index.html')).toBe('LAY[hi\n]\n');
  expect(result.diagnostics).toContainEqual(expect.objectContaining({ code: 'YAML_EXCEPTION', file: '_layouts/default.html', level: 'warning' }));
});

// Jekyll 4.3.1 on the same four files (checked by running it): a document's unreadable front matter
// is logged as an error, a page's as a warning; a `:symbol` (Psych::DisallowedClass) is worded by
// the reader, bad syntax by Psych, which names front matter `(<unknown>)` as it parses a string.
test('unreadable front matter: Jekyll words and levels for posts and pages', async () => {
  const broken = '---\ntitle: "a\nfoo: quoted"x\nb: [x\n---\nBody.\n';
  const result = await render({
    '_posts/2021-05-06-bad.md': broken,
    '_posts/2021-05-07-sym.md': '---\ntitle: :sym\n---\nSym.\n',
    'page.md': broken,
    'psym.md': '---\nt: :sym\n---\nPsym\n',
  });
  const logged = Object.fromEntries(result.diagnostics.filter((d) => d.code === 'YAML_EXCEPTION').map((d) => [d.file, [d.level, d.message]]));
  expect(logged['_posts/2021-05-07-sym.md']).toEqual(['error', 'could not read file (memory)/_posts/2021-05-07-sym.md: Tried to load unspecified class: Symbol']);
  expect(logged['psym.md']).toEqual(['warning', 'Error reading file (memory)/psym.md: Tried to load unspecified class: Symbol']);
  expect(logged['_posts/2021-05-06-bad.md']?.[0]).toBe('error');
  expect(logged['page.md']?.[0]).toBe('warning');
  expect(logged['page.md']?.[1]).toMatch(/^YAML Exception reading \(memory\)\/page\.md: \(<unknown>\): /);
});

// An alias to no anchor is Psych::BadAlias, no Psych::SyntaxError either: Jekyll 4.3.1 says
// "could not read file" for a post and "Error reading file" for a page (checked by running it).
test('an unknown alias in front matter: the words of Jekyll\'s StandardError branch', async () => {
  const result = await render({
    '_posts/2021-05-07-alias.md': '---\nref: *nope\n---\nA.\n',
    'palias.md': '---\nref: *nope\ntitle: P\n---\nP\n',
  });
  const logged = Object.fromEntries(result.diagnostics.filter((d) => d.code === 'YAML_EXCEPTION').map((d) => [d.file, [d.level, d.message]]));
  expect(logged['_posts/2021-05-07-alias.md']).toEqual(['error', 'could not read file (memory)/_posts/2021-05-07-alias.md: Unknown alias: nope']);
  expect(logged['palias.md']).toEqual(['warning', 'Error reading file (memory)/palias.md: Unknown alias: nope']);
});

// Jekyll 4.3.1's Reader#read: layouts, then read_directories (posts, pages), then the collections,
// then _data: with several files that stop the build, the error is the first one's (checked with jekyll).
test.each([
  [{ 'index.html': '---\n"quoted"\n---\nx\n', '_things/a.md': '---\na: [\n---\nx\n' }, 'Invalid YAML front matter in (memory)/index.html'],
  [{ '_posts/2020-13-01-a.md': '---\n---\nx\n', '_data/d.yml': 'a: [\n' }, "Invalid date '2020-13-01'"],
  [{ '_layouts/l.html': '---\na: [\n---\n{{ content }}', 'index.html': '---\n"quoted"\n---\nx\n' }, '_layouts/l.html'],
  // read_directories reads a folder's subfolders before its own pages (github/awesome-copilot's
  // website/src/components: pages/Main.astro, not BackToTop.astro)
  [{ 'c/Back.md': '---\n// a comment\n---\nx\n', 'c/pages/Main.md': '---\nconst x = 1;\n---\nx\n' }, 'Invalid YAML front matter in (memory)/c/pages/Main.md'],
])('several files stop the build: the first one Jekyll reads (%#)', async (files, said) => {
  const config = 'strict_front_matter: true\ncollections:\n  things: {output: true}\n';
  const err = await render(files, config).then(() => undefined, (e: unknown) => e);
  expect((err as KyllError).message).toContain(said);
});
