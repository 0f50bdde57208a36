// Which installed version of a theme gem Jekyll uses: Jekyll::Theme#gemspec calls
// Gem::Specification.find_by_name, and Gem::Dependency#to_spec takes the newest release, falling
// back to prereleases (`2.0.0.pre.10`, `1.0.0.rc1`) only when no release is installed; versions
// compare as Gem::Version does (pre.10 after pre.9, a letter segment before a number).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findThemeDir } from '../../lib/site/theme.js';

let work: string;

function install(home: string, name: string, version: string): void {
  fs.mkdirSync(path.join(work, home, 'gems', `${name}-${version}`, '_layouts'), { recursive: true });
  fs.mkdirSync(path.join(work, home, 'specifications'), { recursive: true });
  fs.writeFileSync(path.join(work, home, 'specifications', `${name}-${version}.gemspec`), '');
}

function pick(home: string, name: string): string | undefined {
  const dir = findThemeDir(name, { GEM_HOME: path.join(work, home), GEM_PATH: '', HOME: work });
  return dir && path.basename(dir);
}

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-pre-')));
  for (const v of ['2.0.0.pre', '2.0.0.pre.9', '2.0.0.pre.10', '1.0.0.rc1']) install('pre-only', 'kx-pre', v);
  for (const v of ['1.2.3', '1.10.0', '1.9.9', '2.0.0.pre.10']) install('mixed', 'kx-pre', v);
  install('mixed', 'kx-pre-extra', '9.0.0');
  for (const v of ['1.0.0.b', '1.0.0.a10', '1.0.0.a9']) install('letters', 'kx-pre', v);
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('a theme installed only as prereleases is found: the newest prerelease', () => {
  expect(pick('pre-only', 'kx-pre')).toBe('kx-pre-2.0.0.pre.10');
});

test('a release wins over a newer prerelease; releases compare by number, not as text', () => {
  expect(pick('mixed', 'kx-pre')).toBe('kx-pre-1.10.0');
});

test('prerelease letters compare as text, their numbers as numbers', () => {
  expect(pick('letters', 'kx-pre')).toBe('kx-pre-1.0.0.b');
});
