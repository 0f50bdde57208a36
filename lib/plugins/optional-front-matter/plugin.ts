// jekyll-optional-front-matter 0.3.2: Markdown files without front matter are
// pages too (lib/jekyll-optional-front-matter/generator.rb). The static file
// stays (it is copied as well) unless `remove_originals: true`; README,
// LICENSE and the like stay static files only, unless `include:` names them.
import type { Site, StaticFile } from '../../types.js';
import type { KyllPlugin, SiteTransformContext } from '../plugin.js';
import { createEntryFilter } from '../../site/entry-filter.js';
import { basenameWithoutExt } from '../../url/permalink.js';
import { markdownMatcher, pluginOption } from '../shared/documents.js';
import { pageFromStaticFile } from '../shared/static-pages.js';

const KEY = 'optional_front_matter';
// JekyllOptionalFrontMatter::FILENAME_BLACKLIST, compared upcased.
const FILENAME_BLACKLIST = new Set(['README', 'LICENSE', 'LICENCE', 'COPYING', 'CODE_OF_CONDUCT', 'CONTRIBUTING', 'ISSUE_TEMPLATE', 'PULL_REQUEST_TEMPLATE']);

function transform(site: Site, ctx: SiteTransformContext): Site {
  const config = site.config;
  // generator.rb#disabled? and #cleanup?: `require_front_matter` turns the plugin off and removes the originals.
  if (pluginOption(config, KEY, 'enabled') === false || config.require_front_matter) return site;
  const cleanup = pluginOption(config, KEY, 'remove_originals') === true || Boolean(config.require_front_matter);
  const isMarkdown = markdownMatcher(config);
  const include = Array.isArray(config.include) ? createEntryFilter(config.include, config.exclude) : undefined;
  // #whitelisted?: EntryFilter#included? on the file's path (a name in `include:`).
  const blacklisted = (f: StaticFile): boolean =>
    !(include?.included(f.relativePath) ?? false) && FILENAME_BLACKLIST.has(basenameWithoutExt(f.relativePath).toUpperCase());
  // Theme assets live in the theme's folder, which this site's source cannot read.
  const markdownFiles = site.staticFiles.filter((f) => !f.fromTheme && isMarkdown(extOf(f.relativePath)) && !blacklisted(f));
  if (markdownFiles.length === 0) return site;
  const pages = markdownFiles.map((f) => pageFromStaticFile(ctx.source, f, config, undefined, (m, file) => ctx.warn(m, file)));
  const removed = new Set(cleanup ? markdownFiles : []);
  return { ...site, pages: [...site.pages, ...pages], staticFiles: site.staticFiles.filter((f) => !removed.has(f)) };
}

function extOf(p: string): string {
  const name = p.slice(p.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

export const optionalFrontMatterPlugin: KyllPlugin = {
  name: 'jekyll-optional-front-matter',
  generatorClass: 'JekyllOptionalFrontMatter::Generator',
  priority: 'normal',
  transformSite: transform,
};
