// jekyll-sass-converter 2.2 compiles with libsass (sassc). We use the same
// libsass 3.6 compiled to JavaScript (sass.js), so CSS and source maps come
// out byte for byte as Jekyll writes them; Dart Sass formats colours and
// spacing differently. `_sass` (sass.sass_dir) files are the import path.
import { createRequire } from 'node:module';
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from '../source/source.js';
import type { SiteConfig } from '../types.js';

interface SassResult {
  status: number;
  text?: string;
  map?: { sources?: string[]; sourcesContent?: string[]; names?: string[]; mappings?: string };
  message?: string;
  formatted?: string;
  line?: number;
}

interface SassJs {
  writeFile(path: string, text: string): void;
  clearFiles(): void;
  compile(text: string, options: Record<string, unknown>, done: (r: SassResult) => void): void;
  style: Record<string, number>;
}

export interface SassOutput {
  readonly css: string;
  /** The source map's JSON text when source maps are on (sass.sourcemap). */
  readonly map?: string;
}

export type SassCompiler = (text: string, syntax: 'sass' | 'scss', file: string) => Promise<SassOutput>;

let sassJs: SassJs | undefined;
function loadSass(): SassJs {
  sassJs ??= createRequire(import.meta.url)('sass.js/dist/sass.sync.js') as SassJs;
  return sassJs;
}

export function createSassCompiler(source: Source, config: SiteConfig, environment: string): SassCompiler {
  const options = (config.sass ?? {}) as Record<string, unknown>;
  const sassDir = String(options.sass_dir ?? '_sass').replace(/^\/+|\/+$/g, '');
  const style = String(options.style ?? 'expanded').toLowerCase();
  const sourcemap = String(options.sourcemap ?? 'always');
  const withMap = sourcemap === 'always' || (sourcemap === 'development' && environment === 'development');
  const partials = source.list().filter((p) => p.startsWith(`${sassDir}/`));
  let queue: Promise<unknown> = Promise.resolve();

  return (text, syntax, file) => {
    // sass.js keeps one virtual file system: compile one file at a time.
    const run = queue.then(() => compile(loadSass(), text, syntax, file));
    queue = run.catch(() => undefined);
    return run;
  };

  function compile(sass: SassJs, text: string, syntax: 'sass' | 'scss', file: string): Promise<SassOutput> {
    sass.clearFiles();
    for (const p of partials) sass.writeFile(p.slice(sassDir.length + 1), source.readText(p));
    const base = file.slice(file.lastIndexOf('/') + 1);
    const cssName = base.replace(/\.s[ac]ss$/, '.css');
    return new Promise((resolve, reject) => {
      sass.compile(
        text,
        {
          style: sass.style[style] ?? sass.style.expanded,
          indentedSyntax: syntax === 'sass',
          inputPath: base,
          outputPath: cssName,
          sourceMapFile: withMap ? `${cssName}.map` : undefined,
          sourceMapContents: true,
          sourceMapOmitUrl: !withMap,
        },
        (r) => {
          if (r.status !== 0 || r.text === undefined) {
            reject(new KyllError('SASS_ERROR', `Conversion error: Jekyll::Converters::Scss encountered an error while converting '${file}': ${r.message ?? 'unknown error'}`, { file, line: r.line === undefined ? undefined : r.line }));
            return;
          }
          resolve({ css: r.text, map: withMap && r.map ? mapJson(r.map, cssName, base, sassDir) : undefined });
        },
      );
    });
  }
}

// libsass writes its maps with tab indentation; sources are shown relative to
// the site (the sass folder) and the page's own file by its name.
function mapJson(map: NonNullable<SassResult['map']>, cssName: string, base: string, sassDir: string): string {
  const sources = (map.sources ?? []).map((s) => (s === base ? s : `${sassDir}/${s.replace(/^(\.\.\/)*sass\//, '')}`));
  return JSON.stringify({ version: 3, file: cssName, sources, sourcesContent: map.sourcesContent ?? [], names: map.names ?? [], mappings: map.mappings ?? '' }, null, '\t');
}
