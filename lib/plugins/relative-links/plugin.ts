// jekyll-relative-links 0.7.0: links to Markdown (or any) source files, in the
// Markdown of pages, become links to their output URLs, with baseurl
// (lib/jekyll-relative-links/generator.rb). Posts and collection documents
// are rewritten only with `collections: true`; `enabled: false` turns it off,
// `exclude:` skips files by glob. External links, `#fragment` links and links
// to files the site does not have are left alone.
import type { Document, Site } from '../../types.js';
import type { KyllPlugin, SiteTransformContext } from '../plugin.js';
import { excerptSeparator, extractExcerpt, hasGivenExcerpt } from '../../read/excerpt.js';
import { fnmatchRegExp } from '../../site/entry-filter.js';
import { isAbsoluteUrl, relativeUrl } from '../../url/jekyll-url.js';
import { docsToWrite, mapDocuments, markdownMatcher, pluginOption } from '../shared/documents.js';
import { rubyDirname } from '../shared/static-pages.js';
import { cgiUnescape, pathFromRoot, replaceLinks, UnknownUserError } from './links.js';
import { isHash } from '../shared/values.js';
import { KyllError } from '../../errors/index.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { inspectString } from '../../liquid/ruby/to-s.js';

const KEY = 'relative_links';

// EntryFilter#glob_include?: a File.fnmatch pattern, or a prefix of the path.
function globIncludes(patterns: readonly unknown[], path: string): boolean {
  return patterns.some((p) => {
    const bare = String(p).replace(/^\/+/, '').replace(/^\.\//, '');
    return fnmatchRegExp(String(p)).test(path) || path.startsWith(bare);
  });
}

function transform(site: Site, ctx: SiteTransformContext): Site {
  const config = site.config;
  if (pluginOption(config, KEY, 'enabled') === false) return site;
  const isMarkdown = markdownMatcher(config);
  const excludeOption = pluginOption(config, KEY, 'exclude');
  // #excluded?: a truthy `exclude` goes to EntryFilter#glob_include?, which calls `any?` on it: a
  // String, number or true has none (a Hash's pairs match no pattern)
  const exclude = Array.isArray(excludeOption) ? excludeOption : [];
  const noAny = excludeOption !== undefined && excludeOption !== null && excludeOption !== false && !Array.isArray(excludeOption) && !isHash(excludeOption);
  // #potential_targets: pages, static files and written documents, by path from the root. The pages
  // include those the generators before it added (jekyll-feed's feed.xml, jekyll-sitemap's sitemap.xml).
  // #url_for_path reads the found target's url: one its permalink cannot make stops the build.
  const targets = new Map<string, { url: string; urlError?: Error }>();
  const addTarget = (path: string, target: { url: string; urlError?: Error }): void => {
    const key = path.replace(/^\//, '');
    if (!targets.has(key)) targets.set(key, target);
  };
  for (const p of site.pages) addTarget(p.relativePath, p);
  for (const g of ctx.pagesGeneratedBefore?.() ?? []) addTarget(g.relativePath, g);
  for (const f of site.staticFiles) addTarget(f.relativePath, f);
  for (const d of docsToWrite(site)) addTarget(d.relativePath, d);

  const liquidRead = ctx.pagesLiquidReadBefore?.() ?? new Set<string>();
  // A redirect_to document is empty by now (jekyll-redirect-from runs before, :normal): its new
  // Excerpt is made of "".
  const emptied = ctx.contentEmptiedBefore?.() ?? new Set<string>();
  // A page's new Excerpt is a Jekyll::Excerpt (not a PageExcerpt), which Page#excerpt renders the
  // first time Page#to_liquid runs (unless a generator before this one read it: it is memoized).
  // Excerpt#render_with_liquid? forwards yaml_file? to the page, which has no such method: the
  // build stops there, unless render_with_liquid is false and the excerpt is only converted.
  const pageExcerpt = <T extends Document>(doc: T, content: string): T => {
    if (doc.data.render_with_liquid !== false) {
      throw new KyllError('PLUGIN_ERROR', `undefined method \`yaml_file?' for #<Jekyll::Page @relative_path=${inspectString(doc.relativePath)}>`, { file: doc.relativePath });
    }
    const excerptSource = extractExcerpt(content, excerptSeparator(doc.data.excerpt_separator, config.excerpt_separator));
    // the Excerpt takes the place of the front matter's value (or of the PageExcerpt), which
    // Page#to_liquid shows rendered
    return hasGivenExcerpt(doc.data) ? { ...doc, data: { ...doc.data, excerpt: null }, content, excerptSource } : { ...doc, content, excerptSource };
  };
  const edit = <T extends Document>(doc: T): T => {
    if (!isMarkdown(doc.ext)) return doc;
    if (noAny) throw new KyllError('INVALID_CONFIG', noMethodText('any?', excludeOption), { file: '_config.yml' });
    if (exclude.length > 0 && globIncludes(exclude, doc.relativePath)) return doc;
    // #replace_relative_links! rescues the regexp's "invalid byte sequence in UTF-8": the text stays
    if (doc.unreadable) return doc;
    const dir = rubyDirname(doc.relativePath);
    const content = replaceLinks(emptied.has(doc.relativePath) ? '' : doc.content, (link) => {
      // #replaceable_link?: not a `#fragment`, not a URL with a scheme.
      if (link.path.startsWith('#') || isAbsoluteUrl(link.path)) return undefined;
      let path: string;
      try {
        path = pathFromRoot(link.path, dir, undefined, config.source);
      } catch (e) {
        // File.expand_path's ArgumentError (a `~name` path of no known user) is not the one the
        // gem rescues: the build stops
        if (e instanceof UnknownUserError) throw new KyllError('PLUGIN_ERROR', `${e.message} (ArgumentError)`, { file: doc.relativePath });
        throw e;
      }
      const target = targets.get(cgiUnescape(path));
      if (target?.urlError) throw target.urlError;
      return target === undefined ? undefined : relativeUrl(target.url, config);
    });
    // #replace_relative_links_excerpt!: every document it goes through whose data["excerpt"] is
    // truthy (Jekyll's Excerpt, or one written in front matter) gets a new Excerpt of the new
    // content, links changed or not: a front matter excerpt is replaced too.
    // (a page's data["excerpt"] is truthy when its front matter gives one, or with `page_excerpts`)
    if (doc.kind === 'page' && (hasGivenExcerpt(doc.data) || doc.excerptSource !== undefined) && !liquidRead.has(doc.relativePath)) return pageExcerpt(doc, content);
    const given = doc.kind !== 'page' && hasGivenExcerpt(doc.data);
    if (content === doc.content && !given) return doc;
    if (!given && doc.excerptSource === undefined) return { ...doc, content };
    const excerptSource = extractExcerpt(content, String(doc.data.excerpt_separator ?? config.excerpt_separator ?? '\n\n'));
    if (!given) return { ...doc, content, excerptSource };
    const { excerpt: _replaced, ...data } = doc.data;
    return { ...doc, data, content, excerptSource };
  };
  const withPages = { ...site, pages: site.pages.map(edit) };
  return pluginOption(config, KEY, 'collections') === true ? mapDocuments(withPages, (d) => (d.write ? edit(d) : d)) : withPages;
}

export const relativeLinksPlugin: KyllPlugin = {
  name: 'jekyll-relative-links',
  generatorClass: 'JekyllRelativeLinks::Generator',
  priority: 'lowest',
  transformSite: transform,
};
