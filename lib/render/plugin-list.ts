// Which built-in plugins a build loads, as Jekyll's PluginManager decides it: first the gems of
// the Gemfile's jekyll_plugins group (Bundler.require, whatever safe mode says), then those
// `plugins:` names and the theme's gemspec adds, through the safe-mode whitelist. What is refused
// or unknown becomes a warning, except what needs none (below).
import { allowedPluginNames, resolvePlugins } from '../plugins/index.js';
import { bundlerPluginNames } from '../plugins/gemfile.js';
import { GITHUB_PAGES_DEFAULT_PLUGINS, githubPagesEnabled } from '../plugins/github-pages/profile.js';
import type { KyllPlugin } from '../plugins/plugin.js';
import { pluginsWithTheme, themeGems } from '../site/theme.js';
import type { Source } from '../source/source.js';
import type { Diagnostic, SiteConfig } from '../types.js';
import { dependencyErrorMessage, requireableWithJekyll } from '../plugins/requireable.js';
import { KyllError } from '../errors/kyll-error.js';
import { implicitName } from '../liquid/filters/spaceship.js';

export interface PluginList {
  readonly plugins: KyllPlugin[];
  /**
   * How many of `plugins` Ruby requires before the site's `_plugins`: the Gemfile's group
   * (Bundler.require, when exe/jekyll starts) and the theme's gems (require_theme_deps comes
   * before require_plugin_files in PluginManager#conscientious_require). The rest, `plugins:`,
   * come after (require_gems).
   */
  readonly beforeSitePlugins: number;
  readonly warnings: Diagnostic[];
}

export function sitePluginList(opened: Source, config: SiteConfig, theme: Source | undefined, env: Readonly<Record<string, string | undefined>>): PluginList {
  const warnings: Diagnostic[] = [];
  const fromGemfile = bundlerPluginNames(opened, env);
  const { allowed, refused } = allowedPluginNames(pluginsWithTheme(config.plugins ?? [], theme), config);
  for (const name of refused) {
    if (fromGemfile.includes(name)) continue;
    warnings.push({ level: 'warning', code: 'INVALID_CONFIG', message: `Plugin '${name}' is not in the whitelist; safe mode does not load it.` });
  }
  // PluginManager#require_gems requires the names in order: an empty item of `plugins:` (or any
  // that is no text) is Ruby's TypeError out of `require`, unless an earlier name stopped Jekyll.
  for (const name of allowed as unknown[]) {
    if (typeof name !== 'string') {
      throw new KyllError('PLUGIN_ERROR', `no implicit conversion of ${implicitName(name)} into String (TypeError)`, { file: '_config.yml' }, {
        hint: '`plugins:` lists gem names: remove its empty (or non-text) item.',
      });
    }
    if (resolvePlugins([name]).unknown.length > 0 && !requireableWithJekyll(name) && !fromGemfile.includes(name)) break;
  }
  const { plugins, unknown } = resolvePlugins([...fromGemfile, ...allowed]);
  // resolvePlugins keeps each plugin's first place, so the early names resolve to the first ones.
  const ofTheme = new Set(themeGems(theme));
  const beforeSitePlugins = resolvePlugins([...fromGemfile, ...allowed.filter((n) => ofTheme.has(n))]).plugins.length;
  // The GitHub Pages profile's own defaults that kyll lacks (jekyll-coffeescript) are not reported on every build,
  // nor the Gemfile's gems that are no Jekyll plugin (kramdown, rouge, a theme).
  const profileDefaults = new Set<string>(githubPagesEnabled(config) ? GITHUB_PAGES_DEFAULT_PLUGINS : []);
  const notPlugin = (name: string): boolean => fromGemfile.includes(name) && !allowed.includes(name) && (!/^jekyll[-_]/.test(name) || /theme/.test(name));
  for (const name of unknown) {
    if (typeof name !== 'string' || profileDefaults.has(name) || notPlugin(name)) continue;
    // PluginManager#conscientious_require requires each name of `plugins:` (and the theme's gems): one
    // that Ruby cannot find stops Jekyll (External.require_with_graceful_fail), exit 1. One it finds
    // (a gem Jekyll depends on, Ruby's library) loads no plugin: nothing to say. The Gemfile's own
    // gems are Bundler's to find.
    if (requireableWithJekyll(name)) continue;
    if (!fromGemfile.includes(name)) {
      throw new KyllError('PLUGIN_ERROR', dependencyErrorMessage(name), { file: '_config.yml' }, {
        hint: `kyll has no plugin '${name}' and Jekyll cannot load it without its gem: remove it from \`plugins:\`, or install the gem for Jekyll.`,
      });
    }
    warnings.push({ level: 'warning', code: 'INVALID_CONFIG', message: `Plugin '${name}' is not supported by kyll yet; it was skipped.` });
  }
  return { plugins, beforeSitePlugins, warnings };
}
