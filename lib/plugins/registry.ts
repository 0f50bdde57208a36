// The plugins kyll ships, by the gem name users list under `plugins:`.
import { archivesPlugin } from './archives/index.js';
import { avatarPlugin } from './avatar/index.js';
import { commonmarkPlugin } from './commonmark/index.js';
import { gistPlugin } from './gist/index.js';
import { defaultLayoutPlugin } from './default-layout/index.js';
import { githubMetadataPlugin } from './github-metadata/index.js';
import { optionalFrontMatterPlugin } from './optional-front-matter/index.js';
import { readmeIndexPlugin } from './readme-index/index.js';
import { relativeLinksPlugin } from './relative-links/index.js';
import { titlesFromHeadingsPlugin } from './titles-from-headings/index.js';
import { feedPlugin } from './feed/index.js';
import { includeCachePlugin } from './include-cache/index.js';
import { jekyllDataPlugin } from './jekyll-data/index.js';
import { jemojiPlugin } from './jemoji/index.js';
import { lastModifiedAtPlugin } from './last-modified-at/index.js';
import { mentionsPlugin } from './mentions/index.js';
import { multipleLanguagesPlugin } from './multiple-languages/index.js';
import { paginatePlugin } from './paginate/index.js';
import { polyglotPlugin } from './polyglot/index.js';
import { paginateV2Plugin } from './paginate-v2/index.js';
import type { KyllPlugin } from './plugin.js';
import { redirectFromPlugin } from './redirect-from/index.js';
import { seoPlugin } from './seo/index.js';
import { tocPlugin } from './toc/index.js';
import { sitemapPlugin } from './sitemap/index.js';
import { requiredGem } from './required-gem.js';

export const builtinPlugins: Readonly<Record<string, KyllPlugin>> = Object.freeze({
  'jekyll-feed': feedPlugin,
  'jekyll-seo-tag': seoPlugin,
  'jekyll-sitemap': sitemapPlugin,
  'jekyll-paginate': paginatePlugin,
  'jekyll-redirect-from': redirectFromPlugin,
  'jekyll-commonmark': commonmarkPlugin,
  'jekyll-include-cache': includeCachePlugin,
  'jekyll-avatar': avatarPlugin,
  'jekyll-gist': gistPlugin,
  'jekyll-toc': tocPlugin,
  'jekyll-archives': archivesPlugin,
  'jekyll-mentions': mentionsPlugin,
  jemoji: jemojiPlugin,
  'jekyll-paginate-v2': paginateV2Plugin,
  'jekyll-last-modified-at': lastModifiedAtPlugin,
  'jekyll-optional-front-matter': optionalFrontMatterPlugin,
  'jekyll-readme-index': readmeIndexPlugin,
  'jekyll-titles-from-headings': titlesFromHeadingsPlugin,
  'jekyll-default-layout': defaultLayoutPlugin,
  'jekyll-relative-links': relativeLinksPlugin,
  'jekyll-github-metadata': githubMetadataPlugin,
  'jekyll-polyglot': polyglotPlugin,
  'jekyll-multiple-languages-plugin': multipleLanguagesPlugin,
  'jekyll-data': jekyllDataPlugin,
  'jekyll-commonmark-ghpages': { ...commonmarkPlugin, name: 'jekyll-commonmark-ghpages' },
  // jekyll-remote-theme: `remote_theme:` is looked up when the theme is chosen (site/theme.ts#themeForConfig).
  'jekyll-remote-theme': { name: 'jekyll-remote-theme' },
});

/** The built-in plugins for `plugins:` names, in the order given; names kyll lacks come back in `unknown`. */
export function resolvePlugins(names: readonly string[]): { plugins: KyllPlugin[]; unknown: string[] } {
  const plugins: KyllPlugin[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const gem = typeof name === 'string' ? requiredGem(name) : name;
    const plugin = Object.prototype.hasOwnProperty.call(builtinPlugins, gem) ? builtinPlugins[gem] : undefined;
    if (!plugin) unknown.push(name);
    else if (!plugins.includes(plugin)) plugins.push(plugin);
  }
  return { plugins, unknown };
}

/**
 * The plugin names a build may load: PluginManager#plugin_allowed? lets every
 * one through outside safe mode and, in safe mode, only those in `whitelist`
 * (a name or a list). The others come back in `refused`.
 */
export function allowedPluginNames(names: readonly string[], config: Readonly<Record<string, unknown>>): { allowed: string[]; refused: string[] } {
  if (config.safe !== true) return { allowed: [...names], refused: [] };
  const whitelist = [config.whitelist].flat(Infinity).filter((n) => n != null).map(String);
  return { allowed: names.filter((n) => whitelist.includes(n)), refused: names.filter((n) => !whitelist.includes(n)) };
}
