// The GitHub Pages profile (`github_pages: true`, `kyll build --github-pages`):
// the configuration the github-pages gem gives a site
// (github/pages-gem lib/github-pages/configuration.rb#effective_config and
// plugins.rb, as of github-pages 232): its defaults under the site's
// configuration, its overrides over it, its default plugins added.
import { deepMerge } from '../../config/merge.js';
import { jekyllDefaults } from '../../config/defaults.js';
import type { Data } from '../../types.js';
import type { Source } from '../../source/source.js';
import { bundlerPluginNames } from '../gemfile.js';

/** GitHubPages::Plugins::DEFAULT_PLUGINS: every GitHub Pages build runs these. */
export const GITHUB_PAGES_DEFAULT_PLUGINS: readonly string[] = Object.freeze([
  'jekyll-coffeescript',
  'jekyll-commonmark-ghpages',
  'jekyll-gist',
  'jekyll-github-metadata',
  'jekyll-paginate',
  'jekyll-relative-links',
  'jekyll-optional-front-matter',
  'jekyll-readme-index',
  'jekyll-default-layout',
  'jekyll-titles-from-headings',
]);

/** GitHubPages::Plugins::PLUGIN_WHITELIST: the only plugins a `safe` GitHub Pages build loads. */
export const GITHUB_PAGES_PLUGIN_WHITELIST: readonly string[] = Object.freeze([
  'jekyll-coffeescript',
  'jekyll-commonmark-ghpages',
  'jekyll-feed',
  'jekyll-gist',
  'jekyll-github-metadata',
  'jekyll-paginate',
  'jekyll-redirect-from',
  'jekyll-seo-tag',
  'jekyll-sitemap',
  'jekyll-avatar',
  'jemoji',
  'jekyll-mentions',
  'jekyll-relative-links',
  'jekyll-optional-front-matter',
  'jekyll-readme-index',
  'jekyll-default-layout',
  'jekyll-titles-from-headings',
  'jekyll-include-cache',
  'jekyll-octicons',
  'jekyll-remote-theme',
]);

/** GitHubPages::Plugins::DEVELOPMENT_PLUGINS, whitelisted in development only. */
const DEVELOPMENT_PLUGINS = ['jekyll-admin'];

/** The theme GitHub Pages gives a site that names none (Configuration::DEFAULTS). */
export const GITHUB_PAGES_DEFAULT_THEME = 'jekyll-theme-primer';

// Configuration::DEFAULTS: under the site's own settings.
function pagesDefaults(production: boolean): Data {
  return {
    jailed: false,
    plugins: [...GITHUB_PAGES_DEFAULT_PLUGINS],
    future: true,
    theme: GITHUB_PAGES_DEFAULT_THEME,
    markdown: 'kramdown',
    kramdown: { input: 'GFM', hard_wrap: false, gfm_quirks: 'paragraph_end', syntax_highlighter_opts: { default_lang: 'plaintext' } },
    exclude: ['CNAME'],
    // PRODUCTION_DEFAULTS
    ...(production ? { sass: { style: 'compressed' } } : {}),
  };
}

// Configuration::OVERRIDES: over the site's own settings. `plugins_dir` is a
// random folder name there, so that no _plugins folder loads; a fixed one here,
// so that every thread of a build sees the same configuration.
const OVERRIDES: Data = {
  lsi: false,
  safe: true,
  plugins_dir: 'd41d8cd98f00b204e9800998ecf8427e',
  whitelist: [...GITHUB_PAGES_PLUGIN_WHITELIST],
  highlighter: 'rouge',
  kramdown: { template: '', math_engine: 'mathjax', syntax_highlighter: 'rouge' },
  gist: { noscript: false },
};

/** Is the GitHub Pages profile on? `github_pages: true` in the configuration (or `--github-pages`). */
export function githubPagesEnabled(config: Data): boolean {
  return config.github_pages === true;
}

/**
 * Does the site's Gemfile bring in the github-pages gem itself (`gem "github-pages"` in the
 * jekyll_plugins group)? Bundler.require then loads lib/github-pages.rb before the site exists,
 * and its :after_reset hook (Configuration.set) gives every site this profile. In another group
 * Bundler only installs it: nothing requires it, and the site keeps its own configuration.
 */
export function gemfileRequiresGithubPages(source: Source, env: Readonly<Record<string, string | undefined>>): boolean {
  return bundlerPluginNames(source, env).includes('github-pages');
}

export interface ProfileInputs {
  /** The site's configuration, over Jekyll's defaults (as site.config is when the gem's hook runs). */
  readonly config: Data;
  /** Did the site's own files or overrides set `exclude`? If not, CNAME is excluded too (#exclude_cname). */
  readonly userSetExclude: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Configuration.effective_config: the site's configuration as GitHub Pages builds it. */
export function githubPagesConfig({ config, userSetExclude, env }: ProfileInputs): Data {
  const environment = env.JEKYLL_ENV || 'development';
  const development = environment === 'development';
  // #defaults_for_env: the gem's defaults merged into Jekyll's own first, so that keys both
  // have keep Jekyll's order (kramdown's input and hard_wrap among its defaults, gfm_quirks after)
  const base = deepMerge(deepMerge(jekyllDefaults(), pagesDefaults(!development)), config);
  // `theme: null` turns the default theme off; a site without `theme:` gets primer.
  if ('theme' in config) base.theme = config.theme;
  // #exclude_cname: a site that excludes nothing of its own also leaves out CNAME.
  if (!userSetExclude && Array.isArray(base.exclude) && !base.exclude.includes('CNAME')) base.exclude = [...base.exclude, 'CNAME'];
  const out = deepMerge(base, OVERRIDES);
  // #restrict_and_config_markdown_processor
  const markdown = String(out.markdown ?? '').toLowerCase();
  if (!['kramdown', 'gfm', 'commonmarkghpages'].includes(markdown)) out.markdown = 'kramdown';
  if (markdown === 'gfm') {
    out.markdown = 'CommonMarkGhPages';
    out.commonmark = { extensions: ['table', 'strikethrough', 'autolink', 'tagfilter'], options: ['unsafe', 'footnotes'] };
  }
  // #configure_plugins
  const plugins = union(Array.isArray(out.plugins) ? out.plugins.map(String) : [], GITHUB_PAGES_DEFAULT_PLUGINS);
  if ('remote_theme' in out) plugins.push('jekyll-remote-theme');
  out.plugins = plugins;
  if (development) {
    let whitelist = out.whitelist as string[];
    if ((env.DISABLE_WHITELIST ?? '') !== '') whitelist = union(whitelist, plugins);
    out.whitelist = union(whitelist, DEVELOPMENT_PLUGINS);
  }
  return out;
}

// Ruby's Array#|: the union, first occurrences first.
function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
