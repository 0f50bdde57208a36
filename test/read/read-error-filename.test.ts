// Jekyll's read errors name a page, layout or document by its absolute path: Convertible#read_yaml's
// `filename` (site.in_source_dir) and Document#path. Each message below is what Jekyll 4.3.1 logged
// for the same files (run from the site's folder), with the site's folder as the root.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePage } from '../../lib/read/parse-page.js';
import { parsePost, renderSite } from '../../lib/index.js';
import { fsSource } from '../../lib/source/fs-source.js';
import { FIXED_ENV } from '../helpers/build-env.js';

let root: string;
beforeEach(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-names-')));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}

const messages = async (): Promise<string[]> => {
  const result = await renderSite({ source: fsSource(root), env: FIXED_ENV });
  return result.diagnostics.filter((d) => d.level !== 'debug').map((d) => d.message);
};

test('broken or refused front matter: posts, pages and layouts named by their absolute path', async () => {
  write({
    '_posts/2020-01-01-a.md': '---\na: :sym\n---\nhi\n',
    '_posts/2020-01-02-b.md': '---\ncategories: 5\n---\n',
    '_posts/2020-01-03-c.md': '---\ntitle: [a\n---\nhi\n',
    '_layouts/default.html': '---\na: [\n---\n{{ content }}\n',
    'p.md': '---\na: :sym\n---\nhi\n',
    'about.md': '---\nx: [\n---\nhi\n',
  });
  expect((await messages()).sort()).toEqual([
    `Error reading file ${root}/p.md: Tried to load unspecified class: Symbol`,
    `YAML Exception reading ${root}/_layouts/default.html: (<unknown>): did not find expected node content while parsing a flow node at line 3 column 1`,
    `YAML Exception reading ${root}/_posts/2020-01-03-c.md: (<unknown>): did not find expected ',' or ']' while parsing a flow sequence at line 2 column 8`,
    `YAML Exception reading ${root}/about.md: (<unknown>): did not find expected node content while parsing a flow node at line 3 column 1`,
    `could not read file ${root}/_posts/2020-01-01-a.md: Tried to load unspecified class: Symbol`,
    `could not read file ${root}/_posts/2020-01-02-b.md: no implicit conversion of Integer into Array`,
  ]);
});

test('a document under collections_dir, front matter that is no mapping, bytes that are not UTF-8', async () => {
  write({
    '_config.yml': 'collections_dir: my\n',
    'my/_posts/2020-01-01-a.md': '---\na: [\n---\nhi\n',
    'my/_posts/2020-01-02-l.md': '---\n- a\n---\nhi\n',
  });
  fs.writeFileSync(path.join(root, 'my/_posts/2020-01-03-e.md'), Buffer.from('---\na: \xff\n---\nhi\n', 'latin1'));
  fs.writeFileSync(path.join(root, 'e.html'), Buffer.from('---\na: \xff\n---\nhi\n', 'latin1'));
  expect((await messages()).sort()).toEqual([
    `Error reading file ${root}/e.html: invalid byte sequence in UTF-8`,
    `YAML Exception reading ${root}/my/_posts/2020-01-01-a.md: (<unknown>): did not find expected node content while parsing a flow node at line 3 column 1`,
    `could not read file ${root}/my/_posts/2020-01-02-l.md: undefined method \`key?' for ["a"]:Array`,
    `could not read file ${root}/my/_posts/2020-01-03-e.md: invalid byte sequence in UTF-8`,
  ]);
});

test.each([
  ['---\n- a\n---\nhi\n', 'Invalid YAML front matter in'],
  ['---\npermalink: ""\n---\nhi\n', 'Invalid permalink in'],
])('a page that stops the build names its absolute path (%#)', async (text, words) => {
  write({ 'a.md': text });
  await expect(renderSite({ source: fsSource(root), env: FIXED_ENV })).rejects.toMatchObject({ message: `${words} ${root}/a.md`, file: 'a.md' });
});

test('parsePage and parsePost name the file by `filename` when given, by its path when not', () => {
  const bad = '---\na: [\n---\nhi\n';
  expect(() => parsePost(bad, { path: '_posts/2020-01-01-a.md', filename: '/s/_posts/2020-01-01-a.md' })).toThrow(/^YAML Exception reading \/s\/_posts\/2020-01-01-a\.md: /);
  expect(() => parsePost(bad, { path: '_posts/2020-01-01-a.md' })).toThrow(/^YAML Exception reading _posts\/2020-01-01-a\.md: /);
  expect(() => parsePage('---\n- a\n---\n', { path: 'a.md', filename: '/s/a.md' })).toThrow('Invalid YAML front matter in /s/a.md');
});

// Psych's TIME pattern takes a tab between a date and its time, ScalarScanner#parse_time's
// `split(/[ tT]/, 2)` does not: Ruby's NoMethodError (error_highlight's lines kept), which Jekyll
// logs and reads on (Jekyll 4.3.1 on the same files).
test('a timestamp with a tab between date and time: NoMethodError from parse_time, the build goes on', async () => {
  write({
    '_posts/2020-01-01-p.md': '---\nx: 2020-03-04\t10:20:30\n---\npost\n',
    'page.md': '---\nx: 2020-03-04\t10:20:30 +08:00\n---\nbody\n',
  });
  expect((await messages()).sort()).toEqual([
    `Error reading file ${root}/page.md: undefined method \`[]' for nil:NilClass\n\n      (hh, mm, ss) = md[1].split(':').map { |x| x.to_i }\n                       ^^^`,
    `could not read file ${root}/_posts/2020-01-01-p.md: undefined method \`match' for nil:NilClass\n\n      md = time.match(/(\\d+:\\d+:\\d+)(?:\\.(\\d*))?\\s*(Z|[-+]\\d+(:\\d\\d)?)?/)\n               ^^^^^^`,
  ]);
});
