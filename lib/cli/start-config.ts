// The site's configuration before its first build: what `kyll serve` binds to and how a watcher
// (serve, `build --watch`) follows the source, which both start before that build.
import { loadConfig } from '../config/load-config.js';
import { fsSource } from '../source/index.js';
import type { SiteConfig } from '../types.js';
import { configOverrides, type CliOptions } from './args.js';

/** The configuration as the first build will read it; undefined when it cannot be read yet (that build reports why). */
export function initialConfig(opts: CliOptions, source: string): SiteConfig | undefined {
  try {
    return loadConfig(fsSource(source), { configFiles: opts.configFiles, overrides: configOverrides(opts) });
  } catch {
    return undefined;
  }
}
