// What our tags and filters share during one build: the options, the site zone,
// and the cache of parsed include files (each parsed once per build).
import type { FilterCache } from './filters/url.js';
import type { Liquid, Parser, Tag, TagToken, Template, TopLevelToken } from 'liquidjs';
import type { Source } from '../source/source.js';
import type { Site, SiteConfig } from '../types.js';
import type { JekyllTime } from '../time/index.js';
import type { DateContext } from './ruby/to-date.js';
import type { SharedIncludes } from './shared-includes.js';

export interface JekyllLiquidOptions {
  /** The merged _config.yml. */
  config: SiteConfig;
  /** The site source: `_includes/`, include_relative targets. */
  source: Source;
  /** A theme's files (its `_includes` is searched after the site's). */
  themeSource?: Source;
  /** For post_url and link. */
  site: Site;
  /** The build's Markdown converter. */
  markdownify: (text: string) => string;
  /** markdownify of a text Ruby holds as US-ASCII (filters/string.ts). */
  markdownifyAscii?: (text: string) => string;
  smartify?: (text: string) => string;
  /** smartify of a text Ruby holds as US-ASCII (the to_s of a number, of most arrays): see filters/string.ts. */
  smartifyAscii?: (text: string) => string;
  sassify?: (text: string, syntax: 'sass' | 'scss') => string;
  /** Liquid warnings (lax parsing in error_mode warn), with the file they concern. */
  warn?: (message: string, file: string) => void;
  /** A warning Jekyll's logger prints naming no file (Utils.slugify's empty slug). */
  logWarning?: (message: string) => void;
  /** --profile: notes each include's render (file, bytes out, milliseconds). */
  profile?: { record(file: string, bytes: number, ms: number): void };
  /** A loaded plugin brought ActiveSupport (KyllPlugin#activeSupport): `blank` compares with its #blank?. */
  activeSupport?: boolean;
  /** Called when a highlight block goes through render_rouge (jekyll-commonmark-ghpages' hook: render/ghpages-default-lang.ts). */
  onRougeHighlight?: () => void;
  /** Site#filter_cache shared with earlier builds of the same Site (filters/url.ts). */
  filterCache?: FilterCache;
}

/** A folder that includes are looked up in. */
export interface IncludeDir {
  readonly source: Source;
  /** Folder inside the source, no trailing slash (`_includes`); '' for the root. */
  readonly dir: string;
  /** How Jekyll names it in messages: the absolute folder. */
  readonly label: string;
}

export interface JekyllEnv {
  readonly opts: JekyllLiquidOptions;
  readonly engine: Liquid;
  /** The site `timezone`, undefined for the process zone. */
  readonly zone?: string;
  readonly date: DateContext;
  readonly includeDirs: readonly IncludeDir[];
  /**
   * Parse a file of a source once per build. `rendererPath`: the site path include_relative
   * read it from, under which rendererText may hold the text to parse instead.
   */
  parseFile(source: Source, path: string, label: string, rendererPath?: string): Template[];
  /** The text parsed for an include_relative of `path` when not the file (LiquidRenderer's cache), else undefined; `read` gives the file. */
  rendererText: ((path: string, read: () => string) => string | undefined) | undefined;
  /** The site time (`now`). */
  now(): JekyllTime;
  /** Set when page-independent includes are rendered once per build (JekyllLiquid#shareIncludes). */
  shared: SharedIncludes | undefined;
}

/** `root/dir/file` without doubled slashes. */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/').replace(/\/{2,}/g, '/');
}

/** A tag class as liquidjs's registerTag takes it. */
export type TagClass = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => Tag;
