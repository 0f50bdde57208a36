// Jekyll::URL.escape_path hands each URL placeholder value to Addressable::URI.encode, which
// parses it as a URI first: the text before a first ':' (with no '/', '?' or '#' before it) is
// a scheme, and Addressable refuses one with a space or a leading digit, a scheme-less path
// whose first segment holds a ':', an IP-based scheme with nothing after it. Jekyll 4.3.1 stops
// the build with Addressable::URI::InvalidURIError (found on a GitHub Pages site with a page
// named 'the sci origin: a ccnuma highly scalable server.md'); kyll wrote such pages. Every
// outcome below was checked with Jekyll 4.3.1 on scratch sites.
import { escapePath } from '../../lib/url/escape.js';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test.each([
  ['note:x', 'note:x'],
  ['https:x y', 'https:x%20y'],
  ['/x y: z', '/x%20y:%20z'],
  ['a?b: c', 'a?b:%20c'],
])('escapePath(%j) is %j', (value, escaped) => {
  expect(escapePath(value)).toBe(escaped);
});

test.each([
  ['the sci origin: a server', "Invalid scheme format: 'the sci origin'"],
  ['2020: review', "Invalid scheme format: '2020'"],
  [':x', "Cannot assemble URI string with ambiguous path: ':x'"],
  ['http:', "Absolute URI missing hierarchical segment: 'http:'"],
])('escapePath(%j) stops with %j', (value, message) => {
  expect(() => escapePath(value, 'a.md')).toThrow(expect.objectContaining({ code: 'INVALID_PERMALINK', file: 'a.md', message: expect.stringContaining(message) }));
});

const build = (files: Record<string, string>) =>
  renderSite({
    source: memorySource({ '_config.yml': 'collections:\n  notes:\n    output: false\n', 'index.md': '---\n---\nhome\n', ...files }),
    write: false,
    env: FIXED_ENV,
  });

const SPACE = "Invalid scheme format: 'a b'";
test.each([
  ['a page at the root', { 'a b: c.md': '---\n---\nx\n' }, 'a b: c.md', SPACE],
  ['a page in a folder', { 'sub/a b: c.md': '---\n---\nx\n' }, 'sub/a b: c.md', SPACE],
  ['a page whose permalink has a colon of its own', { 'a b: c.md': '---\npermalink: /abc:x/\n---\nx\n' }, 'a b: c.md', SPACE],
  ['a post whose category starts with digits', { '_posts/2020-01-01-x.md': '---\ncategories: ["2020: review"]\n---\nx\n' }, '_posts/2020-01-01-x.md', "Invalid scheme format: '2020'"],
  ['a file of a collection that is not written', { '_notes/a b: c.txt': 'x\n' }, '_notes/a b: c.txt', SPACE],
])('%s stops the build, naming the file', async (_name, files, file, message) => {
  await expect(build(files)).rejects.toMatchObject({ code: 'INVALID_PERMALINK', file, message: expect.stringContaining(message) });
});

test.each([
  ['a folder whose name has the colon (its value starts with /)', { 'x y: z/page.md': '---\n---\nx\n' }, 'x y: z/page.html'],
  ['a page with a permalink that has no colon', { 'a b: c.md': '---\npermalink: /abc/\n---\nx\n' }, 'abc/index.html'],
  ['a post whose title has the colon (slugified)', { '_posts/2020-01-01-a b: c.md': '---\n---\nx\n' }, '2020/01/01/a-b-c.html'],
  ['a document that is not written', { '_notes/x.md': '---\ncategories: ["2020: review"]\n---\nx\n' }, 'index.html'],
])('%s builds', async (_name, files, written) => {
  const result = await build(files);
  expect(result.files.map((f) => f.path)).toContain(written);
});
