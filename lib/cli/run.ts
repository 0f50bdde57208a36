// `kyll build` and `kyll serve`, on top of the library. Returns an exit code.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { createBuilder, type Builder } from '../build/index.js';
import { renderSite, type RenderSiteOptions } from '../render/render-site.js';
import type { RenderResult } from '../types.js';
import { configOverrides, parseArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { consolePrinter, printDiagnostics, printError, printResult, type Printer } from './report.js';
import { serve } from './serve.js';
import { watchSite } from './watch.js';

export const VERSION = '0.1.0';

export async function run(argv: readonly string[], printer: Printer = consolePrinter): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      printer.err(`kyll: ${e.message}`);
      printer.err(USAGE);
      return 2;
    }
    throw e;
  }
  if (opts.command === 'help') {
    printer.out(USAGE);
    return 0;
  }
  if (opts.command === 'version') {
    printer.out(`kyll ${VERSION}`);
    return 0;
  }
  let fatal = false;
  const build = async (): Promise<boolean> => {
    const outcome = await build_(opts, printer);
    fatal = outcome === 'fatal';
    return outcome === 'ok';
  };
  if (opts.command === 'build' && (opts.watch || opts.incremental)) return buildWithBuilder(opts, printer);
  if (opts.command === 'build') return (await build()) ? 0 : 1;
  const ok = await build();
  // A missing source, or a destination that would swallow it, is not fixed by
  // editing a file: there is nothing to serve or watch.
  if (!ok && (!opts.watch || fatal)) return 1;
  return (await serve(opts, printer, build)) ?? 0;
}

/** Errors about where the site is, not what is in it. */
const FATAL = new Set(['SOURCE_NOT_FOUND', 'DESTINATION_CONTAINS_SOURCE']);

// `kyll build --watch` and `--incremental`: one long-lived builder.
async function buildWithBuilder(opts: CliOptions, printer: Printer): Promise<number> {
  let builder: Builder | undefined;
  const outcome = await build_(opts, printer, async (options) => {
    builder = await createBuilder({ ...options, incremental: opts.incremental && !opts.disableDiskCache });
    return builder.build();
  });
  if (outcome === 'fatal' || !builder || (outcome === 'failed' && !opts.watch)) return 1;
  if (!opts.watch) return 0;
  const source = path.resolve(opts.source);
  const destination = path.resolve(opts.destination ?? path.join(source, '_site'));
  const onError = (e: unknown): void => {
    printError(e, printer);
    printer.err('kyll: update failed; fix the file and save it again.');
  };
  const stop = await watchSite(builder, { source, destination, quiet: opts.quiet, onError }, printer);
  if (!opts.quiet) printer.out(` Auto-regeneration: enabled for '${source}'`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await stop();
  return 0;
}

type Render = (options: RenderSiteOptions) => Promise<RenderResult>;

async function build_(opts: CliOptions, printer: Printer, render: Render = renderSite): Promise<'ok' | 'failed' | 'fatal'> {
  const source = path.resolve(opts.source);
  const destination = path.resolve(opts.destination ?? path.join(source, '_site'));
  try {
    const result = await render({ source, destination, configFiles: opts.configFiles, config: configOverrides(opts), write: true });
    if (!opts.quiet) {
      printDiagnostics(result.diagnostics, printer);
      printResult(result, printer, opts.verbose);
    }
    return 'ok';
  } catch (e) {
    printError(e, printer);
    // A write error says itself what state the destination is in; any other error stops the build before it writes.
    printer.err(e instanceof KyllError && e.code === 'WRITE_ERROR' ? 'kyll: build failed.' : 'kyll: build failed; the destination was left as it was.');
    return e instanceof KyllError && FATAL.has(e.code) ? 'fatal' : 'failed';
  }
}
