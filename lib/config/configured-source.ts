// `source:` in the configuration file moves the site's files, not its configuration. Jekyll
// reads the configuration from the folder it starts in (Configuration#config_files looks in
// override["source"] || Dir.pwd), merges the command line over it, then takes the site's folder
// from the result (Site#config=: File.expand_path(config["source"])). So a project whose top-level
// _config.yml says `source: docs` (Ratchet, Bootstrap 3) builds its pages, layouts, includes and
// `_plugins` from docs/, with that configuration, writing to the top-level `_site` (DEFAULTS:
// File.join(Dir.pwd, "_site")). A source given by the caller (`--source`, `config.source`) wins.
// Jekyll expands the path against the working directory, which is the site folder when `jekyll
// build` runs in it, as it usually does; kyll expands it against the site folder.
import fs from 'node:fs';
import path from 'node:path';
import type { Data } from '../types.js';
import type { Source } from '../source/source.js';
import { subfolderSource } from '../source/subfolder-source.js';
import { expandHomePath } from '../source/home-folder.js';
import { readConfigFiles, type ConfigReader } from './load-config.js';

export interface SiteLocation {
  source: string | Source;
  destination?: string;
  config?: Data;
  configFiles?: readonly string[];
}

/** The options with `source` moved to the configured folder (its configuration files named by absolute path), or as they were. */
export function followConfiguredSource<T extends SiteLocation>(options: T): T {
  if (options.config?.source !== undefined) return options;
  if (typeof options.source !== 'string') return inSubfolder(options, options.source);
  const root = path.resolve(options.source);
  const disk = { exists: (f: string) => fs.existsSync(path.join(root, f)), readText: (f: string) => fs.readFileSync(path.join(root, f), 'utf8') };
  const configured = configuredFolder(disk, options.configFiles);
  if (!configured) return options;
  // Site#config=: File.expand_path(config["source"]), so `source: ~/x` is the home folder's x.
  const moved = path.resolve(root, expandHomePath(configured.folder, 'the source'));
  if (moved === root) return options;
  return {
    ...options,
    source: moved,
    destination: options.destination ?? path.join(root, '_site'),
    configFiles: configured.files.map((f) => path.resolve(root, f)),
  };
}

/** A Source given by the caller (memory): the folder as a view of it; a path out of it is not followed. */
function inSubfolder<T extends SiteLocation>(options: T, source: Source): T {
  const sub = memorySubfolder(source, options.configFiles);
  return sub ? { ...options, source: subfolderSource(source, sub.dir, sub.files) } : options;
}

/** The configured subfolder of a caller's Source, and the configuration files read from the Source itself. */
function memorySubfolder(source: Source, configFiles: readonly string[] | undefined): { dir: string; files: string[] } | undefined {
  const configured = configuredFolder(source, configFiles);
  if (!configured) return undefined;
  const dir = path.posix.normalize(configured.folder.replace(/\\/g, '/')).replace(/^\.\/|\/+$/g, '');
  if (dir === '' || dir === '.' || dir.startsWith('..') || path.posix.isAbsolute(dir)) return undefined;
  return { dir, files: configured.files };
}

/**
 * A changed path as the caller names it (absolute, or relative to the source it gave) in the
 * terms of the followed source: a path in the configured folder relative to it; a configuration
 * file read from the given source as the followed options name it (an absolute path for a
 * folder, its own name in a Source); a file of the given source outside the folder, undefined.
 * `followed` is followConfiguredSource(given).
 */
export function changedPathMapper(given: SiteLocation, followed: SiteLocation): (p: string) => string | undefined {
  if (followed.source === given.source) return (p) => p;
  if (typeof given.source === 'string') {
    const outer = path.resolve(given.source);
    // Absolute: the builder makes it relative to the followed folder, or finds it among the configuration files.
    return (p) => path.resolve(outer, p);
  }
  const sub = memorySubfolder(given.source, given.configFiles);
  if (!sub) return (p) => p;
  const prefix = `${sub.dir}/`;
  const read = new Set(sub.files);
  return (p) => {
    const rel = p.replace(/\\/g, '/').replace(/^\.\//, '');
    if (read.has(rel)) return rel;
    // The folder's own _config.yml is never read: the given source's stands in its place.
    if (!rel.startsWith(prefix) || read.has(rel.slice(prefix.length))) return undefined;
    return rel.slice(prefix.length);
  };
}

/** `source:` of the configuration files, with the files read; undefined when they set none. */
function configuredFolder(reader: ConfigReader, configFiles: readonly string[] | undefined): { folder: string; files: string[] } | undefined {
  let read: { files: string[]; config: Data };
  try {
    read = readConfigFiles(reader, configFiles);
  } catch {
    return undefined; // the build reads the configuration again and reports what is wrong with it
  }
  const folder = read.config.source;
  return typeof folder === 'string' && folder !== '' ? { folder, files: read.files } : undefined;
}
