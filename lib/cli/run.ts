// The kyll commands, on top of the library. Returns an exit code.
import { COMMAND_USAGE, parseArgs, USAGE, UsageError, type CliOptions } from './args.js';
import { clean } from './clean.js';
import { doctor } from './doctor.js';
import { newSite } from './new-site.js';
import { consolePrinter, type Printer } from './report.js';
import { serve } from './serve.js';
import { siteBuilder } from './site-build.js';

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
  switch (opts.command) {
    case 'help':
      printer.out(opts.helpFor ? COMMAND_USAGE[opts.helpFor] : USAGE);
      return 0;
    case 'version':
      printer.out(`kyll ${VERSION}`);
      return 0;
    case 'build':
      return (await siteBuilder(opts, printer).build()).status === 'ok' ? 0 : 1;
    case 'serve':
      return serve(opts, printer);
    case 'new':
      return newSite(opts, printer);
    case 'clean':
      return clean(opts, printer);
    case 'doctor':
      return doctor(opts, printer);
  }
}
