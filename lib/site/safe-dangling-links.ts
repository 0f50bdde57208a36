// Links to nothing under `safe: true` (GitHub Pages). EntryFilter#filter asks #symlink? about an
// entry before it looks at `.`/`_` names, and in safe mode #symlink_outside_site_source? resolves
// the link with File.realpath, which raises Errno::ENOENT for a link whose target is missing: the
// build stops on entries a build without safe mode skips (`.ruby-version` linked to a file of the
// repository outside a docs/ site, a `_x` link, a backup `x~`). Only excluded entries (that
// `include` does not name) and names ending in `.` are dropped before that question. Ruby's message
// names the entry as the reader holds it, relative to the folder it Dir.chdir'd into (a basename
// in the walk), or as a full path (data files, `include` entries). Checked with Jekyll 4.3.1.
import { KyllError } from '../errors/kyll-error.js';
import { linkErrorText, linkLoops } from '../source/dangling-links.js';
import type { Source } from '../source/source.js';
import type { EntryFilter } from './entry-filter.js';

export interface SafeLinkRules {
  readonly filter: EntryFilter;
  readonly layoutsDir: string;
  /** Collection folders other than posts, in the order the site lists the collections. */
  readonly collectionDirs: readonly { readonly dir: string; readonly relative: string }[];
  readonly dataDir: string;
  readonly include: readonly string[];
  readonly showDrafts: boolean;
  /** collections_dir as written: posts are read only below it. */
  readonly postsRoot: string;
  /** `include` entries as paths in the source (Site#in_source_dir), '' for none. */
  readonly includePath: (entry: string) => string;
}

type Key = (number | string)[];

// Dir["*.{yaml,yml,json,csv,tsv}"] lists each extension in turn.
const DATA_EXTENSIONS = ['yaml', 'yml', 'json', 'csv', 'tsv'];

/** The error Ruby raises in File.realpath for `name`. */
function realpathError(name: string, path: string, loops: boolean): KyllError {
  return new KyllError('FILE_NOT_FOUND', `${linkErrorText(loops)} @ rb_check_realpath_internal - ${name}`, { file: path }, {
    hint: 'in safe mode (GitHub Pages) Jekyll resolves every symbolic link it reads: restore the target or remove the link (or exclude it)',
  });
}

/** Stops as Jekyll does at the first link to nothing its readers ask #symlink? about, in their order. */
export function checkSafeDanglingLinks(source: Source, rules: SafeLinkRules): void {
  const links = source.dangling?.() ?? [];
  if (links.length === 0) return;
  let first: { key: Key; name: string; path: string } | undefined;
  for (const path of links) {
    const hit = firstMeeting(source, path, rules);
    if (hit && (!first || before(hit.key, first.key))) first = { ...hit, path };
  }
  if (!first) return;
  throw realpathError(first.name, first.path, linkLoops(source, first.path));
}

function before(a: Key, b: Key): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    return a[i]! < b[i]!;
  }
  return a.length < b.length;
}

/** Where Jekyll's reader first asks about `path` (Reader#read: layouts, the walk, include, collections, data), and the name it holds. */
function firstMeeting(source: Source, path: string, r: SafeLinkRules): { key: Key; name: string } | undefined {
  const { filter } = r;
  const rank = (p: string): number => source.readOrder?.(p) ?? 0;
  const full = (): string => (source.absolute ? source.absolute(path) : path);
  const parts = path.split('/');
  const name = parts[parts.length - 1]!;
  // An entry the filter keeps until its #symlink? question: not a `.`-ending name, not excluded unless included.
  const asked = (rel: string, entry: string): boolean => !entry.endsWith('.') && !(filter.isExcluded(rel) && !filter.included(entry));
  const hits: { key: Key; name: string }[] = [];

  // LayoutReader: Dir["**/*.*"] in the layouts folder (no `.` names).
  if (path.startsWith(`${r.layoutsDir}/`)) {
    const inner = path.slice(r.layoutsDir.length + 1);
    const visible = !inner.split('/').some((s) => s.startsWith('.')) && name.indexOf('.', 1) > 0;
    if (visible && asked(inner, inner)) hits.push({ key: [0, inner], name: inner });
  }

  // read_directories: each folder's entries (Dir.entries), then its _posts (and _drafts), then its folders.
  let walkKey: Key = [1];
  let dir = '';
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i]!;
    if (i === parts.length - 1) {
      if (asked(path, seg)) hits.push({ key: [...walkKey, 0, rank(path)], name: seg });
      break;
    }
    if (seg === '_posts' || (seg === '_drafts' && r.showDrafts)) {
      const inner = parts.slice(i + 1).join('/');
      const configured = !r.postsRoot || `/${dir}`.startsWith(`/${r.postsRoot}`);
      // Reader#get_entries: Dir["**/*"] (no `.` names), filtered from the magic folder.
      if (configured && !inner.split('/').some((s) => s.startsWith('.')) && asked(`${dir ? `${dir}/` : ''}${seg}/${inner}`, inner)) {
        hits.push({ key: [...walkKey, seg === '_posts' ? 1 : 2, inner], name: inner });
      }
    }
    if (!filter.accepts(dir, seg)) break;
    dir = dir ? `${dir}/${seg}` : seg;
    walkKey = [...walkKey, 3, rank(dir)];
  }

  // read_included_excludes: an `include` entry that is a file is asked about by its full path.
  const listed = r.include.findIndex((entry) => typeof entry === 'string' && r.includePath(entry) === path);
  if (listed >= 0) hits.push({ key: [2, listed], name: full() });

  // Collection#filtered_entries: every entry of the folder, `.` names too (FNM_DOTMATCH).
  r.collectionDirs.forEach(({ dir: folder, relative }, index) => {
    if (!path.startsWith(`${folder}/`)) return;
    const inner = path.slice(folder.length + 1);
    if (asked(`${relative}/${inner}`, inner)) hits.push({ key: [3, index, inner], name: inner });
  });

  // DataReader#read_data_to: Dir["*.{yaml,yml,json,csv,tsv}"] and its folders, each by its full path.
  if (path.startsWith(`${r.dataDir}/`)) {
    const inner = path.slice(r.dataDir.length + 1).split('/');
    const ext = DATA_EXTENSIONS.findIndex((e) => name.endsWith(`.${e}`));
    if (ext >= 0 && !inner.some((s) => s.startsWith('.'))) {
      const key: Key = [4];
      for (const folder of inner.slice(0, -1)) key.push(1, folder);
      hits.push({ key: [...key, 0, ext, name], name: full() });
    }
  }

  let best: { key: Key; name: string } | undefined;
  for (const hit of hits) if (!best || before(hit.key, best.key)) best = hit;
  return best;
}
