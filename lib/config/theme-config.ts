// Site#load_theme_configuration (jekyll/site.rb): once the theme is known, its own _config.yml
// (not a symbolic link) fills in what the site's configuration leaves out. The theme cannot
// change Jekyll's settings: keys of Configuration::DEFAULTS are dropped from it first. The
// site's values win (Utils.deep_merge_hashes: nested hashes merge, nil keeps the theme's
// value); the theme's keys come first. `ignore_theme_config: true` turns this off. Keys that
// are not strings (`1:`, `true:`, `~:`) stay with their Ruby types: DEFAULTS.key? matches none of
// them, and they do not make the theme's other keys get lost.
import type { Source } from '../source/index.js';
import type { Data, SiteConfig } from '../types.js';
import { parseYamlWithBom } from '../read/yaml.js';
import { jekyllDefaults } from './defaults.js';
import { deepMerge, isPlainHash } from './merge.js';
import { RubyHash } from '../values/ruby-hash.js';
import { typedEntries, typedRecord } from '../values/typed-keys.js';
import { remoteThemeName } from '../site/theme.js';

export function withThemeConfig(config: SiteConfig, theme: Source | undefined): SiteConfig {
  // jekyll-remote-theme sets the theme after Site#config= (an :after_reset hook): its
  // _config.yml is never read, and `theme` becomes its name (Munger#configure_theme).
  const remote = remoteThemeName(theme);
  if (remote !== undefined) return { ...config, theme: remote };
  if (!theme || config.ignore_theme_config === true || !theme.exists('_config.yml')) return config;
  if (theme.linkTarget?.('_config.yml') !== undefined) return config;
  const value = parseYamlWithBom(theme.readText('_config.yml'), `${theme.root}/_config.yml`);
  if (!isPlainHash(value)) return config;
  const defaults = jekyllDefaults();
  const entries = value instanceof RubyHash ? value.entries() : typedEntries(value);
  const own: Data = typedRecord(entries.filter(([key]) => !(typeof key === 'string' && Object.hasOwn(defaults, key))));
  return deepMerge(own, config) as SiteConfig;
}
