// `kyll serve`: build, serve the destination under the baseurl, rebuild on
// changes and tell the browsers (Jekyll::Commands::Serve).
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { boundPort, changedUrlPaths, devRequestHandler, listen, mountPath, startLiveReload, type DevServerOptions, type LiveReloadServer } from '../serve/index.js';
import { fsSource } from '../source/index.js';
import type { SiteConfig } from '../types.js';
import { configOverrides, type CliOptions } from './args.js';
import type { Printer } from './report.js';
import { siteBuilder, type SiteBuilder } from './site-build.js';

export interface ServeHooks {
  /** Stops the server when aborted (the CLI stops on SIGINT and SIGTERM). */
  readonly signal?: AbortSignal;
  /** Called once the server answers, with the address it took. */
  onReady?(info: { port: number; livereloadPort?: number; address: string }): void;
  /** Called after each rebuild while serving, with the URL paths sent to the browsers. */
  onRebuild?(changed: readonly string[]): void;
}

/** Serve#default_url: the site's url while serving in development (127.0.0.1 shown as localhost). */
export function serveUrl(host: string, port: number): string {
  return `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
}

/** Runs until stopped; returns the exit code. */
export async function serve(opts: CliOptions, printer: Printer, hooks: ServeHooks = {}): Promise<number> {
  const source = path.resolve(opts.source);
  const root = path.resolve(opts.destination ?? path.join(source, '_site'));
  let settings: DevServerOptions = { root, ...serverSettings(initialConfig(opts, source)) };
  const server = http.createServer(devRequestHandler(() => settings));
  // Listen before building: a busy port fails at once, and port 0 has its real number for site.url.
  const failed = await listen(server, opts.port, opts.host);
  if (failed) {
    printer.err(`kyll: cannot serve: ${failed}.`);
    return 1;
  }
  const port = boundPort(server, opts.port);
  let reloader: LiveReloadServer | undefined;
  if (opts.livereload) {
    const lr = await startLiveReload(opts.host, opts.livereloadPort);
    if (typeof lr === 'string') {
      printer.err(`kyll: cannot start live reload: ${lr}.`);
      await closeServer(server);
      return 1;
    }
    reloader = lr;
    settings = { ...settings, livereloadPort: lr.port };
  }
  let watcher: { close(): Promise<void> } | undefined;
  const stopAll = async (): Promise<void> => {
    await watcher?.close();
    await reloader?.close();
    await closeServer(server);
  };
  // Serve's action: site.url is this server in the development environment (JEKYLL_ENV unset or "development").
  const development = (process.env.JEKYLL_ENV || 'development') === 'development';
  const site = siteBuilder(opts, printer, development ? { url: serveUrl(opts.host, port) } : {});
  if (opts.skipInitialBuild) printer.out('kyll: skipping the initial build.');
  else {
    const first = await site.build();
    // A missing source, or a destination that would swallow it, is not fixed by editing a file.
    if (first.status === 'fatal' || (first.status === 'failed' && !opts.watch)) {
      await stopAll();
      return 1;
    }
    if (first.config) settings = { ...settings, ...serverSettings(first.config) };
  }
  const address = `http://${opts.host}:${port}${mountPath(settings.baseurl)}/`;
  if (reloader) printer.out(`kyll: live reload at http://${opts.host}:${reloader.port}`);
  printer.out(`kyll: serving ${root} at ${address}`);
  watcher = opts.watch
    ? await watchSource(source, root, site, (config, changed) => {
        if (config) settings = { ...settings, ...serverSettings(config) };
        const paths = changedUrlPaths(mountPath(settings.baseurl), changed);
        reloader?.reload(paths);
        hooks.onRebuild?.(paths);
      }, printer)
    : undefined;
  if (opts.openUrl) openBrowser(address, printer);
  hooks.onReady?.({ port, livereloadPort: reloader?.port, address });
  printer.out('kyll: server running... press ctrl-c to stop.');
  await stopped(hooks.signal);
  await stopAll();
  return 0;
}

/** Resolves on abort, or on SIGINT/SIGTERM when no signal is given. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** The configuration before any build (for --skip-initial-build); a config that cannot be read yet serves at the root. */
function initialConfig(opts: CliOptions, source: string): SiteConfig | undefined {
  try {
    return loadConfig(fsSource(source), { configFiles: opts.configFiles, overrides: configOverrides(opts) });
  } catch {
    return undefined;
  }
}

function serverSettings(config: SiteConfig | undefined): Pick<DevServerOptions, 'baseurl' | 'headers'> {
  const webrick = config?.webrick as { headers?: Record<string, string> } | undefined;
  return { baseurl: typeof config?.baseurl === 'string' ? config.baseurl : '', headers: webrick?.headers };
}

/** Rebuilds after changes (collected while a build runs, then built together) and reports what changed. */
async function watchSource(
  source: string,
  root: string,
  site: SiteBuilder,
  done: (config: SiteConfig | undefined, changed: readonly string[]) => void,
  printer: Printer,
): Promise<{ close(): Promise<void> }> {
  const { watch } = await import('chokidar');
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const flush = async (): Promise<void> => {
    while (pending.size > 0) {
      const paths = [...pending];
      pending.clear();
      printer.out(`kyll: ${paths.length === 1 ? path.relative(source, paths[0]!) : `${paths.length} files`} changed, rebuilding...`);
      const outcome = await site.update(paths);
      if (outcome.status === 'ok') done(outcome.config, outcome.changed);
    }
    running = undefined;
  };
  const watcher = watch(source, {
    ignoreInitial: true,
    ignored: (p: string) => p === root || p.startsWith(root + path.sep) || /[\\/](node_modules|\.git|\.jekyll-cache|\.sass-cache)([\\/]|$)/.test(p) || /[\\/]\.[^\\/]+\.kyll-(new|old)-/.test(p),
  });
  watcher.on('all', (_event, p) => {
    pending.add(p);
    clearTimeout(timer);
    timer = setTimeout(() => {
      running ??= flush();
    }, 100);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    close: async () => {
      clearTimeout(timer);
      await running;
      await watcher.close();
    },
  };
}

/** Serve#launch_browser: $BROWSER when set, else the platform's opener. */
function openBrowser(url: string, printer: Printer): void {
  const [cmd, ...args] = process.env.BROWSER
    ? [process.env.BROWSER, url]
    : process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  try {
    const child = spawn(cmd!, args, { stdio: 'ignore', detached: true });
    child.on('error', () => printer.err(`kyll: could not open a browser (${cmd}); visit ${url}`));
    child.unref();
  } catch {
    printer.err(`kyll: could not open a browser (${cmd}); visit ${url}`);
  }
}
