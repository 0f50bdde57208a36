// `watch:` and `detach:` in _config.yml for `kyll build` (jekyll/commands/build.rb #process): Jekyll's
// options are the configuration with the flags over it, so a site's `watch: true` (any value Ruby
// holds true: not false, not nil) makes `jekyll build` watch after it builds, unless -w/--no-watch
// says otherwise; `detach:` (any true value) wins over both and only says so.
import type { SiteConfig } from '../types.js';
import type { CliOptions } from './args.js';

const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

/** Whether a `kyll build` without --watch watches once built: the site's `watch:` says so. */
export function watchesByConfig(opts: CliOptions, config: Readonly<SiteConfig> | undefined): boolean {
  return opts.command === 'build' && !opts.watchGiven && config !== undefined && truthy(config.watch) && !detachedByConfig(config);
}

/** `detach:` in the configuration of a `kyll build`: "Auto-regeneration: disabled when running server detached." */
export function detachedByConfig(config: Readonly<SiteConfig> | undefined): boolean {
  return config !== undefined && truthy(config.detach);
}
