// `kyll build --disable-disk-cache` (Jekyll's flag) reaches the Sass cache: no .jekyll-cache is
// written or read; without the flag the compiled CSS is kept there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';

const printer = { out: (): void => undefined, err: (): void => undefined };
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-cli-cache-'));
  fs.mkdirSync(path.join(dir, 'css'));
  fs.writeFileSync(path.join(dir, 'css', 'main.scss'), '---\n---\na { b { c: 1px * 2; } }\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sassCache = (): string => path.join(dir, '.jekyll-cache', 'kyll', 'sass');
const css = (): string => fs.readFileSync(path.join(dir, '_site', 'css', 'main.css'), 'utf8');

test('with --disable-disk-cache the Sass cache is neither written nor read', async () => {
  expect(await run(['build', '-s', dir, '-q', '--disable-disk-cache'], printer)).toBe(0);
  expect(css()).toContain('a b { c: 2px; }');
  expect(fs.existsSync(path.join(dir, '.jekyll-cache'))).toBe(false);
  // A cached entry is not read either: a build without the flag fills the cache, then a poisoned entry is ignored.
  expect(await run(['build', '-s', dir, '-q'], printer)).toBe(0);
  const [entry] = fs.readdirSync(sassCache());
  fs.writeFileSync(path.join(sassCache(), entry!), JSON.stringify({ css: 'poisoned' }));
  expect(await run(['build', '-s', dir, '-q', '--disable-disk-cache'], printer)).toBe(0);
  expect(css()).toContain('a b { c: 2px; }');
  expect(await run(['build', '-s', dir, '-q'], printer)).toBe(0);
  expect(css()).toContain('poisoned');
}, 120_000);
