// The info lines `jekyll build` and `jekyll serve` print before they build: Configuration#read_config_file's
// `Configuration file:` for each file read (`none`, a warning, when there is no default one), then
// Commands::Build#build's Source, Destination, Incremental build and `Generating...`. kyll prints
// them unless --quiet; with --verbose the engine gives them among its debug lines instead.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { followConfiguredSource } from '../config/configured-source.js';
import { fsSource } from '../source/index.js';
import type { Source } from '../source/source.js';
import type { SiteConfig } from '../types.js';
import { configOverrides, destinationOf, type CliOptions } from './args.js';
import { incrementalWanted } from './incremental-by-config.js';
import { jekyllLine, warnLine, type Printer } from './report.js';

export interface StartLines {
  /** The `Configuration file:` lines: on stdout, or `none` on stderr. */
  readonly config: { readonly out: readonly string[]; readonly err: readonly string[] };
  /** Source, Destination, Incremental build, Generating... (stdout). */
  readonly build: readonly string[];
  /** The configuration as read (undefined when it cannot be: the build reports why). */
  readonly site?: SiteConfig;
}

export function startLines(opts: CliOptions): StartLines {
  const root = path.resolve(opts.source);
  const files: string[] = [];
  let site: SiteConfig | undefined;
  try {
    site = loadConfig(configSource(root), { configFiles: opts.configFiles, overrides: configOverrides(opts), onFile: (f) => files.push(path.resolve(root, f)) });
  } catch {
    // Jekyll names a file once it has read it: the one that failed is not named
    files.pop();
  }
  const none = files.length === 0 && site !== undefined && !opts.configFiles?.some((f) => f !== '');
  const config = { out: files.map((f) => jekyllLine('Configuration file:', f)), err: none ? [jekyllLine('Configuration file:', 'none')] : [] };
  // `source:` in the configuration moves the site (configured-source.ts); -s wins
  const moved = opts.sourceGiven ? root : safeSource(root, opts);
  const incremental = incrementalWanted(opts, site);
  // a configuration that cannot be read stops Jekyll in Jekyll.configuration, before these lines
  const build = site === undefined ? [] : [
    jekyllLine('Source:', moved),
    jekyllLine('Destination:', destinationOf(opts)),
    jekyllLine('Incremental build:', incremental ? 'enabled' : 'disabled. Enable with --incremental'),
    jekyllLine('Generating...', ''),
  ];
  return { config, build, site };
}

/** The site's folder for reading its configuration: a file's existence asked of the disk, the tree never listed (fsSource lists it all). */
function configSource(root: string): Source {
  return { ...fsSource(root), exists: (p: string) => fs.existsSync(path.join(root, p)) };
}

function safeSource(root: string, opts: CliOptions): string {
  try {
    const followed = followConfiguredSource({ source: root, configFiles: opts.configFiles });
    return typeof followed.source === 'string' ? path.resolve(followed.source) : root;
  } catch {
    return root;
  }
}

/** Prints the `Configuration file:` lines. */
export function printConfigLines(lines: StartLines, printer: Printer): void {
  for (const l of lines.config.out) printer.out(l);
  for (const l of lines.config.err) warnLine(printer, l);
}
