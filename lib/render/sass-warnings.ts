// libsass's stderr (DEPRECATION WARNING, @warn, @debug) as sassc writes it when Jekyll runs in the
// site folder. A DEPRECATION WARNING names the file by the path libsass opened: a partial of
// sass_dir, of a load path or of the theme's `_sass` by its absolute path (scss.rb#sass_load_paths
// expands them), a file found from the page by its path from the site folder. A @warn's or
// @debug's trace ("on line 2:7 of _sass/_p.scss", "from line 1:9 of m.scss") names files as
// errors do. Checked with Jekyll 4.3.1. kyll serves those folders under names of its own
// (sass.ts), which are turned back here.

export interface SassNames {
  /** Each served folder (`/sass/`, `/.load-paths/0/`, `/.kyll-theme-sass/`) with its absolute path, when on disk. */
  readonly absolute: ReadonlyArray<readonly [string, string]>;
  /** A served name as errors show it (sass.ts#siteNameOf). */
  readonly shown: (virtual: string) => string;
}

const DEPRECATION = /^(DEPRECATION WARNING on line \d+(?:, column \d+)? of )(\/\S+?)(:?)$/;
const TRACE = /(\b(?:on|from) line \d+(?::\d+)? of )(\S+)/g;

/** One stderr line with kyll's served names replaced by sassc's. */
export function sassStderrLine(line: string, names: SassNames): string {
  const deprecation = DEPRECATION.exec(line);
  if (deprecation) {
    const [, head, name, colon] = deprecation as unknown as [string, string, string, string];
    const dir = names.absolute.find(([prefix]) => name.startsWith(prefix));
    return `${head}${dir ? dir[1] + name.slice(dir[0].length) : names.shown(name)}${colon}`;
  }
  return line.replace(TRACE, (_m, head: string, name: string) => head + names.shown(name));
}

/** Writes stderr lines (already named), on the thread that asked for the job (a Sass thread may end before its own output is written). */
export function writeSassStderr(lines: readonly string[] | undefined): void {
  for (const line of lines ?? []) process.stderr.write(`${line}\n`);
}
