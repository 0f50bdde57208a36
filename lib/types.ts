// The public model: plain, readonly data. Behaviour lives in functions.
import type { JekyllTime } from './time/jekyll-time.js';

/** Any YAML/JSON-like value as Jekyll holds it in front matter, config and data. */
export type Data = Record<string, unknown>;

/** The merged site configuration: Jekyll's defaults, then each config file, then overrides. */
export interface SiteConfig extends Data {
  source: string;
  destination: string;
  permalink: string;
  baseurl?: string;
  url?: string;
  timezone?: string;
  markdown: string;
  markdown_ext: string;
  excerpt_separator: string;
  collections: Record<string, Data>;
  plugins: string[];
  exclude: string[];
  include: string[];
  keep_files: string[];
  defaults: Array<{ scope?: { path?: string; type?: string }; values?: Data }>;
  future: boolean;
  unpublished: boolean;
  show_drafts?: boolean;
  limit_posts: number;
  kramdown: Data;
  liquid: Data;
}

export type DocumentKind = 'post' | 'page' | 'document';

/** Anything with front matter that Jekyll renders: a post, a page or a collection document. */
export interface Document {
  readonly kind: DocumentKind;
  /** Path relative to the site source, with forward slashes: `_posts/2022-02-11-x.md`. */
  readonly relativePath: string;
  /** The collection label (`posts` for posts), null for pages. */
  readonly collection: string | null;
  /** Front matter after defaults, plus what Jekyll derives (title, date, slug, categories, tags...). */
  readonly data: Data;
  /** The body after the front matter, before any rendering. */
  readonly content: string;
  /** 1-based line of the file where `content` starts, to map error lines back to the file. */
  readonly contentLine: number;
  /** The file's extension, `.md`. */
  readonly ext: string;
  /** The output extension, `.html` for Markdown. */
  readonly outputExt: string;
  /** The URL path, starting with `/`, not including baseurl. */
  readonly url: string;
  /** Where the output goes, relative to the destination: `2022/02/11/x.html`. */
  readonly outputPath: string;
  /** False for documents of a collection with `output: false`. */
  readonly write: boolean;
  /**
   * Why `url` could not be made (a placeholder the template lacks, a permalink that is not a
   * string): reading its url (a document's id, a page's dir) in Liquid raises it, and so does
   * rendering a page, or writing a document (render-site.ts), as Jekyll makes URLs when first needed.
   */
  readonly urlError?: Error;
  /**
   * Why the output has no place in the destination although its URL was made (its `%XX` unescape to
   * bytes that are not UTF-8): the build stops once the site is rendered (url-to-path.ts#destinationErrorFor).
   */
  readonly destinationError?: Error;
  /**
   * Why Document#write? itself fails (its collection's `collections:` entry is no mapping,
   * site/collection-metadata.ts): Site#cleanup asks every document first, once the site is rendered.
   */
  readonly writeError?: Error;
  /**
   * Warnings Jekyll prints when it makes the URL (Utils.slugify's empty slug): a written document's
   * are printed after the render, when Site#cleanup asks where it goes (render-site.ts).
   */
  readonly urlWarnings?: readonly string[];
  /** Posts and dated documents. */
  readonly date?: JekyllTime;
  /** False when neither the file name nor the front matter gave a date (it is then site.time). */
  readonly dated?: boolean;
  /** For an undated document: its URL has a date placeholder, so reading the URL dates it (Document#url). */
  readonly urlDated?: boolean;
  /** The excerpt's source text (up to `excerpt_separator`), for posts and documents that have one (and pages, with `page_excerpts: true`). */
  readonly excerptSource?: string;
  /**
   * The excerpt as `{{ post.excerpt }}` renders it (HTML: Liquid and Markdown, no
   * layout), or front matter `excerpt` as written; `''` for a post or document
   * without one. Only on the Site that renderSite and createBuilder return
   * (rendered when first read if no template used it); buildCollections renders
   * nothing and leaves it undefined. Pages have it from front matter, or
   * with `page_excerpts: true` made and rendered as a post's is.
   */
  readonly excerpt?: string;
  /** False when front matter says `render_with_liquid: false`. */
  readonly renderWithLiquid?: boolean;
  /**
   * Why the file's text is not UTF-8 (and where): Jekyll read it without its front matter, as it
   * is; its bytes are kept (read/decode.ts#decodeKeepingBytes), and its Liquid or Markdown stops the build.
   */
  readonly unreadable?: { readonly reason: string; readonly line?: number };
  /** `data.title` as Liquid prints it (a post's comes from its file name when the front matter has none). */
  readonly title?: string;
  /** Posts and collection documents: `data.tags` (front matter `tag`/`tags`), each as Liquid prints it. */
  readonly tags?: readonly string[];
  /** Posts and collection documents: `data.categories` (folders above `_posts`, `category`/`categories`), as strings. */
  readonly categories?: readonly string[];
}

export interface Post extends Document {
  readonly kind: 'post';
  readonly date: JekyllTime;
  readonly slug: string;
  /** `/2022/02/11/slug`: the post's id as Jekyll builds it. */
  readonly id: string;
  readonly draft: boolean;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
}

export interface Page extends Document {
  readonly kind: 'page';
  /**
   * The front matter as read, when a post_read hook changed `data` (jekyll-polyglot's permalink):
   * what a generator that reads the file again sees (jekyll-paginate's Page.new for pages 2+).
   */
  readonly readData?: Data;
  /**
   * The keys of `data` that only its front matter defaults give (Page#initialize's default_proc
   * answers them; its data hash does not hold them): a copy of the data (jekyll-paginate-v2's
   * PaginationPage) shows them to Liquid only where its own defaults give them too.
   */
  readonly defaultedKeys?: readonly string[];
}

/** A file copied as it is. */
export interface StaticFile {
  readonly relativePath: string;
  readonly outputPath: string;
  readonly url: string;
  readonly collection: string | null;
  /** Modification time in ms, when the source knows it. */
  readonly mtime?: number;
  readonly data: Data;
  /** True for a theme's assets: the bytes come from the theme, not the site. */
  readonly fromTheme?: boolean;
  /** As a document's: its URL unescapes to bytes that are not UTF-8, and the build stops after the render. */
  readonly destinationError?: Error;
}

export interface Collection {
  readonly label: string;
  readonly output: boolean;
  readonly permalink?: string;
  readonly docs: readonly Document[];
  readonly files: readonly StaticFile[];
  readonly metadata: Data;
}

/** A layout from `_layouts` (or the theme's): parsed front matter and the template text. */
export interface Layout {
  readonly name: string;
  readonly relativePath: string;
  /** Layout#path: the file's path under its source's root (the site's or its theme's), absolute for a folder. */
  readonly path?: string;
  readonly data: Data;
  readonly content: string;
  readonly contentLine: number;
  /** Why its text could not be read (not UTF-8), and where: rendering through it stops the build. */
  readonly unreadable?: { readonly reason: string; readonly line?: number };
}

/** What `buildCollections` reads: the whole source, nothing rendered yet. */
export interface Site {
  readonly config: SiteConfig;
  /** site.time: from SOURCE_DATE_EPOCH when set, else the clock. */
  readonly time: JekyllTime;
  readonly posts: readonly Post[];
  readonly pages: readonly Page[];
  readonly collections: Readonly<Record<string, Collection>>;
  readonly staticFiles: readonly StaticFile[];
  readonly layouts: Readonly<Record<string, Layout>>;
  readonly data: Data;
  readonly categories: Readonly<Record<string, readonly Post[]>>;
  readonly tags: Readonly<Record<string, readonly Post[]>>;
  /** Warnings of the read phase: files read leniently as Jekyll reads them (bad front matter, undecodable text). */
  readonly diagnostics?: readonly Diagnostic[];
  /** Every post and draft file PostReader read (relative to the source), those it left out too: --verbose's `Reading:` lines. */
  readonly postFilesRead?: readonly string[];
}

export interface OutputFile {
  /** Relative to the destination, forward slashes. */
  readonly path: string;
  readonly url: string;
  readonly size: number;
  /**
   * The rendered text, or the bytes of a static file. A build that writes to a
   * destination reads it back from the written file when asked for (each time).
   */
  readonly contents: string | Uint8Array;
  /**
   * Written as a symbolic link with this text instead of a copy: a static file
   * that is a link, outside safe mode and the production environment (Jekyll's
   * StaticFile#copy_file uses FileUtils.copy_entry there, which keeps links).
   */
  readonly symlink?: string;
}

export interface Diagnostic {
  /** `debug`: what Jekyll logs only with --verbose (Jekyll.logger.debug), e.g. a post left out for its encoding. */
  readonly level: 'warning' | 'error' | 'debug';
  readonly message: string;
  /** Further lines of the same warning, which Jekyll logs each with an empty topic (a URL conflict's destination and files). */
  readonly more?: readonly string[];
  readonly file?: string;
  readonly line?: number;
  readonly code?: string;
}

export interface RenderResult {
  readonly site: Site;
  readonly files: readonly OutputFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds per stage: read, render, write, total... */
  readonly timings: Readonly<Record<string, number>>;
  readonly destination?: string;
  /** Threads that rendered posts and documents (1 unless the site was big enough, or `threads` was set). */
  readonly threads: number;
  /** With `profile: true`: each document, layout and include rendered, slowest first. */
  readonly profile?: readonly ProfileRow[];
}

/** One file's render statistics (`--profile`), as Jekyll's LiquidRenderer keeps them. */
export interface ProfileRow {
  readonly file: string;
  /** Times rendered. */
  readonly count: number;
  /** Bytes of output, all renders together. */
  readonly bytes: number;
  /** Milliseconds, all renders together; an include's time also counts in its caller's. */
  readonly ms: number;
}
