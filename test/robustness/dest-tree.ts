// Helpers for the destination tests: small sites in a temporary folder, a
// sentinel folder beside them, and a hash of a whole tree to prove it untouched.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A temporary folder with `site/` (config, a post, a page) and a sentinel `sib/` beside it. */
export function makeSiteDir(prefix = 'kyll-dest-'): { root: string; site: string; sentinel: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  const site = path.join(root, 'site');
  fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
  fs.writeFileSync(path.join(site, '_config.yml'), 'title: T\n');
  fs.writeFileSync(path.join(site, '_posts', '2020-01-01-a.md'), '---\ntitle: a\n---\nhi\n');
  fs.writeFileSync(path.join(site, 'index.html'), '---\n---\nhome\n');
  const sentinel = path.join(root, 'sib');
  fs.mkdirSync(sentinel);
  fs.writeFileSync(path.join(sentinel, 'keep.txt'), 'keep\n');
  return { root, site, sentinel };
}

/** Every path under `dir` (symlinks not followed) with a hash of each file's bytes. */
export function treeHash(dir: string): string {
  const h = crypto.createHash('sha256');
  const walk = (rel: string): void => {
    const abs = path.join(dir, rel);
    const st = fs.lstatSync(abs);
    if (st.isSymbolicLink()) h.update(`L ${rel} -> ${fs.readlinkSync(abs)}\n`);
    else if (st.isDirectory()) {
      h.update(`D ${rel}\n`);
      for (const name of fs.readdirSync(abs).sort()) walk(rel ? `${rel}/${name}` : name);
    } else h.update(`F ${rel} ${crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex')}\n`);
  };
  walk('');
  return h.digest('hex');
}

/** Relative paths of every file under `dir`, sorted. */
export { listTree as filesUnder } from '../helpers/compare-output.js';

export function capture(): { out: string[]; err: string[]; printer: { out(l: string): void; err(l: string): void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, printer: { out: (l) => out.push(l), err: (l) => err.push(l) } };
}
