// looksLikeSassSite: the quick look before a build reads the site, to start libsass loading early.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { looksLikeSassSite } from '../../lib/render/sass-thread.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-early-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const put = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

test('a .scss or .sass page with front matter, at any depth, counts', () => {
  put('index.md', '# x\n');
  expect(looksLikeSassSite(dir)).toBe(false);
  put('assets/css/deep/style.scss', '---\n---\n@import "x";\n');
  expect(looksLikeSassSite(dir)).toBe(true);
  fs.rmSync(path.join(dir, 'assets'), { recursive: true });
  put('main.sass', '---\n---\na\n  b: c\n');
  expect(looksLikeSassSite(dir)).toBe(true);
});

test('partials, files without front matter (static files) and folders Jekyll reads no pages from do not', () => {
  put('_sass/_base.scss', '---\n---\na { b: c; }\n');
  put('.hidden/x.scss', '---\n---\n');
  put('node_modules/pkg/x.scss', '---\n---\n');
  put('vendor/bundle/x.scss', '---\n---\n');
  put('css/plain.scss', 'a { b: c; }\n');
  put('css/tiny.scss', '--');
  expect(looksLikeSassSite(dir)).toBe(false);
});

test('the look is bounded: past the budget of entries it gives up', () => {
  for (let i = 0; i < 30; i++) put(`a/f${i}.txt`, '');
  put('a/b/style.scss', '---\n---\n');
  expect(looksLikeSassSite(dir, 10)).toBe(false);
  expect(looksLikeSassSite(dir)).toBe(true);
});
