// jekyll-readme-index 0.3.0: a README in a folder without an index becomes
// that folder's index page (lib/jekyll-readme-index/generator.rb and
// jekyll/static_file_ext.rb). The README is still copied as a static file
// unless `remove_originals: true`; `with_frontmatter: true` also moves READMEs
// that have front matter to their folder's URL.
import type { Data, Page, Site, StaticFile } from '../../types.js';
import type { KyllPlugin, SiteTransformContext } from '../plugin.js';
import { parsePage } from '../../read/parse-page.js';
import { jekyllFilename } from '../../read/front-matter.js';
import { foundDefaultsFor } from '../../config/front-matter-defaults.js';
import { markdownExtensions, pluginOption } from '../shared/documents.js';
import { pageFromStaticFile, rubyDirname } from '../shared/static-pages.js';
import { KyllError } from '../../errors/index.js';
import { implicitName } from '../../liquid/filters/spaceship.js';
import { rubyPagePath } from '../../read/page-path.js';

const KEY = 'readme_index';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// #dir_has_index?: a page or static file whose URL is the folder itself, or the
// folder's index.htm(l), .xhtml or .xml (INDEX_REGEX interpolated as a group).
function dirHasIndex(dir: string, urls: readonly string[]): boolean {
  const d = dir.endsWith('/') ? dir : `${dir}/`;
  const re = new RegExp(`^${escapeRegExp(d)}(?:$|index\\.(html?|xhtml|xml)$)`, 'i');
  return urls.some((u) => re.test(u));
}

// #readmes_with_frontmatter tests `"/" + file.path`: Page#path is the front matter's `path` when
// it has one (read/page-path.ts), so a README that sets another path is not one, a page whose
// `path` names a README is; one that is no String stops the build there.
function pagePathForReadme(page: Page): string {
  const path = rubyPagePath(page);
  if (typeof path === 'string') return path;
  throw new KyllError('PLUGIN_ERROR', `no implicit conversion of ${implicitName(path)} into String (TypeError)`, { file: page.relativePath });
}

// The page's data without the keys only its front matter defaults give.
function ownData(page: Page): Data {
  const defaulted = new Set(page.defaultedKeys ?? []);
  return Object.fromEntries(Object.entries(page.data).filter(([k]) => !defaulted.has(k)));
}

// Ruby's `File.dirname(url) + "/"`: StaticFile#to_page and Page#update_permalink.
function folderPermalink(url: string): string {
  return `${rubyDirname(url)}/`;
}

function transform(site: Site, ctx: SiteTransformContext): Site {
  const config = site.config;
  if (pluginOption(config, KEY, 'enabled') === false) return site;
  const cleanup = pluginOption(config, KEY, 'remove_originals') === true;
  // #readme_regex: `/readme<markdown ext>` at the end of the path, `readme` in any case; the
  // extensions, Regexp.union interpolated as (?-mix:...), only as Markdown#extname_list has them.
  const readmeRe = new RegExp(`/[rR][eE][aA][dD][mM][eE](${markdownExtensions(config).map(escapeRegExp).join('|')})$`);
  const pages: Page[] = [...site.pages];
  let staticFiles: StaticFile[] = [...site.staticFiles];
  // Pages that generators of higher priority added (jekyll-redirect-from's RedirectPage at "/",
  // :normal before this :low one) are in site.pages when #dir_has_index? looks.
  const generatedUrls = (ctx.pagesGeneratedBefore?.() ?? []).map((g) => g.url);
  const urls = (): string[] => [...pages.map((p) => p.url), ...generatedUrls, ...staticFiles.map((f) => f.url)];
  const readmes = site.staticFiles.filter((f) => !f.fromTheme && readmeRe.test(`/${f.relativePath}`));
  for (const readme of readmes) {
    if (dirHasIndex(rubyDirname(readme.url), urls())) continue;
    pages.push(pageFromStaticFile(ctx.source, readme, config, { permalink: folderPermalink(readme.url) }, (m, file) => ctx.warn(m, file)));
    if (cleanup) staticFiles = staticFiles.filter((f) => f !== readme);
  }
  if (pluginOption(config, KEY, 'with_frontmatter') === true) {
    // #readmes_with_frontmatter: every page whose path is a README's, the ones just made included.
    pages.forEach((page, i) => {
      if (!readmeRe.test(`/${pagePathForReadme(page)}`) || dirHasIndex(rubyDirname(page.url), urls())) return;
      const path = page.relativePath;
      // Page#update_permalink sets only data["permalink"]: what the front matter defaults give
      // stays a default (not a key of the page's data), as it was before
      const overrides = { ...ownData(page), permalink: folderPermalink(page.url) };
      pages[i] = parsePage(ctx.source.readText(path), { path, config, defaults: foundDefaultsFor(config, path, 'pages'), overrides, filename: jekyllFilename(ctx.source.root, path) });
    });
  }
  return { ...site, pages, staticFiles };
}

export const readmeIndexPlugin: KyllPlugin = {
  name: 'jekyll-readme-index',
  generatorClass: 'JekyllReadmeIndex::Generator',
  priority: 'low',
  transformSite: transform,
};
