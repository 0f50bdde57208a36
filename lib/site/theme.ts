// Gem-based themes (`theme: minima`): Jekyll finds the theme's gem and uses
// its _layouts, _includes, _sass, _data and assets after the site's own
// (theme.rb). We look for the installed gem where RubyGems puts gems.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { fsSource } from '../source/fs-source.js';
import type { Source } from '../source/source.js';

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

/** The folder of the newest installed gem called `name`, if any. */
export function findThemeDir(name: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+(?:\\.\\d+)*)$`);
  let best: { dir: string; version: number[] } | undefined;
  for (const dir of gemDirs(env)) {
    let entries: string[];
    try {
      entries = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const e of entries) {
      const m = pattern.exec(e);
      if (!m) continue;
      const version = m[1]!.split('.').map(Number);
      if (!best || compareVersions(version, best.version) > 0) best = { dir: path.join(dir, e), version };
    }
  }
  return best?.dir;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
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
  // Generated gemspecs list the dependencies twice (runtime, and a fallback branch): take the runtime ones.
  const runtime = [...text.matchAll(/add_runtime_dependency\(%q<([^>]+)>/g)].map((m) => m[1]!);
  const listed = runtime.length > 0 ? runtime : [...text.matchAll(/add_dependency\(%q<([^>]+)>/g)].map((m) => m[1]!);
  return [...new Set(listed.filter((name) => name !== 'jekyll'))];
}

/** The theme named by `theme:` as a Source, or undefined when the site has none. */
export function themeSourceFor(theme: unknown, env: Readonly<Record<string, string | undefined>>): Source | undefined {
  if (theme == null || theme === '') return undefined;
  if (typeof theme !== 'string') {
    throw new KyllError('INVALID_CONFIG', `The 'theme' setting must be a gem name, got ${JSON.stringify(theme)}.`, { file: '_config.yml' });
  }
  const dir = findThemeDir(theme, env);
  if (!dir) {
    throw new KyllError('INVALID_CONFIG', `The ${theme} theme could not be found.`, { file: '_config.yml' }, {
      hint: `Install the theme's gem (for minima: apt-get install jekyll-theme-minima, or gem install minima), or remove 'theme:' from _config.yml.`,
    });
  }
  return fsSource(dir);
}

/** The plugins a site runs: `plugins:`, then what its theme needs. */
export function pluginsWithTheme(plugins: readonly string[], theme: Source | undefined): string[] {
  if (!theme) return [...plugins];
  return [...new Set([...plugins, ...themeDependencies(theme.root)])];
}
