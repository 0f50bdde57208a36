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
