// `kyll serve`: build, serve the destination under the baseurl, rebuild on
// changes and tell the browsers (Jekyll::Commands::Serve).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { boundPort, changedUrlPaths, devRequestHandler, listen, mountPath, startLiveReload, type DevServerOptions, type LiveReloadServer } from '../serve/index.js';
import type { SiteConfig } from '../types.js';
import { fnmatchRegExp } from '../site/entry-filter.js';
import { destinationOf, type CliOptions } from './args.js';
import { initialConfig } from './start-config.js';
import { jekyllLine, warnLine, type Printer } from './report.js';
import { printConfigLines, startLines } from './start-lines.js';
import { siteBuilder } from './site-build.js';
import { ownCacheOf, pollsSource, printRegenerating, watchSource } from './watch.js';
import { stopped } from './stopped.js';
import { interruptedBuild, stoppedServing } from './interrupt.js';

export interface ServeHooks {
  /** Stops the server, and a build under way, when aborted (the CLI's on SIGINT and SIGTERM: interrupt.ts). */
  readonly signal?: AbortSignal;
  /** Called once the server answers, with the address it took. */
  onReady?(info: { port: number; livereloadPort?: number; address: string }): void;
  /** Called after each rebuild while serving, with the URL paths sent to the browsers. */
  onRebuild?(changed: readonly string[]): void;
}

/** Serve#default_url: the site's url while serving in development (127.0.0.1 shown as localhost). */
export function serveUrl(host: string, port: number, ssl = false): string {
  return `${ssl ? 'https' : 'http'}://${host === '127.0.0.1' ? 'localhost' : host}:${port}`;
}

/** Serve#enable_ssl: both files or neither, read relative to the source (an absolute path as it is). */
function tlsOptions(opts: CliOptions, source: string): https.ServerOptions | string | undefined {
  if (opts.sslCert === undefined && opts.sslKey === undefined) return undefined;
  if (opts.sslCert === undefined || opts.sslKey === undefined) return 'Missing --ssl_cert or --ssl_key. Both are required.';
  try {
    return { cert: fs.readFileSync(path.resolve(source, opts.sslCert)), key: fs.readFileSync(path.resolve(source, opts.sslKey)) };
  } catch (e) {
    return `cannot read the certificate or key: ${(e as Error).message}`;
  }
}

/** Serve#validate_options: the live reload options mean nothing without live reload. */
function liveReloadOptionsWithout(opts: CliOptions): boolean {
  return !opts.livereload && (opts.livereloadIgnore.length > 0 || opts.livereloadMinDelay !== undefined || opts.livereloadMaxDelay !== undefined);
}

/** Runs until stopped; returns the exit code. */
export async function serve(opts: CliOptions, printer: Printer, hooks: ServeHooks = {}): Promise<number> {
  const source = path.resolve(opts.source);
  const root = destinationOf(opts);
  if (liveReloadOptionsWithout(opts)) {
    printer.err('kyll: --livereload-min-delay, --livereload-max-delay and --livereload-ignore need live reload (drop --no-livereload).');
    return 1;
  }
  const tls = tlsOptions(opts, source);
  if (typeof tls === 'string') {
    printer.err(`kyll: cannot serve: ${tls}`);
    return 1;
  }
  const delays = { min: opts.livereloadMinDelay, max: opts.livereloadMaxDelay };
  const startConfig = initialConfig(opts, source);
  let lastConfig: SiteConfig | undefined;
  const bind = bindAddress(opts, startConfig);
  if (typeof bind === 'string') {
    printer.err(`kyll: cannot serve: ${bind}`);
    return 1;
  }
  const { host } = bind;
  let settings: DevServerOptions = { root, dirListing: opts.showDirListing, livereloadDelays: delays, ...serverSettings(startConfig) };
  const handler = devRequestHandler(() => settings);
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  // Listen before building: a busy port fails at once, and port 0 has its real number for site.url.
  const failed = await listen(server, bind.port, host);
  if (failed) {
    printer.err(`kyll: cannot serve: ${failed}.`);
    return 1;
  }
  const port = boundPort(server, bind.port);
  let reloader: LiveReloadServer | undefined;
  let watcher: { close(): Promise<void> } | undefined;
  const stopAll = async (): Promise<void> => {
    await watcher?.close();
    await reloader?.close();
    await closeServer(server);
  };
  // Serve's action: site.url is this server in the development environment (JEKYLL_ENV unset or "development").
  const development = (process.env.JEKYLL_ENV || 'development') === 'development';
  // Its builds stop when the signal comes (a rebuild before it writes: the destination stays whole).
  const site = siteBuilder(opts, printer, development ? { url: serveUrl(host, port, tls !== undefined) } : {}, true, hooks.signal);
  // --livereload-ignore: changed outputs whose path matches a glob (File.fnmatch, as Jekyll's post_write hook) reload nothing.
  const ignored = opts.livereloadIgnore.map(fnmatchRegExp);
  // Watching starts before the first build (Jekyll's starts after it): a file saved while that build
  // runs is built again once the server is up, not left as the build read it. The changes wait until then.
  let ready!: () => void;
  const started = new Promise<void>((r) => (ready = r));
  if (opts.watch) {
    const stop = await watchSource({ source, destination: root, poll: pollsSource(startConfig), after: started, ...ownCacheOf(source, startConfig) }, async (changedPaths) => {
      if (!opts.quiet) printRegenerating(changedPaths, source, printer);
      const outcome = await site.update(changedPaths);
      // A failed build keeps the last good site; the browsers keep their pages.
      if (outcome.status !== 'ok') return;
      if (outcome.config) settings = { ...settings, ...serverSettings(outcome.config) };
      const paths = changedUrlPaths(mountPath(settings.baseurl), outcome.changed.filter((p) => !ignored.some((re) => re.test(p))));
      reloader?.reload(paths);
      hooks.onRebuild?.(paths);
      // Then the destination is cleaned as Jekyll's rebuilds clean it (a file put there by hand goes),
      // after the browsers have their reload.
      const tidied = await site.tidy();
      if (tidied.length > 0) reloader?.reload(changedUrlPaths(mountPath(settings.baseurl), tidied.filter((p) => !ignored.some((re) => re.test(p)))));
    });
    watcher = { close: stop };
  }
  if (opts.skipInitialBuild) {
    // Commands::Build#process: the configuration was read (its lines), the build is not run
    if (!opts.quiet) {
      const lines = startLines(opts);
      if (!opts.verbose) printConfigLines(lines, printer);
      warnLine(printer, jekyllLine('Build Warning:', 'Skipping the initial build. This may result in an out-of-date site.'));
    }
  } else {
    const first = await site.build();
    if (first.status === 'interrupted') {
      await stopAll();
      return interruptedBuild(root, hooks.signal!, opts.trace, opts.source);
    }
    // Commands::Serve runs Commands::Build first (process_with_graceful_fail): a first build that
    // fails stops `jekyll serve` with exit status 1 before it serves; only the watcher's later
    // rebuilds are allowed to fail (they keep the last good site).
    if (first.status === 'failed') {
      await stopAll();
      return 1;
    }
    if (first.config) settings = { ...settings, ...serverSettings(first.config) };
    lastConfig = first.config;
  }
  if (opts.livereload) {
    const lr = await startLiveReload(host, opts.livereloadPort, tls);
    if (typeof lr === 'string') {
      printer.err(`kyll: cannot start live reload: ${lr}.`);
      await stopAll();
      return 1;
    }
    reloader = lr;
    settings = { ...settings, livereloadPort: lr.port };
  }
  const scheme = tls ? 'https' : 'http';
  const address = `${scheme}://${host}:${port}${mountPath(settings.baseurl)}/`;
  if (!opts.quiet) {
    // Commands::Build#process, then LiveReloadReactor#start and Serve#start_up_webrick
    printer.out(opts.watch ? jekyllLine('Auto-regeneration:', `enabled for '${source}'`) : jekyllLine('Auto-regeneration:', 'disabled. Use --watch to enable.'));
    if (reloader) printer.out(jekyllLine('LiveReload address:', `${scheme}://${host}:${reloader.port}`));
    printer.out(jekyllLine('Server address:', serverAddress(scheme, host, port, (lastConfig ?? startConfig)?.baseurl)));
  }
  if (opts.openUrl) openBrowser(address, printer);
  hooks.onReady?.({ port, livereloadPort: reloader?.port, address });
  if (!opts.quiet) printer.out(jekyllLine('Server running...', 'press ctrl-c to stop.'));
  ready();
  const sig = await stopped(hooks.signal);
  await stopAll();
  return stoppedServing(sig, opts.trace, printer);
}

/** Serve#server_address (format_url): the baseurl and a slash after it when the site has one (nil: none; "": just the slash). */
export function serverAddress(scheme: string, host: string, port: number, baseurl: unknown): string {
  return `${scheme}://${host}:${port}${baseurl == null || baseurl === false ? '' : `${String(baseurl)}/`}`;
}

function closeServer(server: http.Server | https.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/**
 * Where to listen: -H / -P, else `host:` / `port:` of _config.yml (Serve merges the flags over the
 * site's configuration: configuration_from_options), else 127.0.0.1:4000 (Configuration::DEFAULTS).
 * A port that is no number is a one-line reason.
 */
export function bindAddress(opts: CliOptions, config: SiteConfig | undefined): { host: string; port: number } | string {
  const host = opts.hostGiven || typeof config?.host !== 'string' || config.host === '' ? opts.host : config.host;
  if (opts.portGiven || config?.port == null) return { host, port: opts.port };
  const port = typeof config.port === 'number' ? config.port : /^\s*\d+\s*$/.test(String(config.port)) ? Number(config.port) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `port: ${JSON.stringify(config.port)} in _config.yml is not a port number; set a number from 0 to 65535, or pass -P.`;
  return { host, port };
}

function serverSettings(config: SiteConfig | undefined): Pick<DevServerOptions, 'baseurl' | 'headers' | 'encoding'> {
  const webrick = config?.webrick as { headers?: Record<string, string> } | undefined;
  // Servlet#conditionally_inject_charset: `charset=#{@jekyll_opts["encoding"]}`.
  const encoding = config?.encoding == null || config.encoding === false ? {} : { encoding: String(config.encoding) };
  return { baseurl: typeof config?.baseurl === 'string' ? config.baseurl : '', headers: webrick?.headers, ...encoding };
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
