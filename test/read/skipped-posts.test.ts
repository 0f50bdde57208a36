// PostReader's "Skipping:" lines (Jekyll 4.3.1, post_reader.rb): once a folder's posts are read,
// a post left out for a future date is a warning; one whose content is not valid UTF-8 or nil (a
// `.yml` post is read as data only) a debug line, printed with --verbose. A collection's future
// document is read without a line. Jekyll's log for the site below (`jekyll build --verbose`):
//   Reading: _posts/2020-01-01-a.md ... Reading: _posts/2099-02-02-uf.md
//   Error: could not read file /…/_posts/2020-03-03-bad.md: invalid byte sequence in UTF-8   (while reading it)
//   Skipping: _posts/2020-03-03-bad.md is not valid UTF-8                                    (debug)
//   Skipping: Content in _posts/2020-04-04-y.yml is nil                                      (debug)
//   Skipping: _posts/2099-01-01-f.md has a future date                                       (warn)
//   Skipping: _posts/2099-02-02-uf.md has a future date                                      (warn, unpublished too)
//   Reading: blog/_posts/2019-01-01-g.md
//   Skipping: blog/_posts/2019-01-01-g.md has a future date                                  (warn)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { run } from '../../lib/cli/run.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { writeFiles } from '../helpers/folder-tree.js';

const FILES: Record<string, string | Uint8Array> = {
  '_config.yml': 'collections:\n  things:\n    output: true\n',
  '_posts/2020-01-01-a.md': '---\ntitle: a\n---\nA\n',
  '_posts/2020-02-02-u.md': '---\npublished: false\n---\nU\n',
  '_posts/2020-03-03-bad.md': Buffer.from('---\ntitle: bad\n---\n\xff\xfe bad\n', 'latin1'),
  '_posts/2020-04-04-y.yml': 'title: y\n',
  '_posts/2099-01-01-f.md': '---\ntitle: f\n---\nF\n',
  '_posts/2099-02-02-uf.md': '---\npublished: false\n---\nU\n',
  'blog/_posts/2019-01-01-g.md': '---\ndate: 2098-01-01\n---\nG\n',
  '_things/t.md': '---\ndate: 2099-01-01\n---\nT\n',
  'index.md': '---\n---\nindex\n',
};

// Document#handle_read_error names the file by its absolute path: the Source's root, `(memory)` for a memory source
const logOf = (root: string): string[][] => [
  ['error', `could not read file ${root}/_posts/2020-03-03-bad.md: invalid byte sequence in UTF-8`],
  ['debug', 'Skipping: _posts/2020-03-03-bad.md is not valid UTF-8'],
  ['debug', 'Skipping: Content in _posts/2020-04-04-y.yml is nil'],
  ['warning', 'Skipping: _posts/2099-01-01-f.md has a future date'],
  ['warning', 'Skipping: _posts/2099-02-02-uf.md has a future date'],
  ['warning', 'Skipping: blog/_posts/2019-01-01-g.md has a future date'],
];
const LOG = logOf('(memory)');

test('posts left out are reported as Jekyll logs them, once their folder is read', async () => {
  const result = await renderSite({ source: memorySource(FILES), env: FIXED_ENV });
  expect(result.diagnostics.map((d) => [d.level, d.message])).toEqual(LOG);
  // The .yml post is not written (its content is nil); the future document is read, not written.
  expect(result.files.map((f) => f.path).sort()).toEqual(['2020/01/01/a.html', 'index.html']);
});

test('with --verbose, every post file of a folder is read (`Reading:`), and its lines come before the next folder', async () => {
  const result = await renderSite({ source: memorySource(FILES), env: FIXED_ENV, verbose: true });
  const lines = result.diagnostics.map((d) => d.message).filter((m) => /^(Reading: (_posts|blog)|Skipping:|could not)/.test(m));
  expect(lines).toEqual([
    ...['2020-01-01-a.md', '2020-02-02-u.md', '2020-03-03-bad.md', '2020-04-04-y.yml', '2099-01-01-f.md', '2099-02-02-uf.md'].map((f) => `Reading: _posts/${f}`),
    ...LOG.map(([, m]) => m).slice(0, 5),
    'Reading: blog/_posts/2019-01-01-g.md',
    LOG[5]![1],
  ]);
});

test('a draft after site.time is skipped with the same warning; with future: true nothing is', async () => {
  // A folder's posts, then its drafts, then its subfolders' (jekyll build --drafts).
  const files = { '_drafts/d.md': '---\ndate: 2099-01-01\n---\nD\n', '_posts/2099-01-01-f.md': '---\n---\nF\n', 'blog/_posts/2019-01-01-g.md': '---\ndate: 2098-01-01\n---\nG\n' };
  const drafts = await renderSite({ source: memorySource(files), env: FIXED_ENV, config: { show_drafts: true } });
  expect(drafts.diagnostics.map((d) => d.message)).toEqual(['Skipping: _posts/2099-01-01-f.md has a future date', 'Skipping: _drafts/d.md has a future date', 'Skipping: blog/_posts/2019-01-01-g.md has a future date']);
  const future = await renderSite({ source: memorySource(files), env: FIXED_ENV, config: { show_drafts: true, future: true } });
  expect(future.diagnostics).toEqual([]);
});

test('a post within the second of site.time is not in the future (Time#to_i)', async () => {
  const files = { '_posts/2026-01-01-now.md': '---\ndate: 2026-01-01 00:00:00.5 +0000\n---\nN\n' };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV });
  expect(result.diagnostics).toEqual([]);
  expect(result.files.map((f) => f.path)).toEqual(['2026/01/01/now.html']);
});

describe('the CLI', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-skip-'));
    writeFiles(dir, FILES);
    Object.assign(process.env, FIXED_ENV);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    process.env = saved;
  });

  const build = async (...flags: string[]): Promise<{ out: string[]; err: string[] }> => {
    const out: string[] = [];
    const err: string[] = [];
    const printer = { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) };
    expect(await run(['build', '-s', dir, '--disable-disk-cache', ...flags], printer)).toBe(0);
    return { out, err };
  };

  // The warnings on stderr; the debug lines with --verbose only, on stdout among Jekyll's other
  // debug lines, as its LogAdapter prints them (the topic right-aligned in 20 columns).
  test('prints the warnings, and the debug lines only with --verbose', async () => {
    // as Jekyll prints them: `             Error: could not read file ...`, `          Skipping: ... has a future date`
    const line = ([level, message]: string[]): string => (message!.startsWith('Skipping: ') ? `          ${message}` : `${level === 'error' ? '             Error' : '           Warning'}: ${message}`);
    const quiet = await build();
    expect(quiet.err.filter((l) => l !== 'Configuration file: none')).toEqual(logOf(dir).filter(([level]) => level !== 'debug').map(line));
    expect(quiet.out.filter((l) => l.includes('Skipping:'))).toEqual([]);
    const verbose = await build('--verbose');
    expect(verbose.err.filter((l) => l !== 'Configuration file: none')).toEqual(logOf(dir).filter(([level]) => level !== 'debug').map(line));
    expect(verbose.out.filter((l) => l.includes('Skipping:'))).toEqual(LOG.filter(([level]) => level === 'debug').map(([, m]) => `          ${m}`));
  });
});
