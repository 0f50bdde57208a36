// `kyll clean`: Jekyll::Commands::Clean#process — the destination, .jekyll-metadata,
// the cache folder (cache_dir, .jekyll-cache by default) and .sass-cache, each
// removed if present, nothing built.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { fsSource } from '../source/index.js';
import { KyllError } from '../errors/kyll-error.js';
import { ensureNotInDestination, ensureNotSourceFolder, isSameOrInside, realPathOf } from '../write/destination-guard.js';
import { configOverrides, destinationOf, type CliOptions } from './args.js';
import { jekyllLine, printError, type Printer } from './report.js';
import { printConfigLines, startLines } from './start-lines.js';

export async function clean(opts: CliOptions, printer: Printer): Promise<number> {
  const source = path.resolve(opts.source);
  // Jekyll's log level is error with --quiet: no line but errors
  const quietPrinter: Printer = { out: () => undefined, err: printer.err, colors: printer.colors };
  const say = opts.quiet ? quietPrinter : printer;
  // Clean#process reads the configuration first (Configuration#read_config_file's lines)
  if (!opts.quiet) printConfigLines(startLines(opts), printer);
  try {
    const config = loadConfig(fsSource(source), { configFiles: opts.configFiles, overrides: configOverrides(opts) });
    // The same destination `kyll build` writes to.
    const destination = destinationOf(opts);
    // Never remove the site itself (a destination that holds the source).
    ensureNotInDestination(source, destination);
    ensureNotSourceFolder(source, destination, config);
    const cacheDir = cacheFolder(source, config.cache_dir);
    remove(destination, 'dir', say);
    remove(path.join(source, '.jekyll-metadata'), 'file', say);
    remove(cacheDir, 'dir', say);
    // Jekyll looks for .sass-cache in the working folder; kyll looks next to the site it cleans.
    remove(path.join(source, '.sass-cache'), 'dir', say);
    return 0;
  } catch (e) {
    printError(e, printer, opts.trace);
    return 1;
  }
}

/**
 * Clean#process: File.join(source, cache_dir), so `/x` is the source's `x`. Jekyll removes that
 * folder whatever it is: `..`, `.` or `''` delete the site itself or its parent folder, `../x` a
 * sibling, and `link/x` (`link` a link out of the site) a folder elsewhere. kyll refuses a cache
 * folder that is not inside the source, before removing anything.
 */
function cacheFolder(source: string, setting: unknown): string {
  const given = setting == null ? '.jekyll-cache' : String(setting);
  const dir = path.join(source, given);
  // A folder of the site, reached through no link out of it (`link/x`, `up/site` with `up -> ..`):
  // the folder itself may be a link, which is removed, never what it points to.
  if (dir !== source && isSameOrInside(source, dir) && isSameOrInside(realPathOf(source), realPathOf(path.dirname(dir)))) return dir;
  throw new KyllError('INVALID_CONFIG', `cache_dir '${given}' is not a folder inside the site: kyll clean would remove ${realPathOf(dir)}.`, { file: '_config.yml' }, {
    hint: `set cache_dir to a folder of the site (the default is .jekyll-cache); the build keeps its cache in that folder of the source`,
  });
}

/**
 * Clean#remove: only a folder where a folder is expected, a file where a file is. File.directory? and
 * File.file? follow a link, and FileUtils.rm_rf then removes the link itself: a destination or cache
 * folder that is a link (`_site -> ../out`) loses the link, and what it points to stays as it is.
 */
function remove(target: string, kind: 'dir' | 'file', printer: Printer): void {
  const st = fs.lstatSync(target, { throwIfNoEntry: false });
  const link = st?.isSymbolicLink() === true;
  const followed = link ? statOrUndefined(target) : st;
  if (followed && (kind === 'dir' ? followed.isDirectory() : followed.isFile())) {
    printer.out(jekyllLine('Cleaner:', `Removing ${target}...`));
    if (link) fs.unlinkSync(target);
    else fs.rmSync(target, { recursive: true, force: true });
  } else printer.out(jekyllLine('Cleaner:', `Nothing to do for ${target}.`));
}

/** What a link points to; undefined for a dangling link or a loop (File.directory? is false). */
function statOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}
