// The folders of a site folder that are never listed: the destination (and the folders a build
// swaps in beside it), .git, the caches, and node_modules, which can be huge.
import fs from 'node:fs';
import path from 'node:path';
import { ANY_STAGING } from '../write/staging.js';

export function destinationSkipper(root: string, destination?: string): (rel: string) => boolean {
  const rels = new Set(['.git', '.jekyll-cache', '.sass-cache']);
  if (!includesNodeModules(root)) rels.add('node_modules');
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

// node_modules is in Jekyll's default `exclude`, but a site's `include:` wins over it
// (EntryFilter#filter: included? before excluded?), and then its files are read: listed
// unless no config file's include: names it. (Only a cheap look at the text: listing it
// when unsure costs time, never a wrong site.)
const INCLUDE_NODE_MODULES = /^include:[^\S\n]*(?:\[[^\]]*node_modules|(?:\n(?:[^\S\n]*(?:-.*)?|[^\S\n]*#.*)?)*?\n[^\S\n]*-[^\S\n]*["']?\/?node_modules)/m;

function includesNodeModules(root: string): boolean {
  return ['_config.yml', '_config.yaml', '_config.toml'].some((name) => {
    try {
      return INCLUDE_NODE_MODULES.test(fs.readFileSync(path.join(root, name), 'utf8'));
    } catch {
      return false;
    }
  });
}
