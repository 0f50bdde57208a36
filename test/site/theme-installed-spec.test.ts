// Which theme gems are installed: RubyGems knows a gem by its specification (`specifications/
// NAME-VERSION.gemspec`, Gem::Specification.find_by_name), and Jekyll::Theme#root then takes the
// folder `gems/NAME-VERSION` beside it. A folder in gems/ without a specification (a failed or
// half-removed `gem install`) is no gem: "The x theme could not be found."; a specification whose
// folder is gone is one, and Theme#root fails on the missing folder (both checked with Jekyll 4.3.1).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findThemeDir, themeSourceFor } from '../../lib/site/theme.js';

let work: string;

function put(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const env = (home: string): Record<string, string> => ({ GEM_HOME: path.join(work, home), GEM_PATH: '', HOME: work });

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-spec-')));
  // A folder only: no specification.
  put(path.join(work, 'folder-only', 'gems', 'kx-spec-1.0.0', '_layouts', 'default.html'), '{{ content }}\n');
  // 1.0.0 installed; 2.0.0's folder left without its specification.
  put(path.join(work, 'newer-folder', 'gems', 'kx-spec-1.0.0', '_layouts', 'default.html'), '{{ content }}\n');
  put(path.join(work, 'newer-folder', 'specifications', 'kx-spec-1.0.0.gemspec'), '');
  put(path.join(work, 'newer-folder', 'gems', 'kx-spec-2.0.0', '_layouts', 'default.html'), '{{ content }}\n');
  // A specification whose folder is gone.
  put(path.join(work, 'spec-only', 'specifications', 'kx-spec-1.0.0.gemspec'), '');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('a gem folder without a specification is not an installed theme', () => {
  expect(findThemeDir('kx-spec', env('folder-only'))).toBeUndefined();
  expect(() => themeSourceFor('kx-spec', env('folder-only'))).toThrow('The kx-spec theme could not be found.');
});

test('the newest version with a specification is the one used, not a newer bare folder', () => {
  expect(findThemeDir('kx-spec', env('newer-folder'))).toBe(path.join(work, 'newer-folder', 'gems', 'kx-spec-1.0.0'));
});

test("a specification without its folder names the theme, whose root then does not exist (Theme#root's error)", () => {
  const dir = path.join(work, 'spec-only', 'gems', 'kx-spec-1.0.0');
  expect(findThemeDir('kx-spec', env('spec-only'))).toBe(dir);
  expect(() => themeSourceFor('kx-spec', env('spec-only'))).toThrow(`Path ${dir} does not exist, is not accessible or includes a symbolic link loop`);
});
