// Small sites on disk for the symlink and safe-mode cases: symbolic links do not
// live in git fixtures reliably, so each test makes its own in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import type { RenderResult } from '../../lib/types.js';
import { FIXED_ENV } from '../helpers/build-env.js';

export interface TempSite {
  /** The temp folder: `site/` is the source, `outside/` holds link targets, `_out/` the destination. */
  readonly root: string;
  readonly site: string;
  readonly outside: string;
  readonly dest: string;
  /** Write a file under the site (or, with `outside/` first, beside it). */
  file(rel: string, text: string): void;
  /** A symbolic link at `rel` (under root) whose text is `target`. */
  link(rel: string, target: string): void;
  build(config?: Record<string, unknown>, env?: Record<string, string>): Promise<RenderResult>;
  /** Every path under the destination, `f path` for files and `l path -> text` for links. */
  tree(): string[];
  read(rel: string): string;
  remove(): void;
}

export function tempSite(): TempSite {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-symlink-'));
  const site = path.join(root, 'site');
  const outside = path.join(root, 'outside');
  const dest = path.join(root, '_out');
  fs.mkdirSync(site);
  fs.mkdirSync(outside);
  const abs = (rel: string): string => path.join(root, rel.startsWith('outside/') ? rel : `site/${rel}`);
  return {
    root,
    site,
    outside,
    dest,
    file(rel, text) {
      fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
      fs.writeFileSync(abs(rel), text);
    },
    link(rel, target) {
      fs.mkdirSync(path.dirname(abs(rel)), { recursive: true });
      fs.symlinkSync(target, abs(rel));
    },
    build(config = {}, env = {}) {
      return renderSite({ source: site, destination: dest, config, env: { ...FIXED_ENV, ...env } });
    },
    tree() {
      const out: string[] = [];
      const walk = (dir: string, rel: string): void => {
        for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
          const r = rel ? `${rel}/${e.name}` : e.name;
          if (e.isSymbolicLink()) out.push(`l ${r} -> ${fs.readlinkSync(path.join(dir, e.name))}`);
          else if (e.isDirectory()) walk(path.join(dir, e.name), r);
          else out.push(`f ${r}`);
        }
      };
      walk(dest, '');
      return out;
    },
    read(rel) {
      return fs.readFileSync(path.join(dest, rel), 'utf8');
    },
    remove() {
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
