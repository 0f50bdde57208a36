// Where a command writes or serves: `-d`, else the configuration's
// `destination:` (Site#initialize expands it against the working folder, as
// File.expand_path does), else the site's own `_site` (done by each command).
// Jekyll's default is the working folder's `_site`; kyll keeps the site's own so
// that `kyll build -s blog` writes blog/_site.
import { loadConfig } from '../config/load-config.js';
import { fsSource } from '../source/index.js';
import { configOverrides, type CliOptions } from './args.js';

/** `destination:` as the configuration files give it, if they do; a configuration that fails to load is the build's error to report. */
export function configuredDestination(opts: CliOptions): string | undefined {
  try {
    const config = loadConfig(fsSource(opts.source), { configFiles: opts.configFiles, overrides: configOverrides(opts) });
    // An empty one is the working folder, as File.expand_path("") is (and as `-d ''` is).
    return typeof config.destination === 'string' ? config.destination : undefined;
  } catch {
    return undefined;
  }
}
