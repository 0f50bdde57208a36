// Checks made before a build touches the disk: the destination must not be the
// source or one of its parents (site.rb#ensure_not_in_dest), compared by real
// paths, so that neither `..` nor a symlink gets around the check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configuredDir } from '../config/site-dir.js';
import { KyllError } from '../errors/kyll-error.js';

/**
 * The real path of `p`, even when it does not exist yet: the realpath of its
 * nearest existing ancestor, with the missing part appended.
 */
export function realPathOf(p: string): string {
  const missing: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(at), ...missing.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return path.join(at, ...missing.reverse());
      missing.push(path.basename(at));
      at = up;
    }
  }
}

/**
 * Whether `p` is `root` or inside it (absolute paths). A relative path that starts with `..` is
 * not enough to say it climbs: `..site` is a folder of that name inside the root.
 */
export function isSameOrInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** site.rb#ensure_not_in_dest: a destination inside the source (`_site`) is fine; the source or a parent of it is not. */
export function ensureNotInDestination(source: string, destination: string): void {
  const src = realPathOf(source);
  const dest = realPathOf(destination);
  if (isSameOrInside(dest, src)) {
    throw new KyllError(
      'DESTINATION_CONTAINS_SOURCE',
      'Destination directory cannot be or contain the Source directory.',
      { file: destination },
      { hint: `the build would delete the source ${src}; choose a destination outside it, such as ${path.join(src, '_site')}` },
    );
  }
  ensureNotHome(dest, src);
}

/**
 * Jekyll's Cleaner empties whatever folder it is given (cleaner.rb#obsolete_files), and kyll's swap
 * replaces it: `-d ~` (or a parent of the home folder) would delete the user's files. Jekyll does
 * not check this; kyll refuses it, as it refuses a destination holding the source.
 */
function ensureNotHome(dest: string, src: string): void {
  // HOME first, as Ruby's Dir.home and the shell's `~` read it (os.homedir falls back to the password file).
  const home = process.env.HOME || os.homedir();
  if (!home) return;
  if (!isSameOrInside(dest, realPathOf(home))) return;
  throw new KyllError(
    'UNSAFE_DESTINATION',
    `Destination directory cannot be or contain the home directory ${home}.`,
    { file: dest },
    { hint: `the build would delete every file in it that the site does not write; choose a folder of its own, such as ${path.join(src, '_site')}` },
  );
}

/**
 * The folders of the source a site reads its sources from, relative to it: posts and drafts (in
 * collections_dir), each collection's folder, layouts, includes, data, plugins, Sass partials, and `.git`.
 */
function sourceFolders(config: Readonly<Record<string, unknown>>, root: string): string[] {
  const dir = (value: unknown, fallback: string): string => configuredDir({ d: value }, 'd', fallback, root);
  const collectionsDir = dir(config.collections_dir, '');
  const inCollections = (name: string): string => (collectionsDir === '' ? name : `${collectionsDir}/${name}`);
  const given = config.collections;
  // `collections:` is a hash of labels, or a list of them.
  const collections = Array.isArray(given) ? given.map(String) : given && typeof given === 'object' ? Object.keys(given) : [];
  const sass = (config.sass ?? {}) as Record<string, unknown>;
  const plugins = [config.plugins_dir ?? '_plugins'].flat().map((d) => dir(d, '_plugins'));
  return [
    ...['_posts', '_drafts', ...collections.map((c) => `_${c}`)].map(inCollections),
    dir(config.layouts_dir, '_layouts'),
    dir(config.includes_dir, '_includes'),
    dir(config.data_dir, '_data'),
    dir(String(sass.sass_dir ?? '') || '_sass', '_sass'),
    ...plugins,
    '.git',
  ].filter((d) => d !== '');
}

/**
 * A destination inside one of the folders the site reads (`-d _posts`, `-d _layouts`, `-d .git`):
 * Jekyll 4.3.1 reads the posts and then its Cleaner deletes them with everything else the site
 * does not write (`jekyll build -d _posts` left no post behind). kyll refuses it.
 */
export function ensureNotSourceFolder(source: string, destination: string, config: Readonly<Record<string, unknown>>): void {
  const src = realPathOf(source);
  const dest = realPathOf(destination);
  const folders = sourceFolders(config, src);
  // One of them linked to a folder outside the site (`_posts -> ../data/posts`) that the destination
  // is, holds or lies in: Jekyll's cleaner (and kyll's swap) would delete the posts it has just read.
  for (const folder of folders) {
    const at = path.join(src, folder);
    const real = realPathOf(at);
    if (real === at || !(isSameOrInside(dest, real) || isSameOrInside(real, dest))) continue;
    throw new KyllError('UNSAFE_DESTINATION', `Destination directory cannot be, contain or be inside the site's ${folder} folder (a link to ${real}).`, { file: destination }, {
      hint: `the build would delete the files in ${real}; choose a folder the site does not read, such as ${path.join(src, '_site')}`,
    });
  }
  if (!isSameOrInside(src, dest)) return;
  for (const folder of folders) {
    if (!isSameOrInside(path.join(src, folder), dest)) continue;
    throw new KyllError('UNSAFE_DESTINATION', `Destination directory cannot be the site's ${folder} folder or inside it.`, { file: destination }, {
      hint: `the build would delete the files in ${path.join(src, folder)}; choose a folder the site does not read, such as ${path.join(src, '_site')}`,
    });
  }
  // A folder of pages (`-d docs` over the site's own docs/): Jekyll skips the destination when it
  // reads the site (reader.rb), then deletes what it did not write there. A build writes no page with
  // front matter; one found there is the user's.
  const first = path.relative(src, dest).split(path.sep)[0] ?? '';
  if (first === '' || first.startsWith('_') || first.startsWith('.')) return;
  const page = pageWithFrontMatter(dest, String(config.markdown_ext ?? 'markdown,mkdown,mkdn,mkd,md').split(','));
  if (page === undefined) return;
  throw new KyllError('UNSAFE_DESTINATION', `Destination directory ${destination} holds pages of the site (${path.relative(src, page)} has front matter).`, { file: destination }, {
    hint: `the build would delete them: the destination is left out of what the site reads and emptied of what it does not write; choose another folder, such as ${path.join(src, '_site')}`,
  });
}

/** The first Markdown or HTML file under `dir` that starts with a front matter line, if any. */
function pageWithFrontMatter(dir: string, markdownExts: readonly string[]): string | undefined {
  const exts = new Set(['html', 'htm', ...markdownExts.map((e) => e.trim().toLowerCase())]);
  const head = Buffer.alloc(5);
  const walk = (at: string): string | undefined => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(at, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const e of entries) {
      const p = path.join(at, e.name);
      if (e.isDirectory()) {
        const found = walk(p);
        if (found) return found;
      } else if (e.isFile() && exts.has(path.extname(e.name).slice(1).toLowerCase())) {
        let fd: number | undefined;
        try {
          fd = fs.openSync(p, 'r');
          const n = fs.readSync(fd, head, 0, 5, 0);
          if (/^---\r?\n/.test(head.subarray(0, n).toString('latin1'))) return p;
        } catch {
          // unreadable: not ours to judge
        } finally {
          if (fd !== undefined) fs.closeSync(fd);
        }
      }
    }
    return undefined;
  };
  return walk(dir);
}
