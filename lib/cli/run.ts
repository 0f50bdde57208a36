// The kyll commands, on top of the library. Returns an exit code.
import path from 'node:path';
import { destinationOf, parseArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { expandHome } from './expand-home.js';
import { expandHomePath } from '../source/home-folder.js';
import { quickAnswer } from './quick.js';
import { consolePrinter, printError, type Printer } from './report.js';
import { stopped } from './stopped.js';
import { builderUpdate, ownCacheOf, pollsSource, printRegenerating, watchSource } from './watch.js';

export { VERSION } from './version.js';

/** What a caller embedding the CLI can give it. */
export interface RunHooks {
  /** Stops `kyll build`, `kyll serve` and `kyll build --watch` when aborted, as Ctrl-C (else SIGINT or SIGTERM stops them: interrupt.ts). */
  readonly signal?: AbortSignal;
}

export async function run(argv: readonly string[], printer: Printer = consolePrinter, hooks: RunHooks = {}): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    // Mercenary's OptionParser errors and an unknown subcommand exit 1 in Jekyll (abort)
    if (e instanceof UsageError) {
      printer.err(`kyll: ${e.message}`);
      printer.err(USAGE);
      return 1;
    }
    throw e;
  }
  // jekyll with no subcommand: the program's help on stdout, "A subcommand is required." and exit 1
  if (argv.length === 0) {
    printer.out(USAGE);
    printer.err('A subcommand is required.');
    return 1;
  }
  // Site#config= expands the source as it does the destination (File.expand_path): a quoted `-s '~/x'`.
  if (opts.sourceGiven) {
    try {
      opts.source = expandHomePath(opts.source, 'the source');
    } catch (e) {
      printError(e, printer, opts.trace);
      printer.err('kyll: build failed; the destination was left as it was.');
      return 1;
    }
  }
  if (opts.destination === undefined && (opts.command === 'build' || opts.command === 'serve' || opts.command === 'clean')) {
    const loader = await import('../entries/engine-loader.js');
    // A one-off build's libsass starts loading now, while the engine loads, as with `-d` (entries/engine.ts).
    if (opts.command === 'build' && !opts.watch && !opts.incremental) {
      loader.startSassThreadAhead(opts.source);
      loader.tierUpForBuild(opts.source);
    }
    // Through the engine (its V8 code cache): the configuration reader is the engine's, compiled once.
    opts.destination = (await loader.loadEngine()).configuredDestination(opts);
  }
  // Site#config= expands the destination (File.expand_path): a `~name` of no known user stops the build.
  if (opts.destination !== undefined) {
    try {
      opts.destination = expandHome(opts.destination);
    } catch (e) {
      printError(e, printer, opts.trace);
      printer.err('kyll: build failed; the destination was left as it was.');
      return 1;
    }
  }
  const answer = quickAnswer(opts);
  if (answer !== undefined) {
    printer.out(answer);
    return 0;
  }
  switch (opts.command) {
    case 'help':
    case 'version':
      return 0; // answered above
    // Each command loads what it needs: `kyll --version` and `kyll help` need none of the engine.
    case 'build': {
      const { siteBuilder } = await import('./site-build.js');
      const { interruptedBuild, withInterrupts } = await import('./interrupt.js');
      if (opts.watch || opts.incremental) return withInterrupts((signal) => buildWithBuilder(opts, printer, signal), hooks.signal);
      return withInterrupts(async (signal) => {
        const { status, config } = await siteBuilder(opts, printer, {}, false, signal).build();
        if (status === 'ok' && (await import('./config-watch.js')).watchesByConfig(opts, config)) return buildWithBuilder({ ...opts, watch: true }, printer, signal, true);
        return status === 'interrupted' ? interruptedBuild(destinationOf(opts), signal, opts.trace, opts.source) : status === 'ok' ? 0 : 1;
      }, hooks.signal);
    }
    case 'serve': {
      const { detach, detachedPrinter, livereloadOverDetach } = await import('./detach.js');
      opts = livereloadOverDetach(opts, printer);
      if (opts.detach) return detach(argv, printer);
      const background = detachedPrinter();
      const { withInterrupts } = await import('./interrupt.js');
      const serve = (await import('./serve.js')).serve;
      const code = await withInterrupts((signal) => serve(opts, background?.printer ?? printer, { onReady: () => background?.ready(), signal }), hooks.signal);
      await background?.close();
      return code;
    }
    case 'new':
      return (await import('./new-site.js')).newSite(opts, printer);
    case 'new-theme':
      return (await import('./new-theme.js')).newTheme(opts, printer);
    case 'clean':
      return (await import('./clean.js')).clean(opts, printer);
    case 'doctor':
      return (await import('./doctor.js')).doctor(opts, printer);
  }
}

// `kyll build --watch` and `--incremental`: one long-lived builder, stopped by `signal` (interrupt.ts).
// `built`: a one-off build already wrote the site (`watch: true` in _config.yml, read by that build):
// watch from now on, as Jekyll's Commands::Build.process does after its build.
async function buildWithBuilder(opts: CliOptions, printer: Printer, signal: AbortSignal, built = false): Promise<number> {
  const { siteBuilder } = await import('./site-build.js');
  const { interruptedBuild, stoppedServing } = await import('./interrupt.js');
  const site = siteBuilder(opts, printer, {}, true, signal);
  const source = path.resolve(opts.source);
  const destination = destinationOf(opts);
  // --watch watches from before the first build, as serve does: a file saved while that build runs
  // (after it read the file) is built again once it is done. Jekyll's watcher starts after the
  // build (Commands::Build.process), and such a save waits for the next one.
  let firstDone!: () => void;
  const after = new Promise<void>((resolve) => (firstDone = resolve));
  const onError = (e: unknown): void => {
    // Stopped part way by a signal: the update writes all or nothing, and had not written.
    if (signal.aborted) return printer.err('kyll: interrupted; the destination was left as it was.');
    printError(e, printer, opts.trace);
    printer.err('kyll: update failed; fix the file and save it again.');
  };
  const watching = { source, destination, quiet: opts.quiet, verbose: opts.verbose, onError };
  const watch = async (): Promise<() => Promise<void>> =>
    watchSource({ source, destination, after, ...(await watchedConfig(opts, source)) }, (paths) => {
      const builder = site.builder();
      // --profile renders the whole site each time (the builder does not profile).
      if (builder) return builderUpdate(builder, watching, printer)(paths);
      if (!opts.quiet) printRegenerating(paths, source, printer);
      // no builder yet (the site was built once before the watch began): this builds it whole
      return site.update(paths).then(() => undefined);
    });
  let stop = opts.watch && !built ? await watch() : undefined;
  const first = built ? { status: 'ok' as const, config: undefined } : await site.build();
  // `-I` with `watch: true` in _config.yml watches too, once it has built
  if (first.status === 'ok' && !stop && (built || (await import('./config-watch.js')).watchesByConfig(opts, first.config))) stop = await watch();
  if (first.status !== 'ok' || !stop) {
    await stop?.();
    if (first.status === 'interrupted') return interruptedBuild(destination, signal, opts.trace, opts.source);
    return first.status === 'ok' ? 0 : 1;
  }
  if (!opts.quiet) printer.out(` Auto-regeneration: enabled for '${source}'`);
  firstDone();
  const sig = await stopped(signal);
  await stop();
  return stoppedServing(sig, opts.trace, printer);
}

/** What the watcher takes from the configuration: force_polling, and kyll's cache folder to ignore. */
async function watchedConfig(opts: CliOptions, source: string): Promise<{ poll: boolean; ownCache?: string }> {
  const config = (await import('./start-config.js')).initialConfig(opts, source);
  return { poll: pollsSource(config), ...ownCacheOf(source, config) };
}
