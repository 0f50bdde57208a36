// `kyll build --watch`: one long-lived builder (lib/build); each batch of saved
// files renders again what they affect, as `jekyll build --watch` regenerates.
import path from 'node:path';
import type { Builder } from '../build/index.js';
import type { Printer } from './report.js';
import { printDiagnostics } from './report.js';

export interface WatchOptions {
  readonly source: string;
  readonly destination: string;
  readonly quiet: boolean;
  /** Prints a failed update (the build goes on watching). */
  readonly onError: (e: unknown) => void;
  /** Milliseconds to wait for more changes before updating. */
  readonly settle?: number;
}

/** Folders a site's watcher never reports: the destination, caches, VCS, dependencies, our staging folders. */
export function ignoredBy(destination: string): (p: string) => boolean {
  const dest = path.resolve(destination);
  return (p) =>
    p === dest || p.startsWith(dest + path.sep) || /[\\/](node_modules|\.git|\.jekyll-cache|\.sass-cache)([\\/]|$)/.test(p) || /[\\/]\.[^\\/]+\.kyll-(new|old)-/.test(p);
}

/** Watches until the returned stop() is called; resolves once the watcher is ready. */
export async function watchSite(builder: Builder, opts: WatchOptions, printer: Printer): Promise<() => Promise<void>> {
  const { watch } = await import('chokidar');
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    if (running || pending.size === 0) return;
    const paths = [...pending];
    pending.clear();
    const t0 = performance.now();
    running = (async () => {
      if (!opts.quiet) {
        printer.out(`      Regenerating: ${paths.length} file(s) changed at ${new Date().toISOString().replace('T', ' ').slice(0, 19)}`);
        for (const p of paths) printer.out(`                    ${path.relative(opts.source, p)}`);
      }
      try {
        const u = await builder.update(paths);
        if (!opts.quiet) {
          printDiagnostics(u.result.diagnostics, printer);
          printer.out(`                    ...done in ${((performance.now() - t0) / 1000).toFixed(3)} seconds (${u.rendered} rendered, ${u.written.length} written, ${u.removed.length} removed).`);
        }
      } catch (e) {
        opts.onError(e);
      }
    })();
    await running;
    running = undefined;
    if (pending.size > 0) await flush();
  };
  const watcher = watch(opts.source, { ignoreInitial: true, ignored: ignoredBy(opts.destination) });
  watcher.on('all', (_event, p) => {
    pending.add(p);
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), opts.settle ?? 30);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return async () => {
    clearTimeout(timer);
    await watcher.close();
    await running;
  };
}
