// The folders of a site folder that are never listed: the destination (and the folders a build
// swaps in beside it), .git, the caches, and node_modules, which can be huge, unless the
// config's include: names them (or, for the folders on the way, a file in them).
import fs from 'node:fs';
import path from 'node:path';
import { ANY_STAGING } from '../write/staging.js';
import { parseYamlWithBom } from '../read/yaml.js';
import { createEntryFilter } from './entry-filter.js';
import { sourceRelativeDir } from '../config/site-dir.js';
import { inSourceDir } from './in-source-dir.js';

// Folders pruned for speed. Jekyll skips them anyway unless include: names them: .git as a special
// entry, node_modules as a default exclude (EntryFilter#filter: included? wins over both, so
// `include: [".*"]` or `[.git]` copies .git's files as static files). The caches stay pruned
// whatever include: says: their files are this build's own, not Jekyll's.
const PRUNED = ['.git', 'node_modules'];
const CACHES = ['.jekyll-cache', '.sass-cache'];

export function destinationSkipper(root: string, destination?: string): (rel: string) => boolean {
  const { included, cacheDir, files } = prunedFolderSettings(root);
  const pruned = PRUNED.filter((name) => !included.has(name));
  const rels = new Set([...CACHES, ...pruned]);
  // reader.rb#read_included_excludes reads an include: entry that names a file inside a pruned
  // folder (`node_modules/bootstrap/dist/js/bootstrap.min.js`) though the walk never goes there:
  // the folders on the way to it are listed, and no other folder of the pruned one.
  const onTheWay = new Set<string>();
  for (const file of files) {
    if (!pruned.some((name) => file.startsWith(`${name}/`))) continue;
    for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) onTheWay.add(dir);
  }
  const inPruned = (dir: string): boolean => pruned.some((name) => dir.startsWith(`${name}/`));
  // kyll's own records in a cache_dir of another name (build/cache-folder.ts#kyllCacheDir): never
  // site content (Jekyll has no such files), and rewritten by every build.
  if (cacheDir !== undefined) rels.add(cacheDir === '' ? 'kyll' : `${cacheDir}/kyll`);
  // The folders builds write beside their destination and swap in (lib/write/staging.ts), whatever
  // the destination: no part of the source, and another build of it (`kyll serve` into _site while
  // `kyll build -d elsewhere` runs) may be removing one in the background right now.
  const kyllFolder = (dir: string): boolean => ANY_STAGING.test(path.posix.basename(dir));
  const dest = destination ? relativeInside(root, destination) : '_site';
  if (dest) rels.add(dest);
  if (onTheWay.size === 0) return (dir) => rels.has(dir) || kyllFolder(dir);
  return (dir) => (rels.has(dir) || inPruned(dir) ? !onTheWay.has(dir) : kyllFolder(dir));
}

function relativeInside(root: string, target: string): string | undefined {
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const r = norm(root.startsWith('/') ? root : `${process.cwd()}/${root}`);
  const t = norm(target.startsWith('/') ? target : `${process.cwd()}/${target}`);
  return t.startsWith(`${r}/`) ? t.slice(r.length + 1) : undefined;
}

// An `include` key at the top of a YAML or TOML config file.
const INCLUDE_KEY = /^["']?include["']?[^\S\n]*[:=]/m;
// A `cache_dir` key likewise.
const CACHE_DIR_KEY = /^["']?cache_dir["']?[^\S\n]*[:=]/m;

/**
 * The cache_dir the config files set, and which of the pruned folders their include: lets in
 * (EntryFilter#included? of the folder's name, the same test the reader makes). Only a cheap look,
 * before the config is loaded: the YAML is parsed only when it has an include or cache_dir key (a
 * cache_dir given otherwise, in a TOML file or as an override, leaves kyll's records listed: the
 * warm record then never matches, a slower build, never a wrong one), and a folder is listed whenever the answer is
 * unsure (a TOML file, unreadable YAML, include: not a list): listing it costs time, never a wrong
 * site, since the reader's own entry filter still decides.
 */
function prunedFolderSettings(root: string): { included: Set<string>; cacheDir?: string; files: string[] } {
  const found = new Set<string>();
  // The include: entries as paths in the site folder (Site#in_source_dir), for read_included_excludes.
  const files: string[] = [];
  let cacheDir: string | undefined;
  for (const name of ['_config.yml', '_config.yaml', '_config.toml']) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, name), 'utf8');
    } catch {
      continue;
    }
    const hasInclude = INCLUDE_KEY.test(text);
    const hasCacheDir = CACHE_DIR_KEY.test(text);
    if (!hasInclude && !hasCacheDir) continue;
    const data = name.endsWith('.toml') ? undefined : topLevel(text, name);
    // cache_dir: site.rb#cache_dir, a folder of the source; `.jekyll-cache`'s is pruned anyway.
    const dir = data?.cache_dir;
    if (hasCacheDir && dir != null && typeof dir !== 'object') cacheDir = sourceRelativeDir(path.resolve(root), String(dir));
    if (!hasInclude) continue;
    const include = Array.isArray(data?.include) ? data.include.filter((p): p is string => typeof p === 'string') : undefined;
    if (include === undefined) return { included: new Set(PRUNED), files, ...(cacheDir !== undefined ? { cacheDir } : {}) };
    const filter = createEntryFilter(include, []);
    for (const folder of PRUNED) if (filter.included(folder)) found.add(folder);
    const absRoot = path.resolve(root);
    for (const entry of include) files.push(inSourceDir(entry, absRoot));
  }
  return { included: found, files, ...(cacheDir !== undefined ? { cacheDir } : {}) };
}

function topLevel(text: string, file: string): Record<string, unknown> | undefined {
  try {
    const data = parseYamlWithBom(text, file);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
