// Gem-based themes (`theme: minima`): Jekyll finds the theme's gem and uses
// its _layouts, _includes, _sass, _data and assets after the site's own
// (theme.rb). We look for the installed gem where RubyGems puts gems.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { fsSource } from '../source/fs-source.js';
import type { Source } from '../source/source.js';
import { GITHUB_PAGES_DEFAULT_THEME } from '../plugins/github-pages/profile.js';
import { gemfilePathOf, gemfileRequirements, usesBundler } from '../plugins/gemfile.js';
import { subfolderSource } from '../source/subfolder-source.js';
import { rubyInspect } from '../liquid/ruby/to-s.js';
import { rubyClass } from '../liquid/filters/spaceship.js';
import { runtimeBranch } from './gemspec-fields.js';
import { requiredGem } from '../plugins/required-gem.js';
import { bundleGemDirs, lockedGemVersion } from './bundle-path.js';
import { compareGemVersions, gemSegments, isPrerelease, satisfiesRequirement, type GemSegments } from './gem-version.js';

/** Themes that are a gem's source folder (not an installed gem): their gemspec names their runtime dependencies. */
const sourceGemThemes = new WeakSet<Source>();

/** An installed theme's folder as RubyGems lists it (beside its `specifications`), when its root is another path. */
const gemFolders = new WeakMap<Source, string>();

function gemDirs(env: Readonly<Record<string, string | undefined>>): string[] {
  const dirs: string[] = [];
  for (const v of [env.GEM_HOME, ...(env.GEM_PATH ?? '').split(':')]) if (v) dirs.push(path.join(v, 'gems'));
  dirs.push('/usr/share/rubygems-integration/all/gems', '/usr/local/share/gems/gems', '/usr/share/gems/gems');
  for (const base of ['/var/lib/gems', '/usr/lib/ruby/gems', '/usr/local/lib/ruby/gems', path.join(os.homedir(), '.gem', 'ruby'), path.join(os.homedir(), '.local', 'share', 'gem', 'ruby')]) {
    try {
      for (const v of fs.readdirSync(base)) dirs.push(path.join(base, v, 'gems'));
    } catch {
      // not there
    }
  }
  return dirs;
}

/**
 * The folder of the installed gem called `name` that RubyGems picks (Gem::Specification.find_by_name
 * via Gem::Dependency#to_spec): the newest release, or, when only prereleases are installed
 * (`2.0.0.pre`, `1.0.0.rc1`), the newest prerelease.
 */
export function findThemeDir(name: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  return newestGem(name, gemDirs(env));
}

/**
 * The full names (`name-version`) of the gems installed under the `gems` folder `dir`: those whose
 * specification is in `specifications/` (or `specifications/default/`) beside it. RubyGems knows a gem
 * by its specification alone (Gem::Specification.stubs): a folder in `gems/` without one (a failed or
 * half-removed install) is not a gem, and a specification whose folder is gone still names one.
 */
function installedGems(dir: string): string[] {
  const base = path.dirname(dir);
  const names: string[] = [];
  for (const specs of [path.join(base, 'specifications'), path.join(base, 'specifications', 'default')]) {
    try {
      for (const e of fs.readdirSync(specs)) if (e.endsWith('.gemspec')) names.push(e.slice(0, -'.gemspec'.length));
    } catch {
      // not there
    }
  }
  return names;
}

/** findThemeDir's pick among the gems in `dirs` (those that meet every one of `requirements`). */
function newestGem(name: string, dirs: string[], requirements: readonly string[] = []): string | undefined {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+(?:\\.[0-9A-Za-z]+)*)$`);
  let best: { dir: string; version: GemSegments } | undefined;
  let bestPre: { dir: string; version: GemSegments } | undefined;
  for (const dir of dirs) {
    for (const e of installedGems(dir)) {
      const m = pattern.exec(e);
      if (!m) continue;
      const version = gemSegments(m[1]!);
      if (!requirements.every((r) => satisfiesRequirement(version, r))) continue;
      const found = { dir: path.join(dir, e), version };
      if (isPrerelease(version)) {
        if (!bestPre || compareGemVersions(version, bestPre.version) > 0) bestPre = found;
      } else if (!best || compareGemVersions(version, best.version) > 0) best = found;
    }
  }
  return (best ?? bestPre)?.dir;
}

/**
 * The gems a theme needs at run time (its gemspec's runtime dependencies, minima:
 * jekyll-feed and jekyll-seo-tag): Jekyll loads them as plugins (plugin_manager.rb#require_theme_deps).
 */
export function themeDependencies(themeDir: string): string[] {
  const gemsDir = path.dirname(themeDir);
  const spec = path.join(path.dirname(gemsDir), 'specifications', `${path.basename(themeDir)}.gemspec`);
  let text: string;
  try {
    text = fs.readFileSync(spec, 'utf8');
  } catch {
    return [];
  }
  // Installed gemspecs list the dependencies twice (runtime, and an `else` branch with the development
  // ones as add_dependency too): only the first branch counts, and it may hold no runtime dependency at all.
  const listed = [...runtimeBranch(text).matchAll(/add_(?:runtime_)?dependency\(%q<([^>]+)>/g)].map((m) => m[1]!);
  return [...new Set(listed.filter((name) => name !== 'jekyll'))];
}

/** The gem a gemspec names (`s.name = "..."`). */
function gemspecName(text: string): string | undefined {
  return /^\s*\w+\.name\s*=\s*["']([^"']+)["']/m.exec(text)?.[1];
}

/** The gems the source gemspecs at the top of `src` name (`s.name = "..."`), with the runtime dependencies each lists. */
function sourceGemspecs(src: Source): { name: string; dependencies: string[] }[] {
  return src.list().flatMap((f) => {
    if (f.includes('/') || !f.endsWith('.gemspec')) return [];
    const text = src.readText(f);
    const name = gemspecName(text);
    if (!name) return [];
    // add_runtime_dependency / add_dependency, not add_development_dependency.
    const dependencies = [...text.matchAll(/^\s*\w+\.add_(?:runtime_)?dependency[\s(]+["']([^"']+)["']/gm)].map((m) => m[1]!);
    return [{ name, dependencies: [...new Set(dependencies.filter((d) => d !== 'jekyll'))] }];
  });
}

/**
 * A site that is itself the theme's gem: a theme's own repository, or a fork of one, whose
 * Gemfile says `gemspec` beside a gemspec naming the theme. Jekyll loads Bundler for a site
 * with a Gemfile, and Bundler resolves that gem to the site's folder before any installed one:
 * the theme's layouts, includes, Sass and assets are the site's own, and its runtime
 * dependencies (jekyll-seo-tag for GitHub's themes) load as plugins.
 */
function ownThemeGem(name: string, site: Source): boolean {
  return site.exists('Gemfile') && /^[ \t]*gemspec\b/m.test(site.readText('Gemfile')) && sourceGemspecs(site).some((g) => g.name === name);
}

/**
 * A theme the site's Gemfile gives a folder: `gem "minima", path: "_minima-fork"`. Bundler.setup
 * (Jekyll runs it for a site with a Gemfile) puts that folder before the installed gems, so the
 * theme is that folder, with its gemspec's runtime dependencies as plugins.
 */
function bundlerPathTheme(name: string, site: Source, env: Readonly<Record<string, string | undefined>>): Source | undefined {
  if (!usesBundler(site, env)) return undefined;
  const given = gemfilePathOf(site.readText('Gemfile'), name);
  if (given === undefined) return undefined;
  // Source::Path#load_spec_files: the gem is where its gemspec is, in the folder or up to two
  // folders below it (`{,*,*/*}.gemspec`); without one, the folder itself.
  const depth = (f: string): number => (given === '' ? f : f.slice(given.length + 1)).split('/').length - 1;
  const spec = site.list().find((f) => (given === '' || f.startsWith(`${given}/`)) && f.endsWith('.gemspec') && depth(f) <= 2 && gemspecName(site.readText(f)) === name);
  const found = spec ? path.posix.dirname(spec) : given;
  const rel = found === '.' ? '' : found;
  const gemfile = site.absolute?.('Gemfile');
  let theme: Source | undefined;
  if (gemfile) {
    const dir = path.resolve(path.dirname(gemfile), rel);
    theme = fs.existsSync(dir) ? fsSource(dir) : undefined;
  } else {
    // A Source given in memory: the folder as a view of it.
    theme = rel === '' ? site : site.list().some((f) => f.startsWith(`${rel}/`)) ? subfolderSource(site, rel, []) : undefined;
  }
  if (theme) sourceGemThemes.add(theme);
  return theme;
}

/**
 * A name npm could have installed: `name` or `@scope/name`, no part starting with a dot. Anything
 * else (`../other`, `/abs`) is no package: Jekyll looks a theme up as a gem name
 * (Gem::Specification.find_by_name), so a path never leads out of the site to a folder.
 */
const PACKAGE_NAME = /^(?:@[^./\\][^/\\]*\/)?[^./\\@][^/\\]*$/;

/** Where a theme can be found besides RubyGems' folders: `node_modules/<name>` of the site (an npm package). */
function findLocalTheme(name: string, env: Readonly<Record<string, string | undefined>>, siteDir?: string): string | undefined {
  const gem = findThemeDir(name, env);
  if (gem) return gem;
  if (!siteDir || !PACKAGE_NAME.test(name)) return undefined;
  const dir = path.join(siteDir, 'node_modules', name);
  return fs.existsSync(path.join(dir, '_layouts')) || fs.existsSync(path.join(dir, '_includes')) ? dir : undefined;
}

/**
 * A theme as Bundler.setup gives it to a site with a Gemfile: the version its Gemfile.lock pins, else
 * the newest that meets the Gemfile's requirements (`gem "minima", "~> 2.5"`), from the bundle path
 * Bundler installs to (vendor/bundle) before the system gems.
 */
function bundleInstalledTheme(name: string, site: Source | undefined, env: Readonly<Record<string, string | undefined>>): string | undefined {
  const gemfile = site && usesBundler(site, env) ? site.absolute?.('Gemfile') : undefined;
  if (!site || !gemfile) return undefined;
  const bundled = bundleGemDirs(path.dirname(gemfile), env);
  // The version the site's Gemfile.lock pins, where it is installed.
  const locked = site.exists('Gemfile.lock') ? lockedGemVersion(site.readText('Gemfile.lock'), name) : undefined;
  const pinned = locked && (bundled ?? gemDirs(env)).map((d) => path.join(d, `${name}-${locked}`)).find((d) => fs.existsSync(d));
  if (pinned) return pinned;
  const requirements = gemfileRequirements(site.readText('Gemfile'), name);
  return bundled || requirements.length > 0 ? newestGem(name, bundled ?? gemDirs(env), requirements) : undefined;
}

function howToProvide(name: string): string {
  return (
    `kyll does not download themes. Provide ${name} as an installed gem (gem install ${name}, or its Debian package), ` +
    `as an npm package in the site's node_modules/${name} (a folder with the theme's _layouts, _includes, _sass and assets), ` +
    `or pass the theme's folder as renderSite's \`theme\` option (theme: fsSource('path/to/theme')).`
  );
}

/** The theme named by `theme:` as a Source, or undefined when the site has none. */
export function themeSourceFor(theme: unknown, env: Readonly<Record<string, string | undefined>>, siteDir?: string, site?: Source): Source | undefined {
  if (theme == null || theme === '') return undefined;
  if (typeof theme !== 'string') {
    throw new KyllError('INVALID_CONFIG', `The 'theme' setting must be a gem name, got ${JSON.stringify(theme)}.`, { file: '_config.yml' });
  }
  // Jekyll::Theme#initialize looks the gem up by the name down-cased and stripped (`theme: Tokyo` is the gem tokyo).
  const name = theme.toLowerCase().replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '');
  if (site && ownThemeGem(name, site)) {
    sourceGemThemes.add(site);
    return site;
  }
  const bundled = site && bundlerPathTheme(name, site, env);
  if (bundled) return bundled;
  const dir = bundleInstalledTheme(name, site, env) ?? findLocalTheme(name, env, siteDir);
  if (!dir) {
    throw new KyllError('INVALID_CONFIG', `The ${name} theme could not be found.`, { file: '_config.yml' }, {
      hint: `${howToProvide(name)} Or remove 'theme:' from _config.yml.`,
    });
  }
  const source = fsSource(themeRoot(dir));
  gemFolders.set(source, dir);
  return source;
}

/**
 * A theme's root with its symbolic links resolved (theme.rb#root: File.realpath of the gem's folder,
 * "to resolve symlinks created by rbenv"): the paths of its files (Sass source maps) are the real ones.
 */
function themeRoot(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    throw new KyllError('INVALID_CONFIG', `Path ${dir} does not exist, is not accessible or includes a symbolic link loop`, { file: '_config.yml' });
  }
}

/** Themes given by `remote_theme:`, with the name jekyll-remote-theme gives them (lower case). */
const remoteThemes = new WeakMap<Source, string>();

/** The name of a theme `remote_theme:` gave (jekyll-remote-theme's Theme#name), if it is one. */
export function remoteThemeName(theme: Source | undefined): string | undefined {
  return theme ? remoteThemes.get(theme) : undefined;
}

// jekyll-remote-theme 0.4.3 theme.rb: OWNER_REGEX, NAME_REGEX, REF_REGEX (case-insensitive).
const REMOTE_THEME = /^([a-z0-9-]+)\/([a-z0-9._-]+)(?:@[a-z0-9._-]+)?$/i;

/**
 * `remote_theme:`'s owner and name as jekyll-remote-theme's Theme reads them: the value lower-cased
 * and trimmed, `owner/name[@ref]`, or a URL on github.com (or $PAGES_GITHUB_HOSTNAME /
 * $GITHUB_HOSTNAME) whose path is that. Undefined when it is not valid.
 */
export function parseRemoteTheme(value: unknown, env: Readonly<Record<string, string | undefined>>): { owner: string; name: string } | undefined {
  const raw = String(value ?? '').toLowerCase().trim();
  let match = REMOTE_THEME.exec(raw);
  if (!match) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return undefined;
    }
    const hosts = ['github.com', env.PAGES_GITHUB_HOSTNAME, env.GITHUB_HOSTNAME].filter((h): h is string => !!h);
    if (!hosts.includes(url.hostname)) return undefined;
    match = REMOTE_THEME.exec(url.pathname.slice(1));
    if (!match) return undefined;
  }
  return { owner: match[1]!, name: match[2]! };
}

/**
 * jekyll-remote-theme's `remote_theme: owner/name[@ref]` (or a github.com URL):
 * the theme is downloaded from GitHub there. Here it must already be on disk,
 * as the gem `name` or `jekyll-theme-name` (GitHub's themes: pages-themes/cayman
 * is the jekyll-theme-cayman gem), or in node_modules.
 */
export function remoteThemeSourceFor(remoteTheme: unknown, env: Readonly<Record<string, string | undefined>>, siteDir?: string): Source | undefined {
  const spec = String(remoteTheme ?? '').trim();
  const parsed = parseRemoteTheme(remoteTheme, env);
  if (!parsed) return undefined;
  const { name } = parsed;
  const candidates = name.startsWith('jekyll-theme-') ? [name] : [name, `jekyll-theme-${name}`];
  for (const candidate of candidates) {
    const dir = findLocalTheme(candidate, env, siteDir);
    if (dir) {
      const theme = fsSource(themeRoot(dir));
      gemFolders.set(theme, dir);
      remoteThemes.set(theme, name);
      return theme;
    }
  }
  throw new KyllError('INVALID_CONFIG', `The remote theme ${spec} could not be found: kyll builds offline and cannot download it from GitHub.`, { file: '_config.yml' }, {
    hint: `${howToProvide(candidates[candidates.length - 1]!)} Or remove 'remote_theme:' from _config.yml.`,
  });
}

/**
 * The theme a configuration names: `remote_theme:` when jekyll-remote-theme is
 * among the plugins, else `theme:`. Under the GitHub Pages profile the theme
 * GitHub gives by default (jekyll-theme-primer) is used when it is installed;
 * when it is not, `warn` says so and the site builds with its own layouts only.
 */
export function themeForConfig(
  config: { theme?: unknown; remote_theme?: unknown; plugins?: unknown; github_pages?: unknown },
  env: Readonly<Record<string, string | undefined>>,
  siteDir?: string,
  warn?: (message: string) => void,
  site?: Source,
): Source | undefined {
  const plugins = Array.isArray(config.plugins) ? config.plugins.map(String).map(requiredGem) : [];
  if (config.remote_theme != null && config.remote_theme !== false && plugins.includes('jekyll-remote-theme')) {
    // Munger#munge!: a value that is no theme is logged and the build goes on with `theme:`
    const remote = remoteThemeSourceFor(config.remote_theme, env, siteDir);
    if (remote) return remote;
    warn?.(`Remote Theme: ${rubyInspect(config.remote_theme)} is not a valid remote theme`);
  }
  if (config.github_pages === true && config.theme === GITHUB_PAGES_DEFAULT_THEME && !findLocalTheme(GITHUB_PAGES_DEFAULT_THEME, env, siteDir)) {
    warn?.(
      `GitHub Pages gives a site without 'theme:' the ${GITHUB_PAGES_DEFAULT_THEME} theme, which is not installed: the site is built with its own layouts only. ` +
        `${howToProvide(GITHUB_PAGES_DEFAULT_THEME)} Set 'theme: null' to build without it.`,
    );
    return undefined;
  }
  // Site#configure_theme: a `theme:` that is no String (an old site's `theme: {name: twitter}`) is
  // logged, and the site builds without a theme
  if (config.theme != null && typeof config.theme !== 'string') {
    warn?.(`Theme: value of 'theme' in config should be String to use gem-based themes, but got ${rubyClass(config.theme)}`);
    return undefined;
  }
  return themeSourceFor(config.theme, env, siteDir, site);
}

/**
 * A remote theme's gems (jekyll-remote-theme's MockGemspec): the runtime dependencies its
 * `<name>.gemspec` or `jekyll-theme-<name>.gemspec` lists, names of lower-case letters, `_` and `-`;
 * none without such a file (a gemspec of another name is not read). An installed gem found for it
 * has no gemspec in its folder: its installed one stands for the repository's.
 */
function remoteThemeDependencies(theme: Source): string[] | undefined {
  const name = remoteThemes.get(theme);
  if (name === undefined) return undefined;
  const file = [`${name}.gemspec`, `jekyll-theme-${name}.gemspec`].find((f) => theme.exists(f));
  if (!file) return themeDependencies(gemFolders.get(theme) ?? theme.root);
  const names = [...theme.readText(file).matchAll(/^\s*[a-z]+\.add_(?:runtime_)?dependency\(?\s*["']([a-z_-]+)["']/gm)].map((m) => m[1]!);
  // PluginManager#require_theme_deps skips jekyll itself
  return [...new Set(names.filter((n) => n !== 'jekyll'))];
}

/** The plugins a site runs: what its theme needs, then `plugins:`. */
export function pluginsWithTheme(plugins: readonly string[], theme: Source | undefined): string[] {
  // PluginManager#conscientious_require: require_theme_deps before require_gems, so a theme's
  // gems' generators and hooks come first at equal priority (minima's jekyll-feed before a listed jekyll-sitemap).
  return [...new Set([...themeGems(theme), ...plugins])];
}

/** The gems a theme needs at run time (PluginManager#require_theme_deps), in its gemspec's order. */
export function themeGems(theme: Source | undefined): string[] {
  if (!theme) return [];
  const mocked = remoteThemeDependencies(theme);
  if (mocked) return mocked;
  const installed = themeDependencies(gemFolders.get(theme) ?? theme.root);
  // Not an installed gem's folder: a theme with its source gemspec (the site's own, ownThemeGem, or a Gemfile `path:`).
  const fromSource = installed.length === 0 && (sourceGemThemes.has(theme) || theme.exists('Gemfile'));
  return fromSource ? sourceGemspecs(theme).flatMap((g) => g.dependencies) : installed;
}
