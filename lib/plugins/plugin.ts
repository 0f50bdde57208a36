// The plugin interface, one for the built-in plugins (jekyll-feed, jemoji...),
// a site's `_plugins/*.js` and the plugins given to renderSite: Jekyll's
// generators (`transformSite`, `generate`), converters, Liquid tags and
// filters (`registerLiquid`) and hooks (hooks.ts). Plugins never mutate the
// Site: a generator returns new pages or a new Site, a hook sets the fields of
// the HookDocument it is given, `registerLiquid` works on the build's own engine.
import type { Liquid } from 'liquidjs';
import type { Source } from '../source/source.js';
import type { Data, Diagnostic, Site, StaticFile } from '../types.js';
import type { ReadOptions } from '../site/build-collections.js';
import type { FirstRead } from '../site/first-dated.js';
import type { PluginHooks } from './hooks.js';

/** What a plugin sees while the build runs. */
export interface PluginContext {
  /** The site as it stands: as read (in post_init and post_read hooks), then as the generators left it. */
  readonly site: Site;
  /** jekyll.environment: JEKYLL_ENV, `development` by default. */
  readonly environment: string;
  /** Report a warning (it comes back in RenderResult.diagnostics). */
  warn(message: string, file?: string): void;
  /**
   * Jekyll's `markdownify` and `smartify` filters as this build configures them
   * (kramdown options from _config.yml). jekyll-seo-tag runs titles and
   * descriptions through markdownify, jekyll-feed titles through smartify.
   */
  markdownify(input: string): string;
  smartify(input: string): string;
  /** Jekyll's `absolute_url` filter on a String, through the build's Site#filter_cache (liquid/filters/url.ts). */
  absoluteUrl?(input: string): string;
  /**
   * A generator's `@key ||= make()` (generator-memo.ts): in the later languages of a jekyll-polyglot
   * site built one after the other, the value of the first language's build.
   */
  keep?<T>(key: string, make: () => T): T;
  /** The site's files (jekyll-last-modified-at reads their modification times). */
  readonly source?: Source;
  /** The build's environment variables (PAGES_AVATARS_URL, ASSET_HOST_URL, SSL, GITHUB_HOSTNAME). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A line Jekyll logs at info or debug level (`Jekyll Feed:`, `Generating feed for posts`), printed with --verbose. */
  debug?(topic: string, message: string): void;
  /** Undated documents (relative paths) an earlier generator dated (GeneratorResult#firstReads). */
  readonly datedByGenerators?: ReadonlySet<string>;
  /**
   * Page#initialize's `:pages, :post_init` hooks on a page a generator makes with Page.new
   * (PageWithoutAFile, RedirectPage: Jekyll runs them at the end of initialize, on the data
   * read_yaml gave): the data the hooks leave (the page's own when no plugin has such a hook).
   */
  initPage?(page: { readonly relativePath: string; readonly url: string; readonly outputPath?: string; readonly data: Data; readonly content?: string }): Data;
}

/** A page a generator adds (Jekyll's PageWithoutAFile). */
export interface GeneratedPage {
  /** Where it would live in the source, for messages and `page.path`: `feed.xml`. */
  readonly relativePath: string;
  readonly url: string;
  /** Relative to the destination: `feed.xml`, `page2/index.html`. */
  readonly outputPath: string;
  /** Front matter (layout, title, sitemap: false...). */
  readonly data: Data;
  /** Template text rendered like a page's body (Liquid, then Markdown when `ext` is Markdown). */
  readonly content?: string;
  /** The source extension, deciding the converter: `.html`, `.md`, `.xml`. */
  readonly ext?: string;
  /**
   * Renderer#output_ext when it is not the output path's extension: jekyll-paginate-v2's pages
   * named `.html` have none (File.extname of a dot name), so jemoji and jekyll-mentions pass them by.
   */
  readonly outputExt?: string;
  /**
   * The source of its excerpt, for a page Jekyll makes with Page.new (jekyll-paginate's pagers)
   * under `page_excerpts: true`: the page's Page#excerpt, rendered when first read.
   */
  readonly excerptSource?: string;
  /**
   * The source page whose excerpt it shows, for a page whose data is a copy of that page's
   * (jekyll-paginate-v2's PaginationPage): the same PageExcerpt, rendered once, as that page.
   */
  readonly excerptOf?: string;
  /** `page.name` when it is not the relative path's base name (jekyll-paginate-v2's `.html`); site.html_pages reads it. */
  readonly name?: string;
  /**
   * Page#relative_path when it is not `relativePath`: what Jekyll's build warnings and Liquid
   * exceptions name (a jekyll-paginate-v2 page has no dir: `.html`).
   */
  readonly messagePath?: string;
  /**
   * Keys of `data` its Liquid drop leaves out: a copy of a page's data (PaginationPage) answers
   * the template's front matter defaults through the copied default_proc, which Liquid's
   * lookups (key?) do not ask, while Ruby's `data[key]` (the layout, jekyll-seo-tag) does.
   */
  readonly hiddenKeys?: readonly string[];
  /**
   * Its Ruby class, which Page#inspect names where `inspect` prints it inside a list
   * (`{{ site.pages | inspect }}`: `#<JekyllFeed::PageWithoutAFile @relative_path="feed.xml">`);
   * Jekyll::Page when not given (jekyll-paginate's pagers are Page.new copies).
   */
  readonly rubyClass?: string;
  /** Its #inspect there, for a class that defines its own (jekyll-archives' Archive). */
  readonly rubyInspect?: string;
  /**
   * Page#type, the type its front matter defaults are looked up with, when it is not `pages`:
   * jekyll-archives' Archive has its archive type (`tag`, `year`...) there.
   */
  readonly defaultsType?: string;
  /** False when its Liquid is off (`render_with_liquid: false` in its data or its front matter defaults). */
  readonly renderWithLiquid?: boolean;
  /** Extra top-level Liquid variables for this page (`paginator`). */
  readonly scope?: Data;
  /**
   * Extra top-level variables computed at render time from the site drop, merged
   * over `scope`: jekyll-paginate hands out the engine's own post drops
   * (`paginator.posts` are entries of `site.posts`, with rendered content).
   */
  readonly scopeFor?: (siteDrop: Data) => Data;
  /**
   * It is the page it replaces with only `scope`/`scopeFor` added, the same object in Jekyll
   * (jekyll-paginate's first pager: `page.pager = pager` on the template page): when an earlier
   * generator already stands in for that page, the scope goes on that stand-in (render/scope-on-stand-in.ts).
   */
  readonly addsScopeOnly?: boolean;
  /**
   * Fields of this page's own drop (`page` in Liquid), computed from the site drop
   * once the drops exist, before anything renders: what a Jekyll Page subclass
   * exposes through its ATTRIBUTES_FOR_LIQUID (jekyll-archives' `page.posts` are
   * entries of `site.posts`, so they carry rendered content).
   */
  readonly pageFor?: (siteDrop: Data) => Data;
  /**
   * Its drop holds its data, then pageFor's fields, instead of Page's content, dir, excerpt,
   * name, path and url: a Page subclass with its own ATTRIBUTES_FOR_LIQUID (jekyll-archives' Archive).
   */
  readonly ownFields?: boolean;
  /**
   * Output produced by code instead of a template. Called after every post,
   * document and ordinary page has been rendered, so it can read their output
   * (except for a page with a layout that replaces a document: it is computed with the documents).
   */
  readonly render?: (rendered: RenderedSiteView) => string;
}

/** Read access to the rendered site, for outputs computed at the end (feed, sitemap). */
export interface RenderedSiteView {
  /** The Liquid drop of every post, rendered (`content`, `excerpt` hold HTML), newest first. */
  readonly posts: readonly Data[];
  /** Drops of every page and written document, rendered. */
  readonly pages: readonly Data[];
  readonly documents: readonly Data[];
  /** The site drop as Liquid sees it. */
  readonly siteDrop: Data;
  /** The URLs of every file the build writes so far (pages, documents, static files). */
  readonly urls: readonly string[];
}

export interface GeneratorResult {
  readonly pages?: readonly GeneratedPage[];
  /**
   * Relative paths of source pages, posts or documents this generator replaces
   * (jekyll-paginate's index.html, jekyll-redirect-from's `redirect_to`): the
   * generated page with the same relativePath takes their place in the output.
   */
  readonly replaces?: readonly string[];
  /**
   * Relative paths of source pages this generator deletes from site.pages
   * (jekyll-paginate-v2's templates): not rendered, and no page takes their
   * place; the generated pages go at the end of site.pages.
   */
  readonly removes?: readonly string[];
  /**
   * Front matter the generator merges into source documents or pages (`doc.data.merge!`),
   * by relative path: Liquid sees the new keys on them in site.posts and the collections
   * (jekyll-redirect-from's `redirect_to` gives a post `sitemap: false` and `layout: redirect`).
   */
  readonly merges?: ReadonlyArray<{ readonly relativePath: string; readonly data: Data }>;
  /**
   * Keys the generator sets in `site.config`, which Liquid reads as `site.<key>`, given the
   * drop of each page it made: jekyll-archives' `site.archives` (its pages) and
   * `site.jekyll-archives` (its options merged over the defaults).
   */
  readonly config?: (dropOf: (page: GeneratedPage) => Data) => Data;
  /**
   * Relative paths of documents whose `url` the generator read (jekyll-redirect-from's `doc.url`):
   * an undated post whose URL has a date placeholder is dated then, before any template sorts
   * site.posts (site/first-dated.ts).
   */
  readonly urlsRead?: readonly string[];
  /**
   * What the generator read first that fixes an order, in the order it read them (site/first-dated.ts):
   * `['list', 'tags']` for Site#post_attr_hash (memoised: site.tags later is that list, sorted while
   * undated posts compared by path), `['date', path]` for a Document#date it called (jekyll-archives'
   * `years` asks every post, so an undated draft with `future: true` is dated then).
   */
  readonly firstReads?: readonly FirstRead[];
}

/** Jekyll's Generator priorities (plugin.rb PRIORITIES): higher ones run first. */
export type PluginPriority = 'highest' | 'high' | 'normal' | 'low' | 'lowest';

/** What a plugin that edits the read site sees (a Jekyll Generator changing site.pages). */
export interface SiteTransformContext {
  /** The site's files, to read a static file as a page (jekyll-optional-front-matter). */
  readonly source: Source;
  readonly environment: string;
  /** The build's environment variables (PAGES_REPO_NWO for jekyll-github-metadata). */
  readonly env: Readonly<Record<string, string | undefined>>;
  warn(message: string, file?: string): void;
  markdownify(input: string): string;
  /**
   * The pages the generators before this plugin (in generator order) add to site.pages, as Jekyll's
   * generators run one after another (jekyll-relative-links finds jekyll-feed's feed.xml).
   */
  pagesGeneratedBefore?(): readonly GeneratedPage[];
  /**
   * The pages (by relative path) whose Page#to_liquid a generator before this plugin called
   * (`readsPagesLiquid`): Page#excerpt, read there, keeps the value it had then.
   */
  pagesLiquidReadBefore?(): ReadonlySet<string>;
  /**
   * The documents and pages (by relative path) whose content a generator before this plugin set to
   * "" (`emptiesContent`): jekyll-relative-links, :lowest, finds a redirect_to document empty.
   */
  contentEmptiedBefore?(): ReadonlySet<string>;
}

export interface KyllPlugin {
  /** The gem name users list under `plugins:`, e.g. `jekyll-feed`. */
  readonly name: string;
  /** The order of `transformSite` and `generate` among plugins, as Jekyll orders generators (default `normal`). */
  readonly priority?: PluginPriority;
  /** The Ruby class of the gem's Jekyll::Generator, which Site#generate names with --verbose (`JekyllFeed::Generator`). */
  readonly generatorClass?: string;
  /**
   * Its generator calls Page#to_liquid on the pages in site.pages (jekyll-redirect-from reads
   * redirect_from/redirect_to there, jekyll-default-layout the layout): each page's Page#excerpt
   * is read, and memoized, then.
   */
  readonly readsPagesLiquid?: boolean;
  /**
   * The documents and pages (by relative path) whose content its generator sets to "" before the
   * generators after it run (jekyll-redirect-from's redirect_to: `doc.content = doc.output = ""`).
   */
  emptiesContent?(site: Site): ReadonlySet<string>;
  /**
   * Change what was read before anything is generated or rendered: turn static
   * files into pages, set titles and layouts, rewrite links. Returns a new Site
   * (the one given is not changed).
   */
  transformSite?(site: Site, ctx: SiteTransformContext): Site;
  /** Register tags and filters on the build's Liquid engine. */
  registerLiquid?(engine: Liquid, ctx: PluginContext): void;
  /** Add pages before rendering (Jekyll's Generator). */
  generate?(ctx: PluginContext): GeneratorResult;
  /** Converters for new file extensions (Jekyll's Converter), tried before the built-in ones. */
  readonly converters?: readonly PluginConverter[];
  /** Hooks at Jekyll's points: `{ site: { post_read }, posts: { pre_render }, ... }` (see hooks.ts). */
  readonly hooks?: PluginHooks;
  /**
   * The gem loads ActiveSupport's core extensions (html-pipeline does, for jemoji and
   * jekyll-mentions): every Ruby object then has #blank?, and Liquid's `blank` in the conditions
   * of every template of the build matches nil, false, whitespace and empty lists and hashes
   * (without it `x == blank` is never true).
   */
  readonly activeSupport?: boolean;
  /**
   * The gem changes what a gem-based theme gives the site (jekyll-data): `dataDir` reads the
   * theme's folder named by the site's `data_dir` too (when the theme has a `_data`), merged
   * under site.data; `configVariable` makes Liquid's `theme` site.config[site.config.theme]
   * instead of the ThemeDrop.
   */
  readonly theme?: { readonly dataDir?: boolean; readonly configVariable?: boolean };
  /**
   * A :site :post_render hook that deletes entries of site.static_files (jekyll-multiple-languages-plugin):
   * whether a static file is still written. Liquid saw every static file by then.
   */
  readonly writesStaticFile?: (file: StaticFile, site: Site, source: Source) => boolean;
  /**
   * What the plugin changes in the read of the site's files (jekyll-multiple-languages-plugin's
   * PostReader and Permalink patches), from the build's configuration.
   */
  readonly readOptions?: (config: Data) => ReadOptions | undefined;
}

/**
 * Jekyll's Converter (converter.rb): a page, post or document whose extension
 * it `matches` is converted by it instead of Markdown or the identity, and is
 * written with its `outputExt` (unless a permalink names another extension).
 */
export interface PluginConverter {
  /** `ext` is the source extension with its dot, `.textile`. */
  matches(ext: string): boolean;
  outputExt(ext: string): string;
  convert(content: string): string;
}

export type { Diagnostic };
