// The folders of a site folder that are never listed: the destination (and the folders a build
// swaps in beside it), .git, the caches, and node_modules, which can be huge, unless the
// config's include: names them.
import fs from 'node:fs';
import path from 'node:path';
import { ANY_STAGING } from '../write/staging.js';
import { parseYamlWithBom } from '../read/yaml.js';
import { createEntryFilter } from './entry-filter.js';

// Folders pruned for speed. Jekyll skips them anyway unless include: names them: .git as a special
// entry, node_modules as a default exclude (EntryFilter#filter: included? wins over both, so
// `include: [".*"]` or `[.git]` copies .git's files as static files). The caches stay pruned
// whatever include: says: their files are this build's own, not Jekyll's.
const PRUNED = ['.git', 'node_modules'];
const CACHES = ['.jekyll-cache', '.sass-cache'];

export function destinationSkipper(root: string, destination?: string): (rel: string) => boolean {
  const included = includedPrunedFolders(root);
  const rels = new Set([...CACHES, ...PRUNED.filter((name) => !included.has(name))]);
  // The folders builds write beside their destination and swap in (lib/write/staging.ts), whatever
  // the destination: no part of the source, and another build of it (`kyll serve` into _site while
  // `kyll build -d elsewhere` runs) may be removing one in the background right now.
  const kyllFolder = (dir: string): boolean => ANY_STAGING.test(path.posix.basename(dir));
  const dest = destination ? relativeInside(root, destination) : '_site';
  if (dest) rels.add(dest);
  return (dir) => rels.has(dir) || kyllFolder(dir);
}

function relativeInside(root: string, target: string): string | undefined {
  const norm = (p: string): string => p.replace(/\\/g, '/').replace(/\/+$/, '');
  const r = norm(root.startsWith('/') ? root : `${process.cwd()}/${root}`);
  const t = norm(target.startsWith('/') ? target : `${process.cwd()}/${target}`);
  return t.startsWith(`${r}/`) ? t.slice(r.length + 1) : undefined;
}

// An `include` key at the top of a YAML or TOML config file.
const INCLUDE_KEY = /^["']?include["']?[^\S\n]*[:=]/m;

/**
 * Which of the pruned folders the config files' include: lets in (EntryFilter#included? of the
 * folder's name, the same test the reader makes). Only a cheap look, before the config is loaded:
 * the YAML is parsed only when it has an include key, and a folder is listed whenever the answer is
 * unsure (a TOML file, unreadable YAML, include: not a list): listing it costs time, never a wrong
 * site, since the reader's own entry filter still decides.
 */
function includedPrunedFolders(root: string): Set<string> {
  const found = new Set<string>();
  for (const name of ['_config.yml', '_config.yaml', '_config.toml']) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, name), 'utf8');
    } catch {
      continue;
    }
    if (!INCLUDE_KEY.test(text)) continue;
    const include = name.endsWith('.toml') ? undefined : includeList(text, name);
    if (include === undefined) return new Set(PRUNED);
    const filter = createEntryFilter(include, []);
    for (const folder of PRUNED) if (filter.included(folder)) found.add(folder);
  }
  return found;
}

function includeList(text: string, file: string): string[] | undefined {
  try {
    const data = parseYamlWithBom(text, file);
    const include = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).include : undefined;
    return Array.isArray(include) ? include.filter((p): p is string => typeof p === 'string') : undefined;
  } catch {
    return undefined;
  }
}
