// jekyll-redirect-from 0.16.0: `redirect_from` adds pages that send visitors to
// the document, `redirect_to` turns the document itself into such a page, and
// redirects.json lists them all (lib/jekyll-redirect-from/generator.rb).
import type { Data, Document, Layout, Site } from '../../types.js';
import type { GeneratedPage, GeneratorResult, KyllPlugin, PluginContext } from '../plugin.js';
import { sanitizeUrl } from '../../url/permalink.js';
import { outputExtFor, urlToOutputPath } from '../../url/url-to-path.js';
import { defaultsPermalinkUrl } from '../shared/page-without-a-file.js';
import { sourceHas } from '../shared/source-files.js';
import { isHash, toS } from '../shared/values.js';
import { KyllError } from '../../errors/kyll-error.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { implicitName, rubyClass } from '../../liquid/filters/spaceship.js';
import { REDIRECT_LAYOUT_TEMPLATE, redirectData, redirectDefaultData, redirectHtml, redirectPaths, redirectsJson, type Redirect } from './redirect-page.js';

/**
 * The gem's layout (JekyllRedirectFrom::Layout, redirect.html), which the generator puts in
 * site.layouts when the site and its theme have no `redirect` layout: any page or document that
 * names `layout: redirect` renders through it then, not only the redirect pages.
 */
const GEM_LAYOUT: Layout = { name: 'redirect', relativePath: '_layouts/redirect.html', data: {}, content: REDIRECT_LAYOUT_TEMPLATE, contentLine: 1 };

// generator.rb#generate: `site.layouts["redirect"] = JekyllRedirectFrom::Layout.new(site)` unless the key is there.
function injectLayout(site: Site): Site {
  return site.layouts.redirect !== undefined ? site : { ...site, layouts: { ...site.layouts, redirect: GEM_LAYOUT } };
}

// redirectable.rb#redirect_from: a list, nils dropped.
function redirectFromList(data: Data): unknown[] {
  const v = data.redirect_from;
  const list = Array.isArray(v) ? v : [v];
  return list.filter((x) => x !== undefined && x !== null);
}

// redirectable.rb#redirect_to: the first non-nil entry of a list; generate_redirect_to makes no
// redirect when that is false either (`return unless doc.redirect_to`).
function redirectToValue(data: Data): unknown {
  const v = data.redirect_to;
  const first = Array.isArray(v) ? v.find((x) => x !== undefined && x !== null) : v;
  return first === undefined || first === null || first === false ? undefined : first;
}

function redirectTo(data: Data): string | undefined {
  const v = redirectToValue(data);
  return v === undefined ? undefined : toS(v);
}

/**
 * RedirectPage#set_paths takes `from` and `to` as text: Jekyll 4.3.1 stops on any other value.
 * A redirect_from entry goes through Jekyll's ensure_leading_slash (`input.empty? ||
 * input.start_with?("/")`: NoMethodError for a number, true or a date, and for a list or mapping
 * that is not empty; an empty one becomes the page's permalink, which Renderer#permalink_ext
 * cannot read); the redirect_to value through `%r!^https?://!.match?(to)` (TypeError).
 */
function checkRedirectValues(doc: Document, fromList: readonly unknown[]): void {
  const fail = (why: string): never => {
    throw new KyllError('PLUGIN_ERROR', `${why} (jekyll-redirect-from: ${doc.relativePath} must give its redirect_from and redirect_to as text)`, { file: doc.relativePath });
  };
  for (const from of fromList) {
    if (typeof from === 'string') continue;
    const container = Array.isArray(from) || isHash(from);
    const empty = container && (Array.isArray(from) ? from.length === 0 : Object.keys(from).length === 0);
    fail(noMethodText(empty ? 'end_with?' : container ? 'start_with?' : 'empty?', from));
  }
  const to = redirectToValue(doc.data);
  if (to !== undefined && typeof to !== 'string') fail(`no implicit conversion of ${implicitName(to)} into String (TypeError)`);
}

/** site.docs_to_write (posts first, then the collections in config order) + site.pages. */
function redirectableDocuments(site: Site): Document[] {
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  const docs = labels.flatMap((l) => site.collections[l]!.docs.filter((d) => d.write));
  return [...docs, ...site.pages];
}

/**
 * generator.rb#generate_redirects_json?: `site.config.dig("redirect_from", "json")`. Hash#dig goes
 * on into any value but nil: a list takes no String index, and other values have no #dig, so
 * Jekyll 4.3.1 stops on `redirect_from: false` (or true, or text) in _config.yml (TypeError).
 */
function redirectsJsonSetting(v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  if (isHash(v)) return v.json;
  const why = Array.isArray(v) ? 'no implicit conversion of String into Integer' : `${rubyClass(v)} does not have #dig method`;
  throw new KyllError('INVALID_CONFIG', `${why} (TypeError) (jekyll-redirect-from: redirect_from in _config.yml must be a mapping, such as {json: false})`, { file: '_config.yml' });
}

function generateRedirects(ctx: PluginContext): GeneratorResult {
  const { site } = ctx;
  const config = site.config;
  // The gem's own layout: its pages are written from redirectHtml, with no Liquid to run.
  const userLayout = site.layouts.redirect !== undefined && site.layouts.redirect !== GEM_LAYOUT;
  const redirects = new Map<string, string>();
  const pages: GeneratedPage[] = [];
  const replaces: string[] = [];
  const merges: Array<{ relativePath: string; data: Data }> = [];
  // RedirectPage.redirect_from / redirect_to read doc.url (which dates an undated draft).
  const urlsRead: string[] = [];
  // The page's content is "" (RedirectPage#read_yaml; generate_redirect_to sets the document's),
  // converted as its extension says: a Markdown document's becomes kramdown's "\n".
  const page = (r: Redirect, base: { relativePath: string; url: string; outputPath: string; data: Data }, ext = '.html'): GeneratedPage =>
    userLayout ? { ...base, content: '', ext } : { ...base, content: '', ext, render: () => redirectHtml(r.to) };
  // RedirectPage.from_paths: RedirectPage.new(site, site.source, "", "redirect.html"), whose
  // Page#initialize runs the :pages post_init hooks on DEFAULT_DATA, then set_paths merges the rest.
  const pageData = (r: Redirect): Data => {
    const init = ctx.initPage?.({ relativePath: 'redirect.html', url: '/redirect.html', data: redirectDefaultData(), content: '' });
    return init ? { ...init, ...redirectData(r) } : redirectData(r);
  };

  for (const doc of redirectableDocuments(site)) {
    const fromList = redirectFromList(doc.data);
    if (fromList.length === 0 && redirectTo(doc.data) === undefined) continue;
    checkRedirectValues(doc, fromList);
    // RedirectPage.redirect_from / redirect_to read doc.url: a URL the permalink cannot make
    // (a placeholder the template lacks) stops the build here, in the generator
    if (doc.urlError) throw doc.urlError;
    urlsRead.push(doc.relativePath);
    for (const from of fromList) {
      const r = redirectPaths(toS(from), doc.url, config);
      // A RedirectPage's permalink is `from`: URL#sanitize_url makes its url, and
      // Page#destination adds the permalink's extension (`/r.txt` → r.txt) or .html.
      const url = sanitizeUrl(r.from);
      const outputPath = urlToOutputPath(url, outputExtFor('.html', undefined, r.from), { page: true });
      pages.push({ ...page(r, { relativePath: 'redirect.html', url, outputPath, data: pageData(r) }), rubyClass: 'JekyllRedirectFrom::RedirectPage' });
      redirects.set(r.from, r.to);
    }
    const to = redirectTo(doc.data);
    if (to !== undefined) {
      const r = redirectPaths(doc.url, to, config);
      // generator.rb#generate_redirect_to: doc.data.merge!(page.data), seen wherever the doc is listed
      // (with what the RedirectPage's post_init hooks set: its last_modified_at is redirect.html's).
      const merged = pageData(r);
      const data = { ...doc.data, ...merged };
      pages.push(page(r, { relativePath: doc.relativePath, url: doc.url, outputPath: doc.outputPath, data }, doc.ext));
      replaces.push(doc.relativePath);
      merges.push({ relativePath: doc.relativePath, data: merged });
      redirects.set(r.from, r.to);
    }
  }
  const json = redirectsJsonSetting(config.redirect_from);
  if (json !== false && !sourceHas(ctx)('redirects.json')) {
    const text = redirectsJson(redirects);
    // A `permalink` from the front matter defaults is its permalink (shared/page-without-a-file.ts).
    const byDefaults = defaultsPermalinkUrl(config, 'redirects.json');
    pages.push({
      relativePath: 'redirects.json',
      url: byDefaults?.url ?? '/redirects.json',
      outputPath: byDefaults?.outputPath ?? 'redirects.json',
      ext: '.json',
      rubyClass: 'JekyllRedirectFrom::PageWithoutAFile',
      // PageWithoutAFile.new runs the post_init hooks on {}; generate_redirects_json then sets layout
      data: { ...ctx.initPage?.({ relativePath: 'redirects.json', url: '/redirects.json', data: {}, content: '' }), layout: null },
      // generator.rb#generate_redirects_json sets the page's content to the JSON
      content: text,
      render: () => text,
    });
  }
  return { pages, replaces, merges, urlsRead };
}

export const redirectFromPlugin: KyllPlugin = {
  name: 'jekyll-redirect-from',
  generatorClass: 'JekyllRedirectFrom::Generator',
  // #generate asks every page's redirect_from/redirect_to through to_liquid
  readsPagesLiquid: true,
  transformSite: injectLayout,
  // generator.rb#generate_redirect_to: `doc.content = doc.output = page.output`, "" then
  emptiesContent: (site) => new Set(redirectableDocuments(site).filter((d) => redirectTo(d.data) !== undefined).map((d) => d.relativePath)),
  generate: generateRedirects,
};
