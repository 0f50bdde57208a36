// An installed theme's specification as RubyGems writes it: the dependencies under
// `if s.respond_to? :add_runtime_dependency then`, and all of them again as `add_dependency` in the
// `else` branch, development ones too. Jekyll's require_theme_deps loads the runtime ones only: a
// theme with development dependencies alone (rake, bundler: ashmaroli/solitude) loads no plugin.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pluginsWithTheme, themeSourceFor } from '../../lib/site/theme.js';

let work: string;
let env: Record<string, string>;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function spec(name: string, runtime: string[], development: string[]): string {
  const line = (kind: string, gem: string): string => `    s.${kind}(%q<${gem}>.freeze, [">= 0"])\n`;
  return `Gem::Specification.new do |s|\n  s.name = "${name}".freeze\n  if s.respond_to? :add_runtime_dependency then\n${
    runtime.map((g) => line('add_runtime_dependency', g)).join('') + development.map((g) => line('add_development_dependency', g)).join('')
  }  else\n${[...runtime, ...development].map((g) => line('add_dependency', g)).join('')}  end\nend\n`;
}

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-spec-')));
  for (const [name, runtime, development] of [
    ['quiet-theme', [], ['jekyll', 'bundler', 'rake']],
    ['busy-theme', ['jekyll', 'jekyll-feed'], ['rake']],
  ] as const) {
    write(path.join(work, 'gems', `${name}-1.0.0`, '_layouts', 'default.html'), '{{ content }}\n');
    write(path.join(work, 'specifications', `${name}-1.0.0.gemspec`), spec(name, [...runtime], [...development]));
  }
  env = { GEM_HOME: work, GEM_PATH: '' };
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('a theme with development dependencies only loads no plugin', () => {
  expect(pluginsWithTheme([], themeSourceFor('quiet-theme', env))).toEqual([]);
});

test("the runtime branch's gems load, not the else branch's development ones", () => {
  expect(pluginsWithTheme([], themeSourceFor('busy-theme', env))).toEqual(['jekyll-feed']);
});

test('the theme is looked up by its name down-cased and stripped (Jekyll::Theme#initialize; `theme: Tokyo` is the gem tokyo)', () => {
  expect(themeSourceFor(' Busy-Theme\n', env)?.root).toBe(path.join(work, 'gems', 'busy-theme-1.0.0'));
  expect(() => themeSourceFor('Absent-Theme', env)).toThrow('The absent-theme theme could not be found.');
});
