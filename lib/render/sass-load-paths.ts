// `sass.load_paths`: jekyll-sass-converter 2.2's scss.rb#sass_load_paths. The
// user's paths, then sass_dir, each globbed from the site folder (Dir.glob:
// `node_modules/*/scss`), made absolute, duplicates dropped, the ones that are
// folders kept; libsass looks for an `@import` in each in turn (after the
// importing file's folder). With `safe: true` every path is first held inside
// the site (Jekyll.sanitized_path). A folder of the site's listing is read
// through the Source; any other folder (node_modules, which the listing
// prunes, or a path outside the site) from the disk, when the site is on disk.
import fs from 'node:fs';
import path from 'node:path';
import { sourceRelativeDir } from '../config/site-dir.js';
import { fsSource } from '../source/fs-source.js';
import { fnmatchRegExp } from '../site/entry-filter.js';
import type { Source } from '../source/source.js';
import { isPlainHash } from '../liquid/ruby/to-s.js';
import { noMethodText, SANITIZE_AND_JOIN } from '../liquid/filters/no-method.js';
import { implicitName } from '../liquid/filters/spaceship.js';

/** One folder of the load path: its Sass and CSS files are `from`'s files under `dir`. */
export interface LoadPathDir {
  readonly from: Source;
  /** The folder in `from` ('' for its root). */
  readonly dir: string;
  /** How Jekyll (run in the site folder) names a file of it in source maps and errors: relative to the site folder. */
  readonly shown: (relative: string) => string;
  /** Whether this is sass_dir itself (its files, with the theme's, are the partials kyll always serves). */
  readonly isSassDir: boolean;
}

const STYLE_FILE = /\.(?:s[ac]ss|css)$/;

/** The load path in libsass's order; empty when the site sets no `sass.load_paths`. */
export function sassLoadPaths(source: Source, options: Readonly<Record<string, unknown>>, sassDir: string, safe: boolean): LoadPathDir[] {
  const raw = options.load_paths;
  const user = raw == null ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  if (user.length === 0) return [];
  const siteAbs = source.absolute?.('');
  const paths = [...user.map((p) => (safe ? sourceRelativeDir(source.root, p) : p)), sassDir];
  const seen = new Set<string>();
  const out: LoadPathDir[] = [];
  for (const pattern of paths) {
    for (const found of siteAbs === undefined ? globListed(source, pattern) : globDisk(siteAbs, pattern)) {
      const key = siteAbs === undefined ? found : path.resolve(siteAbs, found);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(folder(source, siteAbs, found, sassDir));
    }
  }
  return out;
}

/**
 * The error scss.rb#sass_load_paths raises, before any Sass is compiled, for a `sass_dir` or
 * `load_paths` entry that is no text; undefined when every value is usable. In Ruby's order:
 * sass_dir goes through Jekyll.sanitized_path (a non-empty `to_s` that is no String has no
 * `start_with?`), with `safe: true` each of Array(load_paths) too (nil passes: it becomes the
 * site folder), then each is Dir.glob'd, which takes a String or a list of Strings only.
 */
export function sassLoadPathsFailure(options: Readonly<Record<string, unknown>>, safe: boolean): string | undefined {
  const raw = options.load_paths;
  // Kernel#Array: nil is none, a list itself, a mapping its [key, value] pairs
  const user: unknown[] = raw == null ? [] : Array.isArray(raw) ? raw : isPlainHash(raw) ? Object.entries(raw as Record<string, unknown>) : [raw];
  const noStartWith = (v: unknown): string => noMethodText('start_with?', v, SANITIZE_AND_JOIN);
  const dir = options.sass_dir;
  if (dir != null && typeof dir !== 'string') return noStartWith(dir);
  if (safe) {
    const bad = user.find((p) => p != null && typeof p !== 'string');
    if (bad !== undefined) return noStartWith(bad);
  }
  for (const p of user) {
    if (typeof p === 'string' || (safe && p == null)) continue;
    const wrong = Array.isArray(p) ? p.find((q) => typeof q !== 'string') : p;
    if (Array.isArray(p) && wrong === undefined) continue;
    return `no implicit conversion of ${implicitName(wrong)} into String`;
  }
  return undefined;
}

/** The Sass and CSS files of one load path folder, relative to it. */
export function loadPathFiles(d: LoadPathDir): string[] {
  const prefix = d.dir === '' ? '' : `${d.dir}/`;
  return d.from.list().filter((p) => p.startsWith(prefix) && STYLE_FILE.test(p)).map((p) => p.slice(prefix.length));
}

function folder(source: Source, siteAbs: string | undefined, found: string, sassDir: string): LoadPathDir {
  if (siteAbs === undefined) return { from: source, dir: found, shown: (r) => join(found, r), isSassDir: found === sassDir };
  const abs = path.resolve(siteAbs, found);
  const rel = path.relative(siteAbs, abs).split(path.sep).join('/');
  const inSite = rel !== '' && !rel.startsWith('../') && !path.isAbsolute(rel);
  const shown = (r: string): string => join(rel, r);
  // A folder the site's listing holds; anything else (pruned or outside the site) straight from the disk.
  if (inSite && source.list().some((p) => p.startsWith(`${rel}/`))) return { from: source, dir: rel, shown, isSassDir: rel === sassDir };
  return { from: fsSource(abs), dir: '', shown, isSassDir: false };
}

const join = (dir: string, file: string): string => (dir === '' ? file : `${dir}/${file}`);

/** Dir.glob(pattern) run in the site folder on disk: matches, as written (relative or absolute). */
function globDisk(siteAbs: string, pattern: string): string[] {
  const isDir = (p: string): boolean => {
    try {
      return fs.statSync(path.resolve(siteAbs, p)).isDirectory();
    } catch {
      return false;
    }
  };
  const subdirs = (p: string): string[] => {
    try {
      return fs.readdirSync(path.resolve(siteAbs, p || '.'), { withFileTypes: true }).filter((e) => e.isDirectory() || (e.isSymbolicLink() && isDir(join(p, e.name)))).map((e) => e.name).sort();
    } catch {
      return [];
    }
  };
  return glob(pattern, isDir, subdirs);
}

/** The same over a site in memory: its folders are those of its files. */
function globListed(source: Source, pattern: string): string[] {
  const dirs = new Set<string>(['']);
  for (const p of source.list()) for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1)) dirs.add(p.slice(0, i));
  const subdirs = (p: string): string[] => [...dirs].filter((d) => d !== '' && d.slice(0, Math.max(0, d.lastIndexOf('/'))) === p).map((d) => d.slice(d.lastIndexOf('/') + 1)).sort();
  return glob(pattern.replace(/^\.\/+/, ''), (p) => dirs.has(p), subdirs);
}

/**
 * Folders matching a glob, segment by segment: `*`, `?`, `[...]` and `{a,b}`
 * within a segment (see segmentMatcher), `**` for any depth. A path
 * without wildcards is kept when it is a folder.
 */
function glob(pattern: string, isDir: (p: string) => boolean, subdirs: (p: string) => string[]): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '' && s !== '.');
  let current = [absolute ? '/' : ''];
  for (const seg of segments) {
    const next: string[] = [];
    if (seg === '**') {
      // Zero or more folders.
      const all = (p: string): string[] => [p, ...subdirs(p).filter((n) => !n.startsWith('.')).flatMap((n) => all(joinAt(p, n)))];
      for (const c of current) next.push(...all(c));
    } else if (!/[*?[{]/.test(seg)) {
      for (const c of current) if (isDir(joinAt(c, seg))) next.push(joinAt(c, seg));
    } else {
      const matches = segmentMatcher(seg);
      for (const c of current) for (const n of subdirs(c)) if (matches(n)) next.push(joinAt(c, n));
    }
    current = [...new Set(next)];
  }
  return current.filter((p) => p !== '' && p !== '/');
}

const joinAt = (dir: string, name: string): string => (dir === '' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`);

/**
 * Whether a folder name matches one segment of a glob: File.fnmatch's rules (entry-filter.ts)
 * for each alternative of its `{a,b}` groups; a leading dot only when the segment starts with one.
 */
function segmentMatcher(seg: string): (name: string) => boolean {
  const alternatives = expandBraces(seg).map(fnmatchRegExp);
  const dotted = seg.startsWith('.');
  return (name) => (dotted || !name.startsWith('.')) && alternatives.some((re) => re.test(name));
}

/** `a{b,c}d{e,f}` → abde, abdf, acde, acdf (Dir.glob's braces, not nested). */
function expandBraces(seg: string): string[] {
  const m = /\{([^{}]*)\}/.exec(seg);
  if (!m) return [seg];
  return m[1]!.split(',').flatMap((alt) => expandBraces(seg.slice(0, m.index) + alt + seg.slice(m.index + m[0].length)));
}
