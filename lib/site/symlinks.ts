// Which symbolic links Jekyll 4.3.1 reads. Two rules, checked against real Jekyll runs:
// - Always: Ruby's Dir.glob("**/*") does not descend into linked folders, so a
//   link to a folder inside `_posts`, `_drafts`, `_layouts` or a collection
//   folder hides what it holds (post_reader.rb, layout_reader.rb, collection.rb#entries).
// - In safe mode, EntryFilter#symlink? drops an entry that is a link whose
//   File.realpath does not start with the source path (a plain string prefix),
//   but only where each reader asks: every level of read_directories and of
//   DataReader#read_data_to, the collection folder and its files, the files in
//   `_posts`/`_drafts`/`_layouts` (not those folders themselves). An include
//   must really live under its includes folder (include.rb#valid_include_file?).
import type { Source } from '../source/source.js';
import type { SiteConfig } from '../types.js';

interface Places {
  readonly layouts: string;
  readonly data: string;
  readonly includes: string;
  readonly sass: string;
  /** Collection folders (other than posts) → their label. */
  readonly collections: readonly string[];
}

/**
 * The source as Jekyll's readers see it: files they would not read are left
 * out of `list()` and `exists()`. Sources that know nothing of links (memory)
 * come back as they are.
 */
export function applySymlinkRules(source: Source, config: SiteConfig): Source {
  if (!source.linkTarget) return source;
  const all = source.list(); // the listing records the links
  const places = placesOf(config);
  const root = source.root;
  const check = { source, safe: config.safe === true, root, places };
  const linkedDirs = new Map<string, boolean>();
  if (!all.some((p) => hasLink(source, p, linkedDirs))) return source;
  const kept = all.filter((p) => readable(p, check));
  const keptSet = new Set(kept);
  const allSet = new Set(all);
  return {
    ...source,
    list: () => kept,
    exists: (p) => keptSet.has(p) || (!allSet.has(p) && source.exists(p)),
  };
}

function placesOf(config: SiteConfig): Places {
  const trim = (v: unknown, d: string): string => String(v ?? d).replace(/^\/+|\/+$/g, '');
  const colDir = trim(config.collections_dir, '');
  const sass = (config.sass as { sass_dir?: unknown } | undefined)?.sass_dir;
  return {
    layouts: trim(config.layouts_dir, '_layouts'),
    data: trim(config.data_dir, '_data'),
    includes: trim(config.includes_dir, '_includes'),
    sass: trim(sass, '_sass'),
    collections: Object.keys(config.collections)
      .filter((l) => l !== 'posts')
      .map((l) => (colDir ? `${colDir}/_${l}` : `_${l}`)),
  };
}

/** Is `path`, or a folder above it, a link? Each folder is asked once (`dirs`: folder → answer). */
function hasLink(source: Source, path: string, dirs: Map<string, boolean>): boolean {
  if (source.linkTarget!(path) !== undefined) return true;
  const at = path.lastIndexOf('/');
  if (at === -1) return false;
  const dir = path.slice(0, at);
  let linked = dirs.get(dir);
  if (linked === undefined) dirs.set(dir, (linked = hasLink(source, dir, dirs)));
  return linked;
}

interface Check {
  readonly source: Source;
  readonly safe: boolean;
  readonly root: string;
  readonly places: Places;
}

function readable(path: string, c: Check): boolean {
  const parts = path.split('/');
  const link = (i: number): string | undefined => c.source.linkTarget!(parts.slice(0, i + 1).join('/'));
  // EntryFilter#symlink_outside_site_source?
  const outside = (i: number): boolean => {
    const real = link(i);
    return c.safe && real !== undefined && !real.startsWith(c.root);
  };
  const anyOutside = (from: number, to: number): boolean => {
    for (let i = from; i <= to; i++) if (outside(i)) return true;
    return false;
  };
  const anyLink = (from: number, to: number): boolean => {
    for (let i = from; i <= to; i++) if (link(i) !== undefined) return true;
    return false;
  };
  const last = parts.length - 1;
  const under = (dir: string): number => (dir && path.startsWith(`${dir}/`) ? dir.split('/').length : -1);

  let at = under(c.places.includes);
  if (at > 0) {
    if (!c.safe || !anyLink(0, last)) return true;
    const real = c.source.realPath?.(path);
    return real !== undefined && real.startsWith(`${c.root}/${c.places.includes}`);
  }
  at = under(c.places.data);
  if (at > 0) return !anyOutside(at - 1, last);
  at = under(c.places.layouts);
  if (at > 0) return !anyLink(at, last - 1) && !outside(last);
  for (const dir of c.places.collections) {
    at = under(dir);
    if (at > 0) return !outside(at - 1) && !anyLink(at, last - 1) && !outside(last);
  }
  const magic = parts.findIndex((p, i) => i < last && (p === '_posts' || p === '_drafts'));
  if (magic >= 0) return !anyOutside(0, magic - 1) && !anyLink(magic + 1, last - 1) && !outside(last);
  if (under(c.places.sass) > 0) return true;
  // read_directories and read_included_excludes: every level is filtered.
  return !anyOutside(0, last);
}
