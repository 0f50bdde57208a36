// site.source as Liquid sees it. Jekyll's config["source"] is the folder as it was given (`-s`, a
// configuration file's `source:`, else Configuration::DEFAULTS' Dir.pwd); Site#config= expands it into
// Site#source, which Jekyll and its plugins read, and which kyll keeps in config.source. The SiteDrop
// answers `source` from the configuration (Drop#[] falls back to config), so `-s blog` shows `blog`.
import type { Data } from '../types.js';

// (a symbol: no key of the site, and copied by the spreads that copy the configuration)
const AS_GIVEN = Symbol('kyll.sourceAsGiven');

/** Notes `given` (config["source"] before Site#config= expanded it) on the configuration, where it differs. */
export function noteSourceAsGiven(config: Data, given: unknown): void {
  if (typeof given === 'string' && given !== config.source) Object.defineProperty(config, AS_GIVEN, { value: given, enumerable: true, configurable: true });
}

/** config["source"] as Jekyll's Liquid shows it. */
export function sourceAsGiven(config: Readonly<Data>): unknown {
  return (config as { [AS_GIVEN]?: string })[AS_GIVEN] ?? config.source;
}
