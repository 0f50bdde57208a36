// libsass's stderr (DEPRECATION WARNING, @warn, @debug) as sassc writes it in Jekyll. A DEPRECATION
// WARNING and a @debug line (`<file>:<line> DEBUG: ...`) name the file by the path libsass opened:
// the page by scss.rb#filename (`<source from the working directory>/<name>`, `w.scss` when Jekyll
// runs in the site folder), "stdin" for scssify, and every imported file by its absolute path
// (libsass resolves imports against absolute folders: a partial of sass_dir, of a load path or of
// the theme's `_sass`, and a file found from the page's folder alike). A @warn's trace
// ("on line 2:7 of _sass/_p.scss") names files as errors do: relative to the working directory.
// Checked with Jekyll 4.3.1, run in the site folder and in its parent (`source: sub`). kyll serves
// those folders under names of its own (sass.ts), which are turned back here.
import path from 'node:path';

export interface SassNames {
  /** Each served folder (`/sass/`, `/.load-paths/0/`, `/.kyll-theme/`) with its absolute path, when on disk. */
  readonly absolute: ReadonlyArray<readonly [string, string]>;
  /** A served name by its path from the site folder (sass.ts#siteNameOf). */
  readonly shown: (virtual: string) => string;
  /** A name from the site folder as libsass's messages give it, from the working directory (sass.ts#fromWorkingDir); the same without. */
  readonly fromCwd?: (name: string) => string;
  /** The site folder on disk (absolute), where the files served at their site paths are. */
  readonly site?: string;
  /** The page's name as compiled (its file name), when a page is: libsass names it as given, not as opened. */
  readonly page?: string;
}

const DEPRECATION = /^(DEPRECATION WARNING on line \d+(?:, column \d+)? of )(\S+?)(:?)$/;
const DEBUG = /^(\S+?)(:\d+ DEBUG: )/;
// the name ends the line, or comes before `, in mixin `m``
const TRACE = /(\b(?:on|from) line \d+(?::\d+)? of )(\S+?)(?=, in |$)/g;

/** One stderr line with kyll's served names replaced by sassc's. */
export function sassStderrLine(line: string, names: SassNames): string {
  const deprecation = DEPRECATION.exec(line);
  if (deprecation) {
    const [, head, name, colon] = deprecation as unknown as [string, string, string, string];
    return `${head}${openedName(name, names)}${colon}`;
  }
  const debug = DEBUG.exec(line);
  if (debug) return openedName(debug[1]!, names) + line.slice(debug[1]!.length);
  return line.replace(TRACE, (_m, head: string, name: string) => head + tracedName(name, names));
}

/**
 * A formatted error with each place's file named as sassc names it ("on line 2:1 of _sass/_p.scss,"
 * "from line 1:9 of main.scss"): only a place's name, not a word after another "of" in the message
 * ("Please delete or rename all but one of these files.").
 */
export function namedPlaces(formatted: string, names: SassNames): string {
  return formatted.replace(PLACE, (_m, head: string, name: string, comma: string) => head + tracedName(name, names) + comma);
}

const PLACE = /(\b(?:on|from) line \d+(?::\d+)? of )(\S+?)(,?)(?=\s|$)/g;

/** A served name as a trace (and an error) names it: from the working directory; "stdin" as it is. */
export function tracedName(virtual: string, names: SassNames): string {
  const shown = names.shown(virtual);
  return shown === 'stdin' || names.fromCwd === undefined ? shown : names.fromCwd(shown);
}

/** The name libsass opened a file by: the page and "stdin" as given, an imported file by its absolute path. */
function openedName(name: string, names: SassNames): string {
  const bare = name.replace(/^\/+/, '');
  if (bare === 'stdin' || (names.page !== undefined && bare === names.page)) return tracedName(bare, names);
  const dir = names.absolute.find(([prefix]) => name.startsWith(prefix));
  if (dir) return dir[1] + name.slice(dir[0].length);
  if (names.site !== undefined) return path.resolve(names.site, names.shown(name)).split(path.sep).join('/');
  return names.shown(name);
}

/** Writes stderr lines (already named), on the thread that asked for the job (a Sass thread may end before its own output is written). */
export function writeSassStderr(lines: readonly string[] | undefined): void {
  for (const line of lines ?? []) process.stderr.write(`${line}\n`);
}
