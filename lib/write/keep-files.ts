// keep_files (cleaner.rb): an entry of the old destination stays when its path below the
// destination starts with one of the keep_files strings, taken literally (keep_file_regex: a
// prefix, not a name: `.git` keeps `.github/` and `.gitignore` too; `/CNAME`, `./x` or `a//b`
// match nothing), and so do the parent folders of each entry as Jekyll.sanitized_path reads it
// (keep_dirs: `assets/x/` keeps `assets`, not `assets/x`, which goes whole unless the new site
// writes into it). Across a swap of the destination only what is inside the old destination is
// read and only the staging folder is written.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { implicitName } from '../liquid/filters/spaceship.js';
import { noMethodText } from '../liquid/filters/no-method.js';
import { isSameOrInside } from './destination-guard.js';
import { makeFolders, type WriteFs } from './write-fs.js';
import { sanitizedOutputPath } from './sanitize.js';

/** The keep_files strings (anything else in the list matches nothing). */
export function keepStrings(keep: readonly unknown[]): string[] {
  return keep.filter((k): k is string => typeof k === 'string');
}

/**
 * Cleaner#existing_files, at Site#cleanup (after the render, so that a read or render error comes
 * first): keep_file_regex's Regexp.union(keep_files) takes strings only; then keep_dirs'
 * `keep_files.flat_map`, which a single string lacks.
 */
function keepFilesTypeError(keep: unknown): KyllError | undefined {
  if (keep === null || keep === undefined) return undefined;
  const list: unknown[] = Array.isArray(keep) ? keep : [keep];
  const wrong = list.findIndex((k) => typeof k !== 'string');
  const message = wrong >= 0 ? `no implicit conversion of ${implicitName(list[wrong])} into String` : Array.isArray(keep) ? undefined : noMethodText('flat_map', keep);
  return message === undefined ? undefined : new KyllError('INVALID_CONFIG', message, { file: '_config.yml' }, { hint: "'keep_files' must be a list of paths in the destination." });
}

/**
 * keepFilesTypeError, else: cleaner.rb#keep_dirs runs parent_dirs on each keep_files entry joined to the destination
 * (site.in_dest_dir): parent_dirs climbs File.dirname until it meets the destination, so an entry
 * that Jekyll.sanitized_path makes the destination itself (`""`, `.`, `..`, `/`, `../../`, the
 * destination's own path) climbs past it to `/`, where dirname stays `/`, without end. Ruby's
 * SystemStackError stops every build of such a site at Site#cleanup (after the render, before
 * anything is written; even a first build, as keep_dirs is computed before the destination is
 * read). `destination` is the absolute destination, when known.
 */
export function keepFilesError(keep: unknown, destination?: string): KyllError | undefined {
  const typeError = keepFilesTypeError(keep);
  if (typeError || !Array.isArray(keep)) return typeError;
  const entry = keepStrings(keep).find((k) => sanitizedOutputPath(k, destination) === '');
  if (entry === undefined) return undefined;
  return new KyllError('INVALID_CONFIG', 'stack level too deep', { file: '_config.yml' }, {
    hint: `the keep_files entry ${JSON.stringify(entry)} is the destination folder itself, which Jekyll's cleaner (Cleaner#parent_dirs) climbs past without end; keep_files names paths inside the destination, such as .git`,
  });
}

/** Parent folders of a path relative to the destination (`a/b/c` → a, a/b). */
export function parentDirs(rel: string): string[] {
  const out: string[] = [];
  for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) out.push(rel.slice(0, i));
  return out;
}

/** cleaner.rb#keep_dirs: the parent folders of each keep_files entry, as a sanitized path. */
export function keptFolders(keep: readonly string[]): Set<string> {
  return new Set(keep.flatMap((k) => parentDirs(sanitizedOutputPath(k))));
}

/** Copies the old destination's kept files into `staging`, where the new site did not write the same path; returns whether it copied any. */
export function carryKeptFiles(wfs: WriteFs, oldDest: string, staging: string, keep: readonly string[]): boolean {
  let carried = false;
  for (const rel of keepStrings(keep)) {
    // the folder the prefix's last part is looked up in, and that part (`assets/im` → assets, im)
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    const stem = rel.slice(slash + 1);
    // A literal prefix of paths such as `a/b`: one that starts with a slash or has `.`, `..` or empty parts matches none.
    if (slash >= 0 && (dir === '' || sanitizedOutputPath(dir) !== dir)) continue;
    // `dir/` matches what is inside dir, not dir itself: dir goes whole unless the new site writes into it.
    if (stem === '' && !isDirectory(wfs, path.resolve(staging, dir))) continue;
    const from = path.resolve(oldDest, dir);
    if (!inside(oldDest, from) || !isDirectory(wfs, from)) continue;
    for (const name of wfs.readdirSync(from)) {
      if (!name.startsWith(stem)) continue;
      const source = path.join(from, name);
      const target = path.join(staging, path.relative(oldDest, source));
      if (inside(staging, target)) carried = carry(wfs, source, target) || carried;
    }
  }
  // keep_dirs stay even when nothing in them is kept (`a//b` keeps the folder a, empty).
  for (const dir of keptFolders(keepStrings(keep))) {
    const from = path.resolve(oldDest, dir);
    const target = path.resolve(staging, dir);
    if (!inside(oldDest, from) || !inside(staging, target) || !isDirectory(wfs, from) || wfs.existsSync(target)) continue;
    makeFolders(wfs, target);
    carried = true;
  }
  return carried;
}

/** `source` copied to `target` unless the new site wrote it; a folder both have gets the missing entries. Whether it copied anything. */
function carry(wfs: WriteFs, source: string, target: string): boolean {
  if (!wfs.existsSync(target)) {
    makeFolders(wfs, path.dirname(target));
    wfs.cpSync(source, target, { recursive: true });
    return true;
  }
  let carried = false;
  if (isDirectory(wfs, source) && isDirectory(wfs, target)) {
    for (const name of wfs.readdirSync(source)) carried = carry(wfs, path.join(source, name), path.join(target, name)) || carried;
  }
  return carried;
}

function inside(root: string, p: string): boolean {
  return isSameOrInside(path.resolve(root), path.resolve(p));
}

function isDirectory(wfs: WriteFs, p: string): boolean {
  try {
    return wfs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
