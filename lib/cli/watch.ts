// `kyll build --watch`: one long-lived builder (lib/build); each batch of saved
// files renders again what they affect, as `jekyll build --watch` regenerates.
import path from 'node:path';
import { kyllCacheDir } from '../build/cache-folder.js';
import type { Builder } from '../build/index.js';
import type { Printer } from './report.js';
import { jekyllLine, printDiagnostics, rebuiltLines } from './report.js';
import { pollTree } from './poll-tree.js';
import { watchTree } from './tree-watch.js';

export interface WatchOptions {
  readonly source: string;
  readonly destination: string;
  readonly quiet: boolean;
  /** --verbose: what Jekyll logs at debug level is printed too. */
  readonly verbose?: boolean;
  /** Prints a failed update (the build goes on watching). */
  readonly onError: (e: unknown) => void;
  /** Milliseconds to wait for more changes before updating. */
  readonly settle?: number;
  /** Poll the source instead of waiting for file events (`--force_polling`, `force_polling: true`). */
  readonly poll?: boolean;
}

/**
 * How long the watcher waits after an event for more before updating: one
 * save is a truncate and a write, a checkout many files in a burst.
 */
const SETTLE_MS = 10;

/**
 * Folders a site's watcher never reports: the destination, caches, VCS, dependencies, our staging
 * folders, and `ownCache`, kyll's folder in a cache_dir of another name (cache-folder.ts#kyllCacheDir),
 * which kyll itself writes into while it builds.
 */
export function ignoredBy(destination: string, ownCache?: string): (p: string) => boolean {
  const dest = path.resolve(destination);
  const inside = (dir: string | undefined, p: string): boolean => dir !== undefined && (p === dir || p.startsWith(dir + path.sep));
  return (p) =>
    inside(dest, p) || inside(ownCache, p) || /[\\/](node_modules|\.git|\.jekyll-cache|\.sass-cache)([\\/]|$)/.test(p) || /[\\/]\.[^\\/]+\.kyll-(new|old)-/.test(p);
}

/** kyll's own cache folder, for ignoredBy: one that the default pattern does not already hide. */
export function ownCacheOf(source: string, config: Readonly<Record<string, unknown>> | undefined): { ownCache?: string } {
  const dir = config ? kyllCacheDir(source, config) : undefined;
  return dir === undefined ? {} : { ownCache: dir };
}

/** `force_polling` (or --force_polling, an override in the config): jekyll-watch hands it to Listen as read, any value but false and nil. */
export function pollsSource(config: Readonly<Record<string, unknown>> | undefined): boolean {
  const v = config?.force_polling;
  return v !== undefined && v !== null && v !== false;
}

/** "Regenerating: ..." and the changed files, as `jekyll build --watch` prints them (Watcher#listen_handler: the local time). */
export function printRegenerating(paths: readonly string[], source: string, printer: Printer, now = new Date()): void {
  printer.out(jekyllLine('Regenerating:', `${paths.length} file(s) changed at ${localTime(now)}`));
  for (const p of paths) printer.out(jekyllLine('', path.relative(source, p)));
}

/** Time#strftime("%Y-%m-%d %H:%M:%S") in the local zone. */
function localTime(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/**
 * Watches the source until the returned stop() is called (resolves once the
 * watcher is ready). Changes that come while `onChange` runs are collected and
 * handed over together when it is done. With `after` (the first build), changes
 * saved before it settles are collected too, and handed over once it has: a
 * file saved while the first build runs may have been read before the save.
 */
export async function watchSource(
  opts: Pick<WatchOptions, 'source' | 'destination' | 'settle' | 'poll'> & { readonly after?: Promise<unknown>; readonly ownCache?: string },
  onChange: (paths: string[]) => Promise<void>,
): Promise<() => Promise<void>> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let open = opts.after === undefined;
  void opts.after?.finally(() => {
    open = true;
    void flush();
  });
  const flush = async (): Promise<void> => {
    if (running || !open) return;
    const paths = watcher.take();
    if (paths.length === 0) return;
    running = onChange(paths);
    await running;
    running = undefined;
    await flush();
  };
  const onEvent = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), opts.settle ?? SETTLE_MS);
  };
  const watch = opts.poll ? pollTree : watchTree;
  const watcher = watch(path.resolve(opts.source), ignoredBy(opts.destination, opts.ownCache), onEvent);
  return async () => {
    clearTimeout(timer);
    watcher.close();
    await running;
  };
}

/** `kyll build --watch`: what each batch of changes does, given to the builder. */
export function builderUpdate(builder: Builder, opts: Omit<WatchOptions, 'poll' | 'settle'>, printer: Printer): (paths: string[]) => Promise<void> {
  return async (paths) => {
    const t0 = performance.now();
    if (!opts.quiet) printRegenerating(paths, opts.source, printer);
    try {
      const u = await builder.update(paths);
      // Each rebuild cleans the destination as Jekyll's does (a file put there by hand goes).
      const t = await builder.tidy();
      if (!opts.quiet) {
        printDiagnostics(u.result.diagnostics, printer, opts.verbose);
        for (const line of rebuiltLines(performance.now() - t0)) printer.out(line);
        // kyll's count of what the update did, with --verbose
        if (opts.verbose) printer.out(jekyllLine('Rebuilt:', `${u.rendered} rendered, ${u.written.length + t.written.length} written, ${u.removed.length + t.removed.length} removed.`));
      }
    } catch (e) {
      opts.onError(e);
    }
  };
}
