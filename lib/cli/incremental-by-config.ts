// `incremental:` in the configuration is -I: Jekyll's commands take their options merged over the
// configuration (Commands::Build#build reads `options["incremental"]`), and Site#incremental? is
// `override["incremental"] || config["incremental"]`, a Ruby truth (anything but false and nil).
import type { SiteConfig } from '../types.js';
import type { CliOptions } from './args.js';

/** Whether a build renders incrementally: -I, else the configuration's `incremental:`. */
export function incrementalWanted(opts: CliOptions, config: Readonly<SiteConfig> | undefined): boolean {
  if (opts.incremental) return true;
  const v = config?.incremental;
  return v !== undefined && v !== null && v !== false;
}
