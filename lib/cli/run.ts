// `kyll build` and `kyll serve`, on top of the library. Returns an exit code.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { configOverrides, parseArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { consolePrinter, printDiagnostics, printError, printResult, type Printer } from './report.js';
import { serve } from './serve.js';

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
  if (opts.command === 'build') return (await build()) ? 0 : 1;
  const ok = await build();
  // A missing source, or a destination that would swallow it, is not fixed by
  // editing a file: there is nothing to serve or watch.
  if (!ok && (!opts.watch || fatal)) return 1;
  return (await serve(opts, printer, build)) ?? 0;
}

/** Errors about where the site is, not what is in it. */
const FATAL = new Set(['SOURCE_NOT_FOUND', 'DESTINATION_CONTAINS_SOURCE']);

async function build_(opts: CliOptions, printer: Printer): Promise<'ok' | 'failed' | 'fatal'> {
  const source = path.resolve(opts.source);
  const destination = path.resolve(opts.destination ?? path.join(source, '_site'));
  try {
    // Loaded on first build: `kyll --version` and `kyll help` need none of the engine.
    const { renderSite } = await import('../render/render-site.js');
    const result = await renderSite({ source, destination, configFiles: opts.configFiles, config: configOverrides(opts), write: true });
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
