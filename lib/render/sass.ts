// jekyll-sass-converter 2.2 compiles with libsass 3.6.5 (sassc). We use the
// same libsass compiled to WebAssembly (libsass-wasm.ts), so CSS and source
// maps come out byte for byte as Jekyll writes them; Dart Sass formats colours
// and spacing differently. `_sass` (sass.sass_dir) files are the import path.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from '../source/source.js';
import { sourceRelativeDir } from '../config/site-dir.js';
import { loadPathFiles, sassLoadPaths, sassLoadPathsFailure } from './sass-load-paths.js';
import { runLibsass, type SassResult, type SassRunner } from './libsass.js';
import { SASS_INCLUDE_PATH } from './libsass-wasm.js';
import { nodeModuleStyleFiles, themeStyleFiles } from './sass-node-modules.js';
import { namedPlaces, sassStderrLine, writeSassStderr, type SassNames } from './sass-warnings.js';
import { sassCacheKey, type SassCache } from './sass-cache.js';
import { rubyClass } from '../liquid/filters/array.js';
import { libsassExtras } from './sass-libsass-options.js';
import { nameLineComments } from './sass-line-comments.js';
import { isPlainHash, rubyInspect } from '../liquid/ruby/to-s.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import type { SiteConfig } from '../types.js';

export interface SassOutput {
  readonly css: string;
  /** The source map's JSON text when source maps are on (sass.sourcemap). */
  readonly map?: string;
  /**
   * libsass's stderr lines with sassc's names (sass-warnings.ts): written when the page is
   * converted, in every build, as Jekyll's libsass prints them (kept in the Sass cache too).
   */
  readonly stderr?: readonly string[];
  /** libsass read a file above the site folder, which the cache key does not hold: not cached. */
  readonly readOutside?: boolean;
}

export type SassCompiler = (text: string, syntax: 'sass' | 'scss', file: string) => Promise<SassOutput>;

/** Compiles each .scss/.sass page with the site's partials; `run` is where libsass runs (default: this thread). */
export function createSassCompiler(source: Source, config: SiteConfig, environment: string, theme?: Source, cache?: SassCache, run: SassRunner = runLibsass): SassCompiler {
  const configFailure = sassConfigFailure(config.sass);
  const options = (configFailure === undefined ? (config.sass || {}) : {}) as Record<string, unknown>;
  const { style, partials, includePaths, absolute } = sassSettings(source, configFailure === undefined ? config : { ...config, sass: {} }, theme);
  // scss.rb#sourcemap_option: `fetch("sourcemap", :always).to_sym`, so any text but never, or
  // development outside development, writes a map (`Always`, `Never` too); a value that is no
  // text (true, null, 3) fails each page's conversion.
  // scss.rb#sass_configs reads the load paths before the source map setting
  const loadPathsFailure = sassLoadPathsFailure(options, config.safe != null && config.safe !== false);
  const sourcemapFailure = 'sourcemap' in options && typeof options.sourcemap !== 'string' ? noToSym(options.sourcemap) : undefined;
  const sourcemap = String(options.sourcemap ?? 'always');
  const withMap = sourcemap !== 'never' && !(sourcemap === 'development' && environment !== 'development');
  // `source_map_embed` reaches sassc with the rest of `sass:` (outside safe mode): libsass then
  // writes the map into the CSS as a data: URL, the .map file being written all the same.
  const embedMap = withMap && !config.safe && options.source_map_embed !== undefined && options.source_map_embed !== null && options.source_map_embed !== false;
  const extras = libsassExtras(configFailure === undefined ? config : { ...config, sass: {} });
  // How the source map names each partial: relative to the site folder, as sassc run from there does.
  const shownAs = partialNames(source, partials);
  // The site folder on disk: sassc finds a `../` past it there (a site in memory has nothing above it).
  const siteFolder = source.absolute?.('');
  const fromCwd = fromWorkingDir(siteFolder);
  const names: SassNames = { absolute, shown: (virtual) => siteNameOf(virtual, shownAs), fromCwd, ...(siteFolder === undefined ? {} : { site: siteFolder }) };
  // The cache keeps the warnings as named: a build run from another folder names them otherwise.
  const seenFrom = fromCwd('');
  let texts: string[] | undefined;
  const partialTexts = (): string[] => (texts ??= partials.map((p) => p.from.readText(p.path)));
  return (text, syntax, file) => {
    if (configFailure !== undefined) return Promise.reject(conversionError(syntax, file, configFailure));
    if (options.implementation === 'sass-embedded') return Promise.reject(missingSassEmbedded(syntax, file));
    const key = cache && sassCacheKey([style, includePaths, String(withMap), String(embedMap), String(Boolean(options.add_charset)), String(extras.lineComments), String(extras.precision), syntax, file, text, ...partials.flatMap((p, i) => [p.name, shownAs.get(p.name)!, partialTexts()[i]!]), ...(seenFrom === '' ? [] : ['cwd', seenFrom])]);
    const hit = key === undefined ? undefined : cache!.get(key);
    if (hit) return Promise.resolve(hit);
    const out = compile(text, syntax, file);
    // CSS that read files above the site folder is not kept: the key holds only the site's files.
    return key === undefined ? out : out.then((o) => (o.readOutside ? o : (cache!.set(key, o), o)));
  };

  async function compile(text: string, syntax: 'sass' | 'scss', file: string): Promise<SassOutput> {
    if (loadPathsFailure !== undefined) throw conversionError(syntax, file, loadPathsFailure);
    if (sourcemapFailure !== undefined) throw conversionError(syntax, file, sourcemapFailure);
    if (extras.precisionFailure !== undefined) throw conversionError(syntax, file, extras.precisionFailure);
    // SassC::Engine#render gives an empty page back as it is, without libsass (which rejects an
    // empty text); the source map then raises NotRenderedError, which scss.rb logs: no map.
    if (text === '') return { css: '', ...(withMap ? { stderr: ['Could not generate source map SassC::NotRenderedError => '] } : {}) };
    const base = file.slice(file.lastIndexOf('/') + 1);
    const cssName = base.replace(/\.s[ac]ss$/, '.css');
    const r = await run({
      files: partials.map((p, i) => [p.name, partialTexts()[i]!] as const),
      text,
      options: {
        style,
        includePaths,
        indentedSyntax: syntax === 'sass',
        inputPath: base,
        outputPath: cssName,
        sourceMapFile: withMap ? `${cssName}.map` : undefined,
        sourceMapContents: true,
        sourceMapOmitUrl: !withMap,
        sourceComments: extras.lineComments,
        ...(extras.precision === undefined ? {} : { precision: extras.precision }),
      },
      ...(siteFolder === undefined ? {} : { outside: siteFolder }),
    });
    const pageNames: SassNames = { ...names, page: base };
    const stderr = r.stderr?.map((line) => sassStderrLine(line, pageNames));
    if (r.status !== 0 || r.text === undefined) {
      writeSassStderr(stderr);
      throw sassError(r, file, base, shownAs, syntax, pageNames);
    }
    const lines = extras.lineComments ? nameLineComments(r.text, pageNames, r.map?.mappings) : undefined;
    const named = lines?.css ?? r.text;
    const rmap = r.map && lines?.mappings !== undefined ? { ...r.map, mappings: lines.mappings } : r.map;
    const map = withMap && rmap ? mapJson(rmap, cssName, shownAs) : undefined;
    const css = embedMap && map !== undefined ? embedSourceMap(named, map) : named;
    return { css: replaceByteOrderMark(css, config), map, ...(stderr ? { stderr } : {}), ...(r.readOutside ? { readOutside: true } : {}) };
  }
}

/**
 * scss.rb#convert: the byte order mark libsass writes before compressed CSS
 * with non-ASCII text becomes `@charset "UTF-8";` with sass.add_charset, else
 * nothing (pages and the scssify filters alike).
 */
export function replaceByteOrderMark(css: string, config: SiteConfig): string {
  const addCharset = ((config.sass ?? {}) as Record<string, unknown>).add_charset;
  return css.replace(/^\uFEFF/, addCharset ? '@charset "UTF-8";' : '');
}

/** A Sass page compiled before its turn: its text as Liquid will leave it, its syntax and its file. */
export interface EarlySassPage {
  readonly text: string;
  readonly syntax: 'sass' | 'scss';
  readonly file: string;
}

/**
 * Starts compiling the given pages at once (on the Sass thread, while this
 * thread renders the posts) and returns a compiler that answers each of them
 * with that early compilation when it is asked the same text, syntax and file
 * (the page's Liquid left its text as guessed); any other call compiles then.
 * Failures surface at the page's turn, as they would have.
 */
export function compileEarly(compile: SassCompiler, pages: readonly EarlySassPage[]): SassCompiler {
  const key = (text: string, syntax: string, file: string): string => `${syntax}\0${file}\0${text}`;
  const early = new Map<string, Promise<SassOutput>>();
  for (const p of pages) {
    const out = compile(p.text, p.syntax, p.file);
    // Not awaited until the page's turn: keep a failure from counting as unhandled meanwhile.
    out.catch(() => undefined);
    early.set(key(p.text, p.syntax, p.file), out);
  }
  return (text, syntax, file) => {
    const k = key(text, syntax, file);
    const out = early.get(k);
    if (out === undefined) return compile(text, syntax, file);
    early.delete(k);
    return out;
  };
}

interface Partial {
  readonly from: Source;
  readonly path: string;
  /** The name it is imported as; `/path` for a file of the site folder itself (see siteFolderFiles) or of a load path. */
  readonly name: string;
  /** How source maps and errors name it, when not by its path in the site. */
  readonly shown?: string;
}

// did_you_mean's suggestions for `to_sym` (Ruby 3.1 with Jekyll 4.3.1 loaded).
const TO_SYM_NEAR: Readonly<Record<string, string>> = { TrueClass: 'to_s', FalseClass: 'to_s', Integer: 'to_s', Float: 'to_s', Array: 'to_s to_set', Hash: 'to_s to_set' };

/** Renderer#convert's "Conversion error" for a failure of the Sass converter itself. */
function conversionError(syntax: 'sass' | 'scss', file: string, failure: string): KyllError {
  return new KyllError('SASS_ERROR', `Conversion error: ${sassConverterClass(syntax)} encountered an error while converting '${file}': ${failure}`, { file: '_config.yml' });
}

/**
 * scss.rb#jekyll_sass_configuration reads `sass:` (`@config["sass"] || {}`) with `[]` and `fetch`:
 * a value that is no mapping (nil and false are none) fails each page's conversion with Ruby's
 * error, and only that (a site with no Sass page builds). Undefined for a mapping.
 */
export function sassConfigFailure(sass: unknown): string | undefined {
  if (sass === undefined || sass === null || sass === false || isPlainHash(sass)) return undefined;
  if (typeof sass === 'string') {
    // String#[]("style") is the substring, which `options["style"] = ...to_sym` then cannot replace
    return sass.includes('style') ? 'no implicit conversion of Symbol into String' : `undefined method \`fetch' for ${rubyInspect(sass)}:String`;
  }
  // Integer#[] and Array#[] take an index
  if (Array.isArray(sass) || typeof sass === 'bigint' || (typeof sass === 'number' && Number.isInteger(sass))) return 'no implicit conversion of String into Integer';
  return noMethodText('[]', sass);
}

/** Ruby 3.1's NoMethodError for `value.to_sym` in scss.rb#sourcemap_option, with error_highlight's line as Jekyll's log prints it. */
function noToSym(value: unknown): string {
  const cls = rubyClass(value);
  const near = TO_SYM_NEAR[cls];
  return `undefined method \`to_sym' for ${rubyInspect(value)}:${cls} jekyll_sass_configuration.fetch("sourcemap", :always).to_sym ^^^^^^^${near ? ` Did you mean? ${near}` : ''}`;
}

// scss.rb's ALLOWED_STYLES.
const SASS_STYLES: ReadonlySet<string> = new Set(['nested', 'expanded', 'compact', 'compressed']);

// Where the files of `sass.load_paths` folders and the theme's are served: dot folders, which the
// site's own files (siteFolderFiles) never are. The theme's whole folder is served (its style files),
// its `_sass` being the include path: libsass joins a theme partial's `../assets/x` (or a page's,
// found through that include path) to the theme's own folder on disk.
const LOAD_PATHS = '/.load-paths/';
const THEME_ROOT = '/.kyll-theme/';
const THEME_SASS = `${THEME_ROOT}_sass/`;

/** How source maps and errors name each partial (by the name it is served as): relative to the site folder. */
export function partialNames(source: Source, partials: readonly Partial[]): Map<string, string> {
  return new Map(partials.map((p) => [p.name, p.shown ?? (p.from === source ? p.path : relativeTo(source.root, `${p.from.root}/${p.path}`))]));
}

/** A served name of a load path's or the theme's file (`.load-paths/0/x.scss`, maybe after `../` or `/`) as partialNames keys it. */
export function dotFolderName(virtual: string): string | undefined {
  const m = /^(?:\.\.\/)*\/*(\.(?:load-paths|kyll-theme)\/.+)$/.exec(virtual);
  return m ? `/${m[1]!}` : undefined;
}

/**
 * The output style, the partials (the site's sass_dir, the folders of
 * `sass.load_paths`, the theme's `_sass`) and libsass's include path, of
 * jekyll-sass-converter's configuration (scss.rb#sass_load_paths).
 */
export function sassSettings(source: Source, config: SiteConfig, theme?: Source): { style: string; partials: Partial[]; includePaths: string; absolute: Array<readonly [string, string]> } {
  const options = (config.sass ?? {}) as Record<string, unknown>;
  // scss.rb#sass_dir_relative_to_site_source: Jekyll.sanitized_path(source, sass_dir).
  const sassDir = sourceRelativeDir(source.root, String(options.sass_dir ?? '') || '_sass');
  // jekyll-sass-converter keeps libsass's `compact` as the default style, and gives it for any
  // style not spelled as one of the four (scss.rb#sass_style: `Expanded`, `COMPRESSED`, 1).
  const given = String(options.style ?? 'compact').replace(/^:/, '');
  const style = SASS_STYLES.has(given) ? given : 'compact';
  // The site's partials; the theme's `_sass` is an include path of its own, the last: libsass looks
  // in the importing file's folder first, so the theme's own imports find the theme's files even
  // where the site has a file of the same name.
  const sassDirFiles = source.list().filter((p) => p.startsWith(`${sassDir}/`));
  // A sass_dir more than one folder deep (`assets/_scss`) is searched at its site path, where its
  // files are served too: libsass joins a partial's `../x` to the folder above sass_dir
  // (`<site>/assets/x`), which `/sass/../x` (the site folder) is not (Jekyll 4.3.1 run).
  const atSitePath = sassDir.includes('/');
  const sassDirInclude = atSitePath ? `/${sassDir}/` : SASS_INCLUDE_PATH;
  const partials: Partial[] = atSitePath ? [] : sassDirFiles.map((p) => ({ from: source, path: p, name: p.slice(sassDir.length + 1) }));
  // scss.rb#sass_load_paths keeps only the load paths that are folders: sass_dir (and the theme's
  // `_sass`) when there is one. A `../x` is joined to a load path only then (Jekyll 4.3.1 runs).
  const sassDirIsFolder = hasFolder(source, sassDir);
  const themeSass = theme !== undefined && hasFolder(theme, '_sass');
  if (theme) for (const p of themeStyleFiles(theme)) partials.push({ from: theme, path: p, name: `${THEME_ROOT}${p}` });
  // The user's load paths come before sass_dir (which stays where they list it).
  const include: string[] = [];
  // Where each served folder is on disk (sass-warnings.ts).
  const absolute: Array<readonly [string, string]> = [];
  const onDisk = (served: string, from: Source, dir: string): void => {
    const abs = from.absolute?.(dir);
    if (abs !== undefined) absolute.push([served, `${abs.replace(/\/+$/, '')}/`]);
  };
  onDisk(sassDirInclude, source, sassDir);
  if (theme) onDisk(THEME_ROOT, theme, '');
  sassLoadPaths(source, options, sassDir, Boolean(config.safe)).forEach((d, i) => {
    if (d.isSassDir) return void include.push(sassDirInclude);
    const at = `${LOAD_PATHS}${i}/`;
    onDisk(at, d.from, d.dir);
    include.push(at);
    for (const f of loadPathFiles(d)) partials.push({ from: d.from, path: d.dir === '' ? f : `${d.dir}/${f}`, name: `${at}${f}`, shown: d.shown(f) });
  });
  if (sassDirIsFolder && !include.includes(sassDirInclude)) include.push(sassDirInclude);
  if (themeSass) include.push(THEME_SASS);
  // With a deep sass_dir nothing of the site is served under `/sass/`: a root `sass/` folder's files are served too.
  const siteFiles = siteFolderFiles(source, atSitePath);
  const served = new Set(siteFiles);
  // A deep sass_dir's files, even in a folder siteFolderFiles leaves out (`vendor/scss`).
  if (atSitePath) siteFiles.push(...sassDirFiles.filter((p) => !served.has(p)));
  for (const p of siteFiles) partials.push({ from: source, path: p, name: `/${p}` });
  const own = [...new Set(partials.filter((p) => p.from === source).map((p) => p.path))];
  for (const f of nodeModuleStyleFiles(source, own)) partials.push({ from: f.from, path: f.path, name: `/${f.name}`, shown: f.name });
  return { style, partials, includePaths: include.join(':'), absolute };
}

/** Whether `dir` is a folder of `from`: one holding files, or an empty one. */
function hasFolder(from: Source, dir: string): boolean {
  const prefix = `${dir}/`;
  return from.list().some((p) => p.startsWith(prefix)) || (from.emptyFolders?.() ?? []).some((f) => f === dir || f.startsWith(prefix));
}

/**
 * The site's own Sass and CSS files, which libsass finds from
 * the site folder: scss.rb#filename names the page `<site>/<name>` (relative to
 * the working directory), so a page's `@import "x"` looks in the site folder
 * before the load paths (libsass looks in the importing file's folder, then the
 * include paths; a page run from another folder does not see that folder's files:
 * checked with Jekyll run from /tmp), and a root
 * `x.css` wins over `_sass/x.scss`; scssify's "stdin" looks in the working
 * directory, which is the site folder when Jekyll runs in it (as users and the
 * conformance harness run it). sass_dir's files are served here too, at their
 * site paths: the page's `@import '_sass/x'`, and a `../_sass/x` that libsass
 * joins to the absolute sass_dir load path (`<site>/_sass/../_sass/x`), find
 * them there (phantom's css/style.scss, Jekyll 4.3.1 run). Served at their paths under `/`, beside the
 * partials' `/sass/`; files under a root `sass/` folder would mix with the
 * partials there and are left out (unless sass_dir is deep, when no partial
 * is under `/sass/`: withSassFolder), as are the folders Jekyll writes to or
 * installs into (`_site`, `.*`, node_modules, vendor), to keep every job small
 * (a node_modules package that a Sass file names is served: sass-node-modules.ts).
 */
function siteFolderFiles(source: Source, withSassFolder: boolean): string[] {
  const left = withSassFolder ? /^(?:_site|node_modules|vendor|\.[^/]*)\// : /^(?:sass|_site|node_modules|vendor|\.[^/]*)\//;
  return source.list().filter((p) => /\.(?:s[ac]ss|css)$/.test(p) && !left.test(p));
}

/**
 * SassC::SyntaxError as jekyll-sass-converter raises it: libsass's formatted
 * message (`on line 3:10 of _sass/_p.scss from line 1:9 of main.scss`), files
 * named as sassc run from the site folder names them, whitespace squeezed as
 * Jekyll's logger prints it. The place is the file the error is in.
 */
/** A name libsass-wasm.ts serves (partials under /sass/, the page as /<name>) as sassc run from the site folder names it. */
export function siteNameOf(virtual: string, shownAs: ReadonlyMap<string, string>): string {
  // A file of the site folder first: a deep sass_dir's `sass/x/_p.scss` is one (sassSettings).
  const atSitePath = shownAs.get(`/${virtual.replace(/^\/+/, '')}`);
  if (atSitePath !== undefined) return atSitePath;
  const inSass = /^\/*sass\/(.+)$/.exec(virtual);
  if (inSass) return shownAs.get(inSass[1]!) ?? inSass[1]!;
  const dotted = dotFolderName(virtual);
  if (dotted !== undefined) return shownAs.get(dotted) ?? virtual;
  return virtual.replace(/^\/+/, '');
}

function sassError(r: SassResult, file: string, base: string, shownAs: ReadonlyMap<string, string>, syntax: 'sass' | 'scss', names: SassNames): KyllError {
  const siteName = (virtual: string): string => siteNameOf(virtual, shownAs);
  // Each frame of a call trace but the last ends with a comma after its file (libsass traces_to_string);
  // the message names files from the working directory, the place below from the site folder.
  const formatted = namedPlaces(r.formatted ?? `Error: ${r.message ?? 'unknown error'}`, names);
  const where = r.file === undefined ? base : siteName(r.file);
  const inPartial = where !== base;
  return new KyllError(
    'SASS_ERROR',
    `Conversion error: ${sassConverterClass(syntax)} encountered an error while converting '${file}': ${formatted.replace(/\s+/g, ' ').trim()}`,
    { file: inPartial ? where : file, line: r.line, column: r.column },
  );
}

/**
 * Renderer#convert names `converter.class`: a `.sass` file is converted by
 * Converters::Sass (a subclass of Scss), a `.scss` file by Converters::Scss.
 */
/**
 * scss.rb#convert (jekyll-sass-converter 2.2.0, Jekyll 4.3.1's): `implementation: sass-embedded`
 * requires the sass-embedded gem when a page is converted; without it ("Dependency Error: Yikes!
 * It looks like you don't have sass-embedded ...") the conversion fails and the build stops.
 * Any other value is sassc, whose libsass kyll runs.
 */
function missingSassEmbedded(syntax: 'sass' | 'scss', file: string): KyllError {
  return new KyllError('SASS_ERROR', `Conversion error: ${sassConverterClass(syntax)} encountered an error while converting '${file}': sass-embedded`, { file: '_config.yml' }, {
    hint: "sass: implementation: sass-embedded needs the sass-embedded gem, which Jekyll 4.3.1's jekyll-sass-converter 2.x does not bring (Dependency Error); kyll compiles Sass with libsass, as sassc: remove the setting or set it to sassc.",
  });
}

export function sassConverterClass(syntax: 'sass' | 'scss'): string {
  return syntax === 'sass' ? 'Jekyll::Converters::Sass' : 'Jekyll::Converters::Scss';
}

/**
 * libsass names files in its messages (errors, a @warn's trace) relative to the working directory
 * (traces_to_string: File::abs2rel against CWD): scss.rb#filename names the page
 * `<site.source relative from Dir.pwd>/<name>` and the load paths are absolute. So with
 * `source: sub` (or `-s sub`) run from the parent folder, Jekyll says `sub/_sass/_p.scss`,
 * `sub/main.scss`, and `../x/...` for a site beside it (Jekyll 4.3.1 runs). kyll's names are
 * from the site folder: this gives a name from the working directory, the same for a site run
 * in its own folder (as users and the harness run it) or in memory.
 */
export function fromWorkingDir(siteFolder: string | undefined, cwd = process.cwd()): (name: string) => string {
  if (siteFolder === undefined || path.resolve(siteFolder) === path.resolve(cwd)) return (name) => name;
  const site = path.resolve(siteFolder);
  return (name) => relativeTo(cwd, path.resolve(site, name));
}

function relativeTo(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** The CSS with its closing sourceMappingURL comment naming the map as libsass's source_map_embed does: a base64 data: URL of the map's JSON. */
function embedSourceMap(css: string, map: string): string {
  const at = css.lastIndexOf('/*# sourceMappingURL=');
  if (at < 0) return css;
  const end = css.indexOf(' */', at);
  const url = `data:application/json;base64,${Buffer.from(map, 'utf8').toString('base64')}`;
  return `${css.slice(0, at)}/*# sourceMappingURL=${url}${css.slice(end)}`;
}

// libsass writes its maps with tab indentation; sources are shown relative to
// the site (the sass folder) and the page's own file by its name.
function mapJson(map: NonNullable<SassResult['map']>, cssName: string, shownAs: ReadonlyMap<string, string>): string {
  // A partial is under sass/; a file of the site folder (siteFolderFiles) is named by its path already.
  // libsass names a file that an include-path file imported by `../` (`/sass/../node_modules/x`) from the root.
  const sources = (map.sources ?? []).map((s) => {
    const atSitePath = shownAs.get(`/${s.replace(/^(?:\.\.\/)+/, '')}`);
    if (atSitePath !== undefined) return atSitePath;
    const partial = /^(?:\.\.\/)*sass\/(.+)$/.exec(s);
    if (partial) return shownAs.get(partial[1]!) ?? partial[1]!;
    const dotted = dotFolderName(s);
    if (dotted !== undefined) return shownAs.get(dotted) ?? s;
    const fromRoot = /^(?:\.\.\/)+(.+)$/.exec(s);
    return (fromRoot && shownAs.get(`/${fromRoot[1]!}`)) ?? s;
  });
  return JSON.stringify({ version: 3, file: cssName, sources, sourcesContent: map.sourcesContent ?? [], names: map.names ?? [], mappings: map.mappings ?? '' }, null, '\t');
}
