// One site, built again and again: `kyll build` builds it once; `kyll serve`
// and `kyll build --watch` keep a long-lived builder (lib/build) and, after each
// change, render only what it affects. A build reports which outputs changed,
// for live reload.
import path from 'node:path';
import type { Builder } from '../build/index.js';
// Through the engine loader (its V8 code cache), as the library's renderSite and createBuilder.
import { createBuilder, renderSite } from '../entries/engine.js';
import { KyllError } from '../errors/kyll-error.js';
import type { RenderSiteOptions } from '../render/render-site.js';
import type { RenderResult, SiteConfig } from '../types.js';
import { configOverrides, destinationOf, type CliOptions } from './args.js';
import { detachedByConfig, watchesByConfig } from './config-watch.js';
import { profileTables } from './profile-table.js';
import { jekyllDebugLine, jekyllLine, printDiagnostics, printError, printResult, rebuiltLines, warnLine, type Printer } from './report.js';
import { incrementalWanted } from './incremental-by-config.js';
import { startLines, type StartLines } from './start-lines.js';
import { JEKYLL_VERSION } from '../plugins/shared/constants.js';
import { floatToS } from '../values/ruby-float.js';

export interface BuildOutcome {
  readonly status: 'ok' | 'failed' | 'interrupted';
  /** Destination-relative paths of outputs that are new, changed or removed by this build. */
  readonly changed: readonly string[];
  /** The configuration of the site as built (undefined when the build failed). */
  readonly config?: SiteConfig;
}

export interface SiteBuilder {
  build(): Promise<BuildOutcome>;
  /** Builds again after `changedPaths` (absolute or source-relative) changed. */
  update(changedPaths: readonly string[]): Promise<BuildOutcome>;
  /** Cleans the destination after an update as Jekyll's rebuilds do (Builder#tidy); the destination-relative paths it changed. */
  tidy(): Promise<readonly string[]>;
  /** The long-lived builder, once a build made it. */
  builder(): Builder | undefined;
}

/**
 * Commands::Build's info lines after the site is written (unless --quiet): `done in` (Ruby's
 * `(Time.now - t).round(3)`), and for a build that does not watch, that it does not.
 */
function closingLines(result: RenderResult, opts: CliOptions): string[] {
  const seconds = Math.round((result.timings.total ?? 0)) / 1000;
  const lines = [jekyllLine('', `done in ${floatToS(seconds)} seconds.`)];
  if (opts.command !== 'build') return lines;
  if (detachedByConfig(result.site.config)) lines.push(jekyllLine('Auto-regeneration:', 'disabled when running server detached.'));
  else if (!opts.watch && !watchesByConfig(opts, result.site.config)) lines.push(jekyllLine('Auto-regeneration:', 'disabled. Use --watch to enable.'));
  return lines;
}

/** A site to build; `longLived` keeps a builder between builds (serve, --watch, -I), else each build is a fresh renderSite. */
/** With `signal`, a build or update stops when it is aborted: nothing of it is written, and the outcome is `interrupted`. */
export function siteBuilder(opts: CliOptions, printer: Printer, extraConfig: Record<string, unknown> = {}, longLived = false, signal?: AbortSignal): SiteBuilder {
  const source = path.resolve(opts.source);
  const options: RenderSiteOptions = {
    source,
    destination: destinationOf(opts),
    configFiles: opts.configFiles,
    // Jekyll's build and serve commands set `serving` after the flags (commands/build.rb, serve.rb): site.serving, site.count
    config: { ...configOverrides(opts), serving: opts.command === 'serve', ...extraConfig },
    write: true,
    profile: opts.profile,
    verbose: opts.verbose,
    signal,
  };
  // The builder does not profile: --profile renders the whole site each time.
  const keep = longLived && !opts.profile;
  let builder: Builder | undefined;
  // Jekyll's first debug lines (commands/build.rb via LogAdapter#log_level=, Jekyll::Command), once a process
  let greeted = false;
  const greet = (): void => {
    if (!opts.verbose || opts.quiet || greeted) return;
    greeted = true;
    printer.out(jekyllDebugLine('Logging at level: debug'));
    printer.out(jekyllDebugLine(`Jekyll Version: ${JEKYLL_VERSION}`));
  };
  // The configuration as the first build reads it, read once: Jekyll's lines before that build, and its `incremental:`
  let read: StartLines | undefined;
  const readStart = (): StartLines => (read ??= startLines(opts));
  // -I, or `incremental: true` in the configuration (incremental-by-config.ts)
  const incremental = (): boolean => incrementalWanted(opts, opts.incremental ? undefined : readStart().site);
  // Jekyll's info lines before the first build (start-lines.ts); --verbose has them among the engine's debug lines
  let started = false;
  const start = (): void => {
    if (opts.quiet || opts.verbose || started) return;
    started = true;
    const lines = readStart();
    for (const l of lines.config.out) printer.out(l);
    for (const l of lines.config.err) warnLine(printer, l);
    for (const l of lines.build) printer.out(l);
  };
  const report = async (make: () => Promise<{ result: RenderResult; changed: readonly string[] }>, rebuild = false): Promise<BuildOutcome> => {
    const t0 = performance.now();
    try {
      const { result, changed } = await make();
      greet();
      if (!opts.quiet) {
        printDiagnostics(result.diagnostics, printer, opts.verbose);
        // Site#process prints the profile (Profiler#profile_process, at info level) before Build's `done in`
        if (opts.profile) for (const line of profileTables(result)) printer.out(line);
        for (const line of rebuild ? rebuiltLines(performance.now() - t0) : closingLines(result, opts)) printer.out(line);
        // KYLL_TIMINGS: kyll's own line with the build's stages (bench/bench.mjs reads it)
        if (process.env.KYLL_TIMINGS) printResult(result, printer, opts.verbose);
      }
      return { status: 'ok', changed, config: result.site.config };
    } catch (e) {
      if (signal?.aborted) {
        printer.err('kyll: interrupted; the destination was left as it was.');
        return { status: 'interrupted', changed: [] };
      }
      // The warnings reported before the error, then the error (Jekyll prints them as they come).
      const before = e instanceof KyllError ? e.diagnostics : undefined;
      greet();
      if (before && !opts.quiet) printDiagnostics(before, printer, opts.verbose);
      printError(e, printer, opts.trace);
      // A write error says itself what state the destination is in; a post_write hook fails once the
      // site is written; any other error stops the build before it writes.
      printer.err(
        e instanceof KyllError && e.written === true
          ? 'kyll: build failed after the site was written.'
          : e instanceof KyllError && e.code === 'WRITE_ERROR'
            ? 'kyll: build failed.'
            : 'kyll: build failed; the destination was left as it was.',
      );
      return { status: 'failed', changed: [] };
    }
  };
  const build = (): Promise<BuildOutcome> => {
    start();
    return report(async () => {
      // A one-off `kyll build` of a site whose configuration says `incremental: true` is `kyll build -I`.
      if (!keep && !(opts.command === 'build' && !opts.profile && !opts.disableDiskCache && incremental())) {
        const result = await renderSite(options);
        return { result, changed: result.files.map((f) => f.path) };
      }
      builder = await createBuilder({ ...options, incremental: incremental() && !opts.disableDiskCache, oneOff: opts.command === 'build' && !opts.watch });
      const result = await builder.build();
      return { result, changed: result.files.map((f) => f.path) };
    });
  };
  const update = (changedPaths: readonly string[]): Promise<BuildOutcome> => {
    // No builder yet (the first build failed, or none ran): build from scratch.
    const current = builder;
    if (!current) return build();
    return report(async () => {
      const r = await current.update(changedPaths);
      return { result: r.result, changed: [...r.written.map((f) => f.path), ...r.removed] };
    }, true);
  };
  const tidy = async (): Promise<readonly string[]> => {
    if (!builder) return [];
    try {
      const t = await builder.tidy();
      return [...t.written.map((f) => f.path), ...t.removed];
    } catch (e) {
      if (signal?.aborted) return [];
      printError(e, printer, opts.trace);
      return [];
    }
  };
  return { build, update, tidy, builder: () => builder };
}
