// Jekyll 4.3.1 makes a URL when it is first needed, not while reading: a document's when a template
// reads it or when Site#cleanup (after the whole render) asks where each written document goes, in
// render order (posts by date, then the other collections); a page's when the page is rendered
// (Page#to_liquid), after every document. So when the defaults give every file a bad permalink,
// the file that stops the build is the first one in that order, not the first one read. Each case
// below was checked against real Jekyll (a script naming the item whose #url raised first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { createBuilder } from '../../lib/build/index.js';
import { run } from '../../lib/cli/run.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { writeFiles } from '../helpers/folder-tree.js';

const defaults = (values: string, collections = 'collections:\n  things:\n    output: true\n') => `${collections}defaults:\n  - scope: {path: ""}\n    values: {${values}}\n`;
const SITE = {
  '_posts/2020-01-01-a.md': '---\ntitle: a\n---\nA\n',
  '_posts/2020-01-02-b.md': '---\ntitle: b\n---\nB\n',
  // Read after _posts/, but dated first: the first post written.
  'blog/_posts/2019-01-01-g.md': '---\ntitle: g\n---\nG\n',
  '_things/t.md': '---\ntitle: t\n---\nT\n',
  'index.md': '---\n---\nindex\n',
  'sub/about.md': '---\n---\nabout\n',
};
const build = (files: Record<string, string>) => renderSite({ source: memorySource(files), write: false, env: FIXED_ENV });

test('a template without the placeholder: the first written document in render order, once all is rendered', async () => {
  // Pages fill the template with what they have (an unknown placeholder stays as written).
  await expect(build({ ...SITE, '_config.yml': defaults('permalink: "/:foo/"') })).rejects.toMatchObject({
    code: 'INVALID_PERMALINK',
    // Ruby's report of the NoMethodError: its class after the message, then error_highlight's line
    message: "The URL template doesn't have foo keys. Check your permalink template! (NoMethodError) raise NoMethodError, ^^^^^",
    file: 'blog/_posts/2019-01-01-g.md',
  });
});

test('a permalink that is not a string: the first page rendered, after the documents', async () => {
  // Documents render without their URL; Page#to_liquid makes it (pages by name: sub/about.md first).
  await expect(build({ ...SITE, '_config.yml': defaults('permalink: 5') })).rejects.toMatchObject({
    code: 'INVALID_PERMALINK',
    file: 'sub/about.md',
    message: expect.stringContaining("undefined method `end_with?' for 5:Integer"),
  });
});

test('a template that reads the URL stops the build there, as a Liquid Exception', async () => {
  const listing = { ...SITE, '_config.yml': defaults('permalink: "/:foo/"'), 'index.md': '---\n---\n{% for p in site.posts %}{{ p.url }}{% endfor %}\n' };
  await expect(build(listing)).rejects.toThrow("Liquid Exception: The URL template doesn't have foo keys. Check your permalink template! raise NoMethodError, ^^^^^ in index.md");
  const layout = { ...SITE, '_config.yml': defaults('permalink: "/:foo/", layout: default'), '_layouts/default.html': '{{ page.url }} {{ content }}' };
  await expect(build(layout)).rejects.toMatchObject({ file: '_layouts/default.html', message: expect.stringContaining('Liquid Exception') });
});

test.each(['jekyll-feed', 'jekyll-sitemap'])('%s reads the posts\' URLs in its template: a Liquid Exception there', async (plugin) => {
  const config = `plugins: [${plugin}]\nurl: https://x.org\ndefaults:\n  - scope: {path: "", type: posts}\n    values: {permalink: "/:nope/"}\n`;
  const file = plugin === 'jekyll-feed' ? 'feed.xml' : 'sitemap.xml';
  await expect(build({ '_config.yml': config, '_posts/2020-01-01-a.md': '---\n---\nA\n', 'index.html': '---\n---\nhome\n' })).rejects.toMatchObject({
    message: `Liquid Exception: The URL template doesn't have nope keys. Check your permalink template! raise NoMethodError, ^^^^^ in ${file}`,
    file,
  });
});

test('an empty permalink from the defaults is none: Convertible#validate_permalink! reads the front matter only', async () => {
  // Real Jekyll wrote index.html (every URL "/"; the post, written last, wins).
  const result = await build({ '_config.yml': defaults('permalink: ""', ''), '_posts/2020-01-01-a.md': '---\n---\nA\n', 'index.md': '---\n---\nindex\n' });
  expect(new Set(result.files.map((f) => f.path))).toEqual(new Set(['index.html']));
  expect(String(result.files.at(-1)!.contents)).toBe('<p>A</p>\n');
  await expect(build({ 'a.md': '---\npermalink: ""\n---\nx\n' })).rejects.toThrow('Invalid permalink in (memory)/a.md');
});

test('a long-lived build stops too', async () => {
  const builder = await createBuilder({ source: memorySource({ ...SITE, '_config.yml': defaults('permalink: "/:foo/"') }), env: FIXED_ENV });
  await expect(builder.build()).rejects.toMatchObject({ code: 'INVALID_PERMALINK' });
});

describe('the CLI', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-url-'));
    writeFiles(dir, { ...SITE, '_config.yml': defaults('permalink: "/:foo/"') });
    Object.assign(process.env, FIXED_ENV);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    process.env = saved;
  });

  test('exits 1 naming the file, and leaves the destination as it was', async () => {
    const dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'old');
    const err: string[] = [];
    const code = await run(['build', '-s', dir, '--disable-disk-cache'], { out: () => undefined, err: (l) => void err.push(l) });
    expect(code).toBe(1);
    expect(err.filter((l) => l !== 'Configuration file: none').slice(0, 2)).toEqual(["             Error: The URL template doesn't have foo keys. Check your permalink template! (NoMethodError) raise NoMethodError, ^^^^^", '  at blog/_posts/2019-01-01-g.md']);
    expect(fs.readdirSync(dest)).toEqual(['old.html']);
  });
});

// StaticFile#url is the file's own path, not escaped: Page, Document and StaticFile#destination decode
// its `%XX` (URL.unescape_path), and when the bytes are not UTF-8, Jekyll.sanitized_path's squeeze!
// raises ArgumentError in Site#cleanup, after the render (checked against Jekyll 4.3.1: a WordPress
// upload named `%C5...png`; a page and a post with such a permalink).
describe('a URL whose %XX escapes are not UTF-8 has no place in the destination', () => {
  const base = { 'index.md': '---\n---\nhome\n', 'img/ok%20c.png': 'y' };
  test.each([
    ['a static file', { 'img/a%C5b.png': 'x' }, 'img/a%C5b.png'],
    ['a page with such a permalink', { 'about.md': '---\npermalink: /a%C5/\n---\nhi\n' }, 'about.md'],
    ['a post with such a permalink', { '_posts/2020-01-01-x.md': '---\npermalink: /b%FF/\n---\nhi\n' }, '_posts/2020-01-01-x.md'],
  ])('%s stops the build after the render', async (_, files, file) => {
    await expect(build({ ...base, ...files })).rejects.toMatchObject({ code: 'INVALID_ENCODING', file, message: expect.stringContaining('invalid byte sequence in UTF-8') });
    const builder = await createBuilder({ source: memorySource({ ...base, ...files }), env: FIXED_ENV });
    await expect(builder.build()).rejects.toMatchObject({ code: 'INVALID_ENCODING', file });
  });

  test('a Liquid error met while rendering comes first; escapes that are UTF-8 are decoded', async () => {
    const broken = { ...base, 'img/a%C5b.png': 'x', 'index.md': '---\n---\n{% include nope.html %}\n' };
    await expect(build(broken)).rejects.toMatchObject({ code: 'INCLUDE_NOT_FOUND' });
    const fine = await build({ ...base, 'img/%E4%B8%AD.png': 'z' });
    expect(fine.files.map((f) => f.path).sort()).toEqual(['img/ok c.png', 'img/中.png', 'index.html']);
  });
});

// Checked against Jekyll 4.3.1: which error stops a site whose one page or post has a URL that cannot
// be made, with another file that fails or reads that URL.
describe('when a URL error comes, against the other errors of the site', () => {
  const both = async (files: Record<string, string>, expected: Record<string, unknown>): Promise<void> => {
    await expect(build(files)).rejects.toMatchObject(expected);
    const builder = await createBuilder({ source: memorySource(files), env: FIXED_ENV });
    await expect(builder.build()).rejects.toMatchObject(expected);
  };
  const broken = '---\n---\n{% if %}\n';
  const liquidError = (file: string) => ({ message: expect.stringMatching(new RegExp(`^Liquid Exception: Liquid syntax error .* in (\\(memory\\)/)?${file}$`)) });
  const badPage = '---\npermalink: 5\n---\nabout\n';
  const badPost = '---\npermalink: /:foo/\n---\nB\n';

  test('a page\'s is met when it is rendered: a post before it, or a page before it by name, fails first', async () => {
    await both({ 'about.md': badPage, '_posts/2024-01-04-c.md': broken }, liquidError('_posts/2024-01-04-c.md'));
    await both({ 'b.md': badPage, 'a.md': broken }, liquidError('a.md'));
    await both({ 'a.md': badPage, 'b.md': broken }, { file: 'a.md', message: "undefined method `end_with?' for 5:Integer" });
  });

  test('a written document\'s waits for the whole render (Site#cleanup): a page\'s Liquid error comes first', async () => {
    await both({ '_posts/2024-01-03-b.md': badPost, 'zz.html': broken }, liquidError('zz.html'));
  });

  test('site.html_pages asks for a page\'s URL only when its output is no HTML (Page#html? first)', async () => {
    // a permalink that is no string fails html? itself: in the template that reads site.html_pages,
    // with the line of Renderer#permalink_ext that error_highlight shows
    await both(
      { 'b.md': '---\npermalink: [a, b]\n---\nabout\n', 'a.html': '---\n---\n{{ site.html_pages | size }}\n' },
      { message: 'Liquid Exception: undefined method `end_with?\' for ["a", "b"]:Array if document_permalink && !document_permalink.end_with?("/") ^^^^^^^^^^ in a.html' },
    );
    // a Markdown page is HTML: its URL (which Addressable refuses) is not made until the page renders
    await both({ 'b c:d.md': '---\n---\nabout\n', 'a.html': '---\n---\n{{ site.html_pages | size }}\n' }, { file: 'b c:d.md', message: expect.stringContaining("Invalid scheme format: 'b c'") });
    // a template that reads no page's URL: the page fails in its own turn
    await both({ 'b.md': badPage, 'a.html': '---\n---\n{{ site.pages | size }}\n' }, { file: 'b.md', message: "undefined method `end_with?' for 5:Integer" });
  });

  test('post_url and link ask for the URL of the file they find, failing their template', async () => {
    const message = "Liquid Exception: The URL template doesn't have foo keys. Check your permalink template! raise NoMethodError, ^^^^^ in index.html";
    const site = { '_posts/2024-01-02-a.md': '---\n---\nA\n', '_posts/2024-01-03-b.md': badPost };
    await both({ ...site, 'index.html': '---\n---\n{% post_url 2024-01-03-b %}\n' }, { message });
    await both({ ...site, 'index.html': '---\n---\n{% link _posts/2024-01-03-b.md %}\n' }, { message });
    await both({ 'z.md': badPage, 'index.html': '---\n---\n{% link z.md %}\n' }, { message: expect.stringMatching(/^Liquid Exception: undefined method `end_with\?' for 5:Integer .* in index.html$/) });
    // the other posts' URLs are not asked for: the bad one stops the build once all is rendered
    await both({ ...site, 'index.html': '---\n---\n{% post_url 2024-01-02-a %}\n' }, { file: '_posts/2024-01-03-b.md', code: 'INVALID_PERMALINK' });
  });

  test('a document\'s permalink that is no string, read by a template: error_highlight\'s line of URL#generate_url_from_drop', async () => {
    await both(
      { '_posts/2024-01-03-b.md': '---\npermalink: 5\n---\nB\n', 'index.html': '---\n---\n{{ site.posts | map: "url" | join: "," }}\n' },
      { message: "Liquid Exception: undefined method `gsub' for 5:Integer template.gsub(%r!:([a-z_]+)!) do |match| ^^^^^ in index.html" },
    );
  });
});
