// A theme Bundler installed to the site's own bundle path (`bundle config set path vendor/bundle`,
// BUNDLE_PATH, deployment mode): Jekyll runs Bundler.setup for a site with a Gemfile, and the
// gem is found there (Bundler::Settings#path, <path>/ruby/<version>/gems), not only among the
// system gems. `path.system: true` keeps Bundler on the system gems.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fsSource } from '../../lib/index.js';
import { themeSourceFor } from '../../lib/site/theme.js';

let work: string;

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** A gem as `gem install` / Bundler leaves it: its folder under gems/ and its specification beside. */
function install(home: string, version: string): void {
  write(path.join(home, 'gems', `kx-vendored-${version}`, '_layouts', 'default.html'), '{{ content }}\n');
  write(path.join(home, 'specifications', `kx-vendored-${version}.gemspec`), '');
}

function site(name: string, config: string | undefined, bundlePath = 'vendor/bundle'): string {
  const dir = path.join(work, name);
  write(path.join(dir, 'Gemfile'), 'source "https://rubygems.org"\ngem "jekyll"\ngem "kx-vendored"\n');
  write(path.join(dir, '_config.yml'), 'theme: kx-vendored\n');
  if (config !== undefined) write(path.join(dir, '.bundle', 'config'), config);
  install(path.join(dir, bundlePath, 'ruby', '3.1.0'), '1.0.0');
  return dir;
}

const root = (dir: string, env: Record<string, string> = {}): string | undefined =>
  themeSourceFor('kx-vendored', { HOME: work, GEM_HOME: path.join(work, 'none'), GEM_PATH: '', ...env }, dir, fsSource(dir))?.root;

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-theme-bundle-')));
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test("the local .bundle/config's path", () => {
  const dir = site('local', '---\nBUNDLE_PATH: "vendor/bundle"\n');
  expect(root(dir)).toBe(path.join(dir, 'vendor/bundle/ruby/3.1.0/gems/kx-vendored-1.0.0'));
});

test('BUNDLE_PATH in the environment, relative to the Gemfile, and deployment mode', () => {
  const dir = site('env', undefined, '.gems');
  expect(root(dir, { BUNDLE_PATH: '.gems' })).toBe(path.join(dir, '.gems/ruby/3.1.0/gems/kx-vendored-1.0.0'));
  const deployed = site('deployed', '---\nBUNDLE_DEPLOYMENT: "true"\n');
  expect(root(deployed)).toBe(path.join(deployed, 'vendor/bundle/ruby/3.1.0/gems/kx-vendored-1.0.0'));
});

test('without a Gemfile, or with path.system, the bundle path is not searched', () => {
  const system = site('system', '---\nBUNDLE_PATH: "vendor/bundle"\nBUNDLE_PATH__SYSTEM: "true"\n');
  expect(() => root(system)).toThrow('The kx-vendored theme could not be found.');
  const plain = site('plain', '---\nBUNDLE_PATH: "vendor/bundle"\n');
  fs.rmSync(path.join(plain, 'Gemfile'));
  expect(() => root(plain)).toThrow('The kx-vendored theme could not be found.');
});

test("the version the site's Gemfile.lock pins, not the newest installed (Bundler.setup activates the locked one)", () => {
  const gems = path.join(work, 'lockhome');
  for (const v of ['1.2.3', '1.3.0']) install(gems, v);
  const dir = site('locked', undefined);
  const env = { GEM_HOME: gems };
  expect(root(dir, env)).toBe(path.join(gems, 'gems/kx-vendored-1.3.0'));
  write(path.join(dir, 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    jekyll (4.3.1)\n    kx-vendored (1.2.3)\n\nDEPENDENCIES\n  kx-vendored\n');
  expect(root(dir, env)).toBe(path.join(gems, 'gems/kx-vendored-1.2.3'));
});

test("without a Gemfile.lock, the newest installed version that meets the Gemfile's requirements (Bundler's resolution)", () => {
  const gems = path.join(work, 'reqhome');
  for (const v of ['1.2.3', '1.2.10', '1.3.0', '2.0.0']) install(gems, v);
  const dir = site('required', undefined);
  const env = { GEM_HOME: gems };
  const withRequirement = (req: string): string | undefined => {
    write(path.join(dir, 'Gemfile'), `source "https://rubygems.org"\ngem "jekyll"\ngem "kx-vendored"${req}\n`);
    return root(dir, env)?.slice(path.join(gems, 'gems').length + 1);
  };
  expect(withRequirement('')).toBe('kx-vendored-2.0.0');
  expect(withRequirement(', "1.2.3"')).toBe('kx-vendored-1.2.3');
  expect(withRequirement(", '~> 1.2.0'")).toBe('kx-vendored-1.2.10');
  expect(withRequirement(', "~> 1.2"')).toBe('kx-vendored-1.3.0');
  expect(withRequirement(', ">= 1.2.5", "< 1.3", group: :jekyll_plugins')).toBe('kx-vendored-1.2.10');
  expect(withRequirement(', "!= 2.0.0"')).toBe('kx-vendored-1.3.0');
});
