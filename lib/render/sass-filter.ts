// The scssify and sassify filters (jekyll/filters.rb): Converters::Scss#convert of the text
// with the site's `sass:` settings (style, sass_dir and the theme's partials) and no page
// associated, so libsass reads it as "stdin" and writes no source map; a byte order mark
// becomes `@charset "UTF-8";` with sass.add_charset (else nothing). Errors are libsass's
// message, which Liquid reports as a Liquid error of the template. libsass as WebAssembly
// compiles synchronously, in the middle of the (synchronous) Liquid render. A site on disk keeps
// what it compiled in the Sass disk cache (sass-cache.ts), as its Sass pages do: a theme may
// scssify its whole stylesheet in a page (just-the-docs' head-nav CSS, ~0.3 s of libsass here).
import type { Source } from '../source/source.js';
import type { SiteConfig } from '../types.js';
import { LiquidFailure } from '../liquid/errors.js';
import { fromWorkingDir, partialNames, replaceByteOrderMark, sassSettings, siteNameOf } from './sass.js';
import { namedPlaces, sassStderrLine, writeSassStderr, type SassNames } from './sass-warnings.js';
import { libsassExtras } from './sass-libsass-options.js';
import { sassLoadPathsFailure } from './sass-load-paths.js';
import { isPlainHash } from '../liquid/ruby/to-s.js';
import { nameLineComments } from './sass-line-comments.js';
import type { SassJob, SassResult } from './libsass.js';
import { compileWasm } from './libsass-wasm.js';
import { sassCacheKey, type SassCache } from './sass-cache.js';

export type SassFilter = (text: string, syntax: 'sass' | 'scss') => string;

export function createSassFilter(source: Source, config: SiteConfig, theme?: Source, run: (job: SassJob) => SassResult = compileWasm, cache?: SassCache): SassFilter {
  let files: Array<readonly [string, string]> | undefined;
  let style = 'compact';
  let includePaths: string | undefined;
  let shownAs: ReadonlyMap<string, string> = new Map();
  let names: SassNames = { absolute: [], shown: (n) => n };
  const embedded = (config.sass as Record<string, unknown> | undefined)?.implementation === 'sass-embedded';
  const extras = libsassExtras(config);
  const options = (isPlainHash(config.sass) ? config.sass : {}) as Record<string, unknown>;
  const loadPathsFailure = sassLoadPathsFailure(options, config.safe != null && config.safe !== false);
  return (text, syntax) => {
    // scss.rb#convert requires the sass-embedded gem first, which Jekyll 4.3.1 lacks (Dependency Error; sass.ts)
    if (embedded) throw new LiquidFailure('plain', 'sass-embedded');
    // scss.rb#sass_configs: a sass_dir or load path that is no text, even for an empty text (the
    // source map setting is not read: no page is associated)
    if (loadPathsFailure !== undefined) throw new LiquidFailure('plain', loadPathsFailure);
    // SassC::Engine#render returns an empty template as it is, before it sets the precision
    if (text === '') return '';
    // sassc's TypeError or RangeError for a precision that is no C int, before libsass runs
    if (extras.precisionFailure !== undefined) throw new LiquidFailure('plain', extras.precisionFailure);
    if (!files) {
      const settings = sassSettings(source, config, theme);
      style = settings.style;
      includePaths = settings.includePaths;
      shownAs = partialNames(source, settings.partials);
      const shown = shownAs;
      const site = source.absolute?.('');
      names = { absolute: settings.absolute, shown: (virtual) => siteNameOf(virtual, shown), fromCwd: fromWorkingDir(site), ...(site === undefined ? {} : { site }) };
      files = settings.partials.map((p) => [p.name, p.from.readText(p.path)] as const);
    }
    // Keyed by all libsass reads (no file of the site beyond the partials: "stdin" has no folder);
    // only a success is kept, with libsass's warnings, printed again on a hit as Jekyll prints them.
    // The warnings kept are named from the working directory (sass-warnings.ts).
    const seenFrom = names.fromCwd?.('') ?? '';
    const key = cache && sassCacheKey(['scssify', style, includePaths ?? '', String(extras.lineComments), String(extras.precision), syntax, text, ...files.flat(), ...(seenFrom === '' ? [] : ['cwd', seenFrom])]);
    const hit = key === undefined ? undefined : cache!.get(key);
    const r: SassResult = hit
      ? { status: 0, text: hit.css, ...(hit.stderr ? { stderr: [...hit.stderr] } : {}) }
      : run({
          files,
          text,
          options: { style, includePaths, indentedSyntax: syntax === 'sass', inputPath: 'stdin', outputPath: 'stdin.css', sourceMapContents: true, sourceMapOmitUrl: true, sourceComments: extras.lineComments, ...(extras.precision === undefined ? {} : { precision: extras.precision }) },
        });
    if (key !== undefined && !hit && r.status === 0 && r.text !== undefined) cache!.set(key, { css: r.text, ...(r.stderr ? { stderr: r.stderr } : {}) });
    writeSassStderr(r.stderr?.map((line) => sassStderrLine(line, names)));
    if (r.status !== 0 || r.text === undefined) {
      // libsass here names the text /stdin and partials sass/<name>; sassc names them stdin and by
      // their path from the working directory (_sass/sub/_g.scss run in the site folder), as a
      // page's conversion error does (sass.ts): a load path's or the theme's files too.
      const formatted = namedPlaces(r.formatted ?? `Error: ${r.message ?? 'unknown error'}`, names);
      throw new LiquidFailure('error', formatted.replace(/\s+/g, ' ').trim());
    }
    return replaceByteOrderMark(extras.lineComments ? nameLineComments(r.text, names).css : r.text, config);
  };
}
