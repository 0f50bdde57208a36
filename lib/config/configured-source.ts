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
  const moved = path.resolve(root, configured.folder);
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
  const configured = configuredFolder(source, options.configFiles);
  if (!configured) return options;
  const dir = path.posix.normalize(configured.folder.replace(/\\/g, '/')).replace(/^\.\/|\/+$/g, '');
  if (dir === '' || dir === '.' || dir.startsWith('..') || path.posix.isAbsolute(dir)) return options;
  return { ...options, source: subfolderSource(source, dir, configured.files) };
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
