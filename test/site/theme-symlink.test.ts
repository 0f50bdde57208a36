// A theme gem whose folder is a symbolic link (rbenv's, or a gem folder linked in from elsewhere):
// Jekyll's Theme#root is File.realpath of the gem's folder, so its files' paths are the real ones
// (a Sass source map names them), while RubyGems still reads the gemspec where it listed the gem.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import { pluginsWithTheme, themeSourceFor } from '../../lib/site/theme.js';

let work: string;
let real: string;
let env: Record<string, string>;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-link-')));
  real = path.join(work, 'elsewhere', 'jekyll-theme-linky-1.0.0');
  write(path.join(real, '_layouts', 'default.html'), '<main>{{ content }}</main>\n');
  write(path.join(real, '_sass', 'linky.scss'), 'a { color: red; }\n');
  const home = path.join(work, 'gemhome');
  fs.mkdirSync(path.join(home, 'gems'), { recursive: true });
  fs.symlinkSync(real, path.join(home, 'gems', 'jekyll-theme-linky-1.0.0'));
  write(path.join(home, 'specifications', 'jekyll-theme-linky-1.0.0.gemspec'), 's.add_runtime_dependency(%q<jekyll-feed>.freeze, [">= 0"])\n');
  env = { GEM_HOME: home, GEM_PATH: '' };
  write(path.join(work, 'site', '_config.yml'), 'theme: jekyll-theme-linky\n');
  write(path.join(work, 'site', 'assets', 'main.scss'), '---\n---\n@import "linky";\n');
  write(path.join(work, 'site', 'index.md'), '---\nlayout: default\n---\nHi\n');
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("the theme's root is the gem folder's real path; its gemspec is read where RubyGems found the gem", () => {
  const theme = themeSourceFor('jekyll-theme-linky', env);
  expect(theme?.root).toBe(real);
  expect(pluginsWithTheme([], theme)).toEqual(['jekyll-feed']);
});

test('a Sass source map names the real files of the theme', async () => {
  const result = await renderSite({ source: path.join(work, 'site'), write: false, env: { ...env, SOURCE_DATE_EPOCH: '1767225600' } });
  const map = JSON.parse(String(result.files.find((f) => f.path === 'assets/main.css.map')?.contents)) as { sources: string[] };
  expect(map.sources).toEqual(['main.scss', '../elsewhere/jekyll-theme-linky-1.0.0/_sass/linky.scss']);
  expect(String(result.files.find((f) => f.path === 'index.html')?.contents)).toBe('<main><p>Hi</p>\n</main>\n');
});
