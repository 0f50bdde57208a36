import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSite } from '../../lib/write/index.js';
import type { OutputFile } from '../../lib/types.js';

const file = (p: string, text: string): OutputFile => ({ path: p, url: `/${p}`, size: text.length, contents: text });

describe('writeSite', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-write-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('writes every file and replaces what was there', () => {
    const dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'stale.html'), 'old');
    writeSite(dest, [file('index.html', 'hi'), file('a/b/c.html', 'deep')]);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('hi');
    expect(fs.readFileSync(path.join(dest, 'a/b/c.html'), 'utf8')).toBe('deep');
    expect(fs.existsSync(path.join(dest, 'stale.html'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('keep_files survive a rebuild', () => {
    const dest = path.join(dir, '_site');
    fs.mkdirSync(path.join(dest, '.git'), { recursive: true });
    fs.writeFileSync(path.join(dest, '.git', 'HEAD'), 'ref');
    writeSite(dest, [file('index.html', 'x')], { keepFiles: ['.git'] });
    expect(fs.readFileSync(path.join(dest, '.git', 'HEAD'), 'utf8')).toBe('ref');
  });

  // cleaner.rb#keep_file_regex is `dest/(k1|k2)`: a prefix of the path (real Jekyll 4.3.1
  // keeps old.txt for `o`, .github/ and .gitignore for `.git`, assets/img for `assets/im`)
  test('keep_files are prefixes of paths below the destination', () => {
    const dest = path.join(dir, '_site');
    for (const f of ['old.txt', '.github/x', '.gitignore', 'assets/img/a.png', 'assets/other.css', 'notes/kept.md', 'notes/gone.md', 'stale.html']) {
      fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
      fs.writeFileSync(path.join(dest, f), 'old');
    }
    writeSite(dest, [file('index.html', 'x'), file('assets/site.css', 'y')], { keepFiles: ['o', '.git', 'assets/im', 'notes/k'] });
    const left = (d: string): string[] => fs.readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dest, path.join(e.parentPath, e.name))).sort();
    expect(left(dest)).toEqual(['.github/x', '.gitignore', 'assets/img/a.png', 'assets/site.css', 'index.html', 'notes/kept.md', 'old.txt']);
  });

  // The prefix is the string as written, and keep_dirs are the parents of Jekyll.sanitized_path of it
  // (checked with jekyll build 4.3.1 over the same destinations): `sub/` keeps what is in sub only when
  // the new site writes into sub (sub2), else sub goes whole; `/CNAME` and `./keepme` keep nothing;
  // `deep//x` keeps the folder deep (empty), not deep/x.
  test('keep_files are literal prefixes: a trailing slash, a leading slash, ./ and // as Jekyll reads them', () => {
    const dest = path.join(dir, '_site');
    const old = ['sub/a', 'sub/d/b', 'sub2/hand', 'assets/x/k', 'assets/y/k', 'assets/xk', 'CNAME', 'keepme', 'deep/x'];
    for (const f of old) {
      fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
      fs.writeFileSync(path.join(dest, f), 'old');
    }
    writeSite(dest, [file('index.html', 'x'), file('sub2/index.html', 'y'), file('assets/a.txt', 'z')], {
      keepFiles: ['sub/', 'sub2/', 'assets/x/', '/CNAME', './keepme', 'deep//x'],
    });
    const left = fs.readdirSync(dest, { recursive: true, withFileTypes: true }).map((e) => `${path.relative(dest, path.join(e.parentPath, e.name))}${e.isDirectory() ? '/' : ''}`);
    expect(left.sort()).toEqual(['assets/', 'assets/a.txt', 'deep/', 'index.html', 'sub2/', 'sub2/hand', 'sub2/index.html']);
  });

  test('a kept name that starts with two dots (..notes) is a name inside the destination, and is kept', () => {
    const dest = path.join(dir, '_site');
    fs.mkdirSync(path.join(dest, '..notes'), { recursive: true });
    fs.writeFileSync(path.join(dest, '..notes', 'a.md'), 'mine');
    writeSite(dest, [file('index.html', 'x')], { keepFiles: ['..notes'] });
    expect(fs.readFileSync(path.join(dest, '..notes', 'a.md'), 'utf8')).toBe('mine');
  });

  test('keep_files never read nor write outside the destination', () => {
    const dest = path.join(dir, 'site', '_site');
    fs.mkdirSync(dest, { recursive: true });
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    fs.writeFileSync(path.join(dir, 'site', 'other.txt'), 'other');
    writeSite(dest, [file('index.html', 'x')], { keepFiles: ['../../secret.txt', '../other.txt', '..', '../../', '/../secret.txt'] });
    expect(fs.readdirSync(dest)).toEqual(['index.html']);
    expect(fs.readdirSync(dir).sort()).toEqual(['secret.txt', 'site']);
    expect(fs.readdirSync(path.join(dir, 'site')).sort()).toEqual(['_site', 'other.txt']);
  });

  // Jekyll 4.3.1 makes folders only for the files it writes: a site with no output (every post
  // unreadable, nothing but _config.yml) leaves a missing _site missing, and empties one that is there.
  test('a site with no files makes no destination, and empties one that is there', () => {
    const dest = path.join(dir, '_site');
    expect(writeSite(dest, []).mode).toBe('swap');
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.mkdirSync(path.join(dest, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dest, 'sub', 'old.html'), 'old');
    writeSite(dest, []);
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readdirSync(dest)).toEqual([]);
  });

  test('a failed write leaves the old destination as it was', () => {
    const dest = path.join(dir, '_site');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'index.html'), 'good');
    // A file and a folder at the same path cannot both be written.
    expect(() => writeSite(dest, [file('x', 'file'), file('x/y.html', 'inside')])).toThrow(/Could not write the site/);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('good');
    expect(fs.readdirSync(dir)).toEqual(['_site']);
  });

  test('removePrevious: background returns before the previous site is removed, which then goes', async () => {
    const dest = path.join(dir, '_site');
    // Enough files that removing them takes a while after writeSite has returned.
    for (let i = 0; i < 400; i++) {
      fs.mkdirSync(path.join(dest, `d${i}`), { recursive: true });
      fs.writeFileSync(path.join(dest, `d${i}`, 'old.html'), 'old');
    }
    const dead = path.join(dir, '._site.kyll-new-999999999-abc');
    fs.mkdirSync(dead);
    writeSite(dest, [file('index.html', 'new')], { removePrevious: 'background' });
    expect(fs.readdirSync(dest)).toEqual(['index.html']);
    const retired = fs.readdirSync(dir).filter((n) => n.includes('.kyll-old-'));
    expect(retired).toHaveLength(1);
    for (let i = 0; i < 200 && fs.readdirSync(dir).length > 1; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fs.readdirSync(dir)).toEqual(['_site']);
    expect(fs.readFileSync(path.join(dest, 'index.html'), 'utf8')).toBe('new');
  }, 20_000);
});
