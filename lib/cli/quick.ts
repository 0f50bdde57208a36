// The commands that only print a text (`kyll --version`, `kyll help build`):
// answered from the arguments alone, before any of the engine is loaded.
import { COMMAND_USAGE, USAGE, type CliOptions } from './args.js';
import { VERSION } from './version.js';

/** The text that `opts` asks kyll to print and nothing more, else undefined. */
export function quickAnswer(opts: CliOptions): string | undefined {
  if (opts.command === 'version') return `kyll ${VERSION}`;
  if (opts.command === 'help') return opts.helpFor ? COMMAND_USAGE[opts.helpFor] : USAGE;
  return undefined;
}
