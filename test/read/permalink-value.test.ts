// A permalink that is not a string stops Jekyll 4.3.1 (a page's in Renderer#permalink_ext, a
// document's in URL#generate_url_from_drop: "undefined method `end_with?' for 5:Integer"), where
// kyll wrote `5.html`, `a,b.html` or `[object Object].html`. nil and false are no permalink; a
// document that is never written fails only where a template reads its url (Document#url is lazy).
// The messages hold Ruby's NoMethodError as Jekyll 4.3.1 (Ruby 3.1) printed it for each value.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (files: Record<string, string>) => renderSite({ source: memorySource(files, '/site'), write: false, env: FIXED_ENV });
const paths = async (files: Record<string, string>) => (await build(files)).files.map((f) => f.path).sort();

describe('a page', () => {
  test.each([
    ['5', '5:Integer'],
    ['2.5', '2.5:Float'],
    ['[a, b]', '["a", "b"]:Array'],
    ['{a: 1}', '{"a"=>1}:Hash'],
    ['2020-01-02', '#<Date: 2020-01-02 ((2458851j,0s,0n),+0s,2299161j)>'],
    ['true', 'true:TrueClass'],
  ])('permalink: %s stops the build', async (value, shown) => {
    await expect(build({ 'index.html': `---\ntitle: t\npermalink: ${value}\n---\nx\n` })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      // Jekyll's words, as its NoMethodError prints them; the file where kyll has it, and in the hint
      message: `undefined method \`end_with?' for ${shown}`,
      file: 'index.html',
      line: 3,
      hint: expect.stringContaining('The permalink of index.html must be a string'),
    });
  });

  test.each(['', 'false', 'null'])('permalink: %s is none', async (value) => {
    expect(await paths({ 'a.html': `---\npermalink: ${value}\n---\nx\n` })).toEqual(['a.html']);
  });

  test('from the front matter defaults too', async () => {
    const config = 'defaults:\n  - scope: { path: "" }\n    values: { permalink: 7 }\n';
    await expect(build({ '_config.yml': config, 'a.html': '---\n---\nx\n' })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: "undefined method `end_with?' for 7:Integer",
      file: 'a.html',
    });
  });
});

describe('a document', () => {
  test('a post with a list for a permalink stops the build', async () => {
    await expect(build({ '_posts/2020-01-01-a.md': '---\npermalink: [a, b]\n---\nx\n' })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: 'undefined method `gsub\' for ["a", "b"]:Array',
    });
  });

  test.each([
    ['12', '12:Integer'],
    ['{a: 1}', '{"a"=>1}:Hash'],
    ['2020-01-02', '#<Date: 2020-01-02 ((2458851j,0s,0n),+0s,2299161j)>'],
  ])('a collection document with permalink: %s stops the build', async (value, shown) => {
    const files = { '_config.yml': 'collections:\n  things:\n    output: true\n', '_things/a.md': `---\npermalink: ${value}\n---\nx\n` };
    await expect(build(files)).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: `undefined method \`gsub' for ${shown}`,
      file: '_things/a.md',
    });
  });

  test('from the front matter defaults, a post names its file', async () => {
    const config = 'defaults:\n  - scope: { path: "", type: posts }\n    values: { permalink: 7 }\n';
    await expect(build({ '_config.yml': config, '_posts/2020-01-01-a.md': '---\n---\nx\n' })).rejects.toMatchObject({
      code: 'INVALID_PERMALINK',
      message: "undefined method `gsub' for 7:Integer",
    });
  });

  const unwritten = (index: string) => ({
    '_config.yml': 'collections:\n  things:\n    output: false\n',
    '_things/a.md': '---\npermalink: true\n---\nx\n',
    'index.html': `---\n---\n${index}\n`,
  });
  test('one never written builds until a template reads its url', async () => {
    expect(await paths(unwritten('ok'))).toEqual(['index.html']);
    await expect(build(unwritten('{{ site.things[0].url }}'))).rejects.toThrow("undefined method `gsub' for true:TrueClass");
  });
});

// Jekyll 4.3.1 leaves a page or document with published: false out before its URL is made: a bad
// permalink or slug there builds (real Jekyll wrote the rest of the site), unless --unpublished.
describe('published: false', () => {
  const site = (unpublished: boolean) => ({
    ...(unpublished ? { '_config.yml': 'unpublished: true\n' } : {}),
    '_posts/2020-01-01-a.md': '---\npublished: false\npermalink: 12\n---\nx\n',
    '_posts/2020-01-02-b.md': '---\npublished: false\nslug: 12\npermalink: /:slug/\n---\nx\n',
    'p.html': '---\npublished: false\npermalink: [a]\n---\nx\n',
    'index.html': '---\n---\nok\n',
  });
  test('leaves the permalink and slug unread', async () => {
    expect(await paths(site(false))).toEqual(['index.html']);
  });
  test('with unpublished: true they stop the build', async () => {
    await expect(build(site(true))).rejects.toMatchObject({ code: 'INVALID_PERMALINK' });
  });
});

// A post or written document dated after site.time is left out unless `future` is on (Jekyll 4.3.1
// built the site with `permalink: 12` there, and stopped with `future: true`).
describe('a date in the future', () => {
  const site = (future: boolean) => ({
    '_config.yml': `collections:\n  notes:\n    output: true\n${future ? 'future: true\n' : ''}`,
    '_posts/2099-01-01-a.md': '---\npermalink: 12\n---\nx\n',
    '_notes/n.md': '---\ndate: 2099-01-01\nslug: 5\npermalink: /:slug/\n---\nx\n',
    'index.html': '---\n---\nok\n',
  });
  test('leaves the permalink and slug unread', async () => {
    expect(await paths(site(false))).toEqual(['index.html']);
  });
  test('with future: true they stop the build', async () => {
    await expect(build(site(true))).rejects.toMatchObject({ code: 'INVALID_PERMALINK' });
  });
});

// Collection#url_template is metadata.fetch("permalink"): Jekyll 4.3.1 fails on one that is no string
// (gsub's NoMethodError; nil and false: URL's ArgumentError) for a document with no permalink of its
// own, where kyll fell back to the default template; the posts collection gets the site style for nil.
describe("a collection's permalink in _config.yml", () => {
  const site = (collections: string, files: Record<string, string> = {}) => ({
    '_config.yml': `collections:\n${collections}`,
    '_things/t.md': '---\n---\nt\n',
    '_posts/2020-01-01-p.md': '---\n---\np\n',
    ...files,
  });

  test.each([
    ['  things: {output: true, permalink: 5}\n', 'things', "undefined method `gsub' for 5:Integer"],
    ['  things: {output: true, permalink: ~}\n', 'things', 'One of :template or :permalink must be supplied.'],
    ['  things: {output: true, permalink: false}\n', 'things', 'One of :template or :permalink must be supplied.'],
    ['  posts: {permalink: [a]}\n', 'posts', 'undefined method `gsub\' for ["a"]:Array'],
  ])('%s stops the build', async (collections, _label, message) => {
    await expect(build(site(collections))).rejects.toMatchObject({ code: 'INVALID_PERMALINK', message, file: '_config.yml' });
  });

  test('not where every document has its own, nor for documents never written, nor for posts with nil', async () => {
    expect(await paths(site('  things: {output: true, permalink: 5}\n', { '_things/t.md': '---\npermalink: /t/\n---\nt\n' }))).toContain('t/index.html');
    expect(await paths(site('  things: {output: false, permalink: 5}\n'))).not.toContain('things/t.html');
    expect(await paths(site('  posts: {permalink: ~}\n'))).toContain('2020/01/01/p.html');
  });
});

// Publisher#can_be_published? is data.fetch("published", true): a `published` key given as nil
// leaves a page or a post out as false does, and a document unwritten (below); "" is published
// (Jekyll 4.3.1 wrote only things/t.html).
test('published: ~ (nil) is unpublished, published: "" is not', async () => {
  const files = {
    '_config.yml': 'collections:\n  things: {output: true}\n',
    'a.md': '---\npublished: ~\npermalink: 12\n---\nx\n',
    '_posts/2020-01-01-p.md': '---\npublished:\n---\nx\n',
    '_things/t.md': '---\npublished: ""\n---\nx\n',
    '_things/u.md': '---\npublished: ~\n---\nx\n',
  };
  expect(await paths(files)).toEqual(['things/t.html']);
});

// The defaults answer a Page's data through a default_proc, which Hash#fetch does not ask: a default
// `published: false` leaves documents and posts out (their defaults are merged into their data) but
// not pages, whose `page.published` still reads false (Jekyll 4.3.1 wrote sec/a.html, not the post).
test('a default published: false leaves posts and documents out, not pages', async () => {
  const files = {
    '_config.yml': 'collections:\n  things: {output: true}\ndefaults:\n  - scope: {path: ""}\n    values: {published: false}\n',
    'sec/a.md': '---\n---\n{{ page.published }}\n',
    'own.md': '---\npublished: false\n---\nx\n',
    '_posts/2020-01-01-p.md': '---\n---\nx\n',
    '_things/t.md': '---\n---\nx\n',
  };
  expect(await paths(files)).toEqual(['sec/a.html']);
});

// Collection#read keeps a document unless Document#published? is false (`published` given as false,
// its defaults merged in); Document#write? asks the Publisher (nil leaves it out too). So a document
// with `published: ~` is listed in site.things, site.documents and their next/previous, and not
// written (Jekyll 4.3.1: only index.html and things/t.html, listing "T,U|T,U|U-;-T;").
test('a document with published: ~ stays in its collection, unwritten', async () => {
  const result = await build({
    '_config.yml': 'collections:\n  things: {output: true}\ndefaults:\n  - scope: {path: "_things/d.md"}\n    values: {published: false}\n',
    '_things/u.md': '---\npublished: ~\ntitle: U\n---\nx\n',
    '_things/f.md': '---\npublished: false\ntitle: F\n---\nx\n',
    '_things/d.md': '---\ntitle: D\n---\nx\n',
    '_things/t.md': '---\ntitle: T\n---\nx\n',
    'index.html': '---\n---\n{{ site.things | map: "title" | join: "," }}|{{ site.documents | map: "title" | join: "," }}|{% for t in site.things %}{{ t.next.title }}-{{ t.previous.title }};{% endfor %}\n',
  });
  expect(result.files.map((f) => f.path).sort()).toEqual(['index.html', 'things/t.html']);
  expect(Buffer.from(result.files.find((f) => f.path === 'index.html')!.contents).toString()).toBe('T,U|T,U|U-;-T;\n');
});
