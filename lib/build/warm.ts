// A warm `kyll build`: when nothing that can change the output changed since
// the last build (warm-key.ts) and the destination still holds exactly what
// that build wrote, the build is done without reading or rendering the site.
// The record lives in <source>/.jekyll-cache/kyll/warm.json, is written after
// every full build that may use it, and can be deleted at any time; any
// difference means a full build. `disable_disk_cache` (--disable-disk-cache)
// turns it off, as it turns off Jekyll's own cache.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, OutputFile, RenderResult, Site, SiteConfig } from '../types.js';
import { cacheDir } from './disk-cache.js';

const FILE = 'warm.json';
const FORMAT = 'kyll-warm-1';

/** What a destination entry looked like right after the build wrote it. */
type Entry = [path: string, kind: 'f' | 'b' | 'l' | 'd', size: number, diskSize: number, mtimeMs: number, url: string];

interface Record_ {
  readonly format: string;
  readonly key: string;
  readonly destination: string;
  readonly entries: readonly Entry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** The last build's record when its key and its destination are as they were, else undefined. */
export function warmRecord(root: string, key: string, destination: string, keepFiles: readonly string[]): Record_ | undefined {
  let record: Record_;
  try {
    record = JSON.parse(fs.readFileSync(path.join(cacheDir(root), FILE), 'utf8')) as Record_;
  } catch {
    return undefined;
  }
  if (record.format !== FORMAT || record.key !== key || record.destination !== path.resolve(destination)) return undefined;
  const expected = new Map(record.entries.map((e) => [e[0], e]));
  const keep = keepPrefixes(keepFiles);
  let seen = 0;
  // Every entry of the destination (apart from keep_files) as written, and nothing else.
  const same = (dir: string): boolean => {
    let names: fs.Dirent[];
    try {
      names = fs.readdirSync(path.join(destination, dir), { withFileTypes: true });
    } catch {
      return false;
    }
    for (const d of names) {
      const rel = dir ? `${dir}/${d.name}` : d.name;
      if (keep.some((k) => rel === k || rel.startsWith(`${k}/`))) continue;
      const e = expected.get(rel);
      if (!e) return false;
      seen++;
      if (e[1] === 'd') {
        if (!d.isDirectory() || !same(rel)) return false;
        continue;
      }
      const st = fs.lstatSync(path.join(destination, rel));
      if ((e[1] === 'l') !== st.isSymbolicLink() || st.size !== e[3] || st.mtimeMs !== e[4]) return false;
    }
    return true;
  };
  return same('') && seen === record.entries.length ? record : undefined;
}

function keepPrefixes(keepFiles: readonly string[]): string[] {
  return keepFiles.map((k) => String(k).replace(/^\/+|\/+$/g, '')).filter(Boolean);
}

/** Notes what the build just wrote, for the next build to compare with. */
export function saveWarmRecord(root: string, key: string, destination: string, files: readonly OutputFile[], diagnostics: readonly Diagnostic[]): void {
  const entries: Entry[] = [];
  const dirs = new Set<string>();
  try {
    for (const f of files) {
      for (let d = path.posix.dirname(f.path); d !== '.' && !dirs.has(d); d = path.posix.dirname(d)) dirs.add(d);
      const st = fs.lstatSync(path.join(destination, f.path));
      const kind = f.symlink !== undefined ? 'l' : typeof f.contents === 'string' ? 'f' : 'b';
      entries.push([f.path, kind, f.size, st.size, st.mtimeMs, f.url]);
    }
  } catch {
    return; // the destination is not as written (a file replaced meanwhile): no record
  }
  for (const d of dirs) entries.push([d, 'd', 0, 0, 0, '']);
  const record: Record_ = { format: FORMAT, key, destination: path.resolve(destination), entries, diagnostics: diagnostics.map((d) => ({ ...d })) };
  const dir = cacheDir(root);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `${FILE}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, JSON.stringify(record));
  fs.renameSync(tmp, path.join(dir, FILE));
}

/** Drops the record (the next build is a full one), e.g. before a build that may fail halfway. */
export function forgetWarmRecord(root: string): void {
  fs.rmSync(path.join(cacheDir(root), FILE), { force: true });
}

/**
 * The result of a build taken from the cache: the files are those on disk
 * (read when asked for), and the site model is read when first asked for.
 */
export function warmResult(record: Record_, destination: string, config: SiteConfig, readSite: () => Site, t0: number): RenderResult {
  const files: OutputFile[] = record.entries
    .filter((e) => e[1] !== 'd')
    .map(([p, kind, size, , , url]) => {
      const abs = path.join(destination, p);
      let contents: string | Uint8Array | undefined;
      return {
        path: p,
        url,
        size,
        ...(kind === 'l' ? { symlink: fs.readlinkSync(abs) } : {}),
        get contents(): string | Uint8Array {
          contents ??= kind === 'f' ? fs.readFileSync(abs, 'utf8') : new Uint8Array(fs.readFileSync(abs));
          return contents;
        },
      };
    });
  const total = performance.now() - t0;
  return {
    site: lazySite(config, readSite),
    files,
    diagnostics: [...record.diagnostics],
    destination,
    timings: { read: 0, generate: 0, render: 0, write: 0, total },
    threads: 1,
  };
}

/** A Site whose configuration is at hand and whose model is read on first use. */
function lazySite(config: SiteConfig, read: () => Site): Site {
  let site: Site | undefined;
  const get = (): Site => (site ??= read());
  const lazy = { config } as Record<string, unknown>;
  for (const key of ['time', 'posts', 'pages', 'collections', 'staticFiles', 'layouts', 'data', 'categories', 'tags', 'diagnostics'] as const) {
    Object.defineProperty(lazy, key, { enumerable: true, get: () => get()[key] });
  }
  return lazy as unknown as Site;
}
