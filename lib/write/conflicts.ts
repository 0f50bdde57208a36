import type { Diagnostic, OutputFile } from '../types.js';

/**
 * Site#each_site_file writes pages (generated ones too: feeds, sitemaps, archives), then
 * static files, then documents: when outputs share a path, the one written last is on disk.
 */
export const WRITE_RANK = { page: 0, static: 1, document: 2 } as const;
export type WriteRank = (typeof WRITE_RANK)[keyof typeof WRITE_RANK];

/**
 * An output's place in Jekyll's write order: its rank, then its place in its list (site.pages with
 * the generated pages, or the documents in collection order) when known, `position` of `count`;
 * without one it goes after those of its rank that have one.
 */
export function writeOrderKey(rank: WriteRank, position: number | undefined, count: number): number {
  return rank + (position === undefined || position < 0 ? count + 1 : position) / (count + 2);
}

/**
 * `entries` reordered so that the outputs sharing a path come in Jekyll's write order
 * (by rank or writeOrderKey, then as given) in the places they held: the last one of each path is the
 * one Jekyll leaves on disk. Outputs alone at their path keep their places.
 */
export function inWriteOrder<T>(entries: readonly T[], pathOf: (e: T) => string, rankOf: (e: T) => number): T[] {
  // The paths that outputs share, if any (nearly every site has none: a long-lived build's every update asks).
  const seen = new Set<string>();
  let shared: Set<string> | undefined;
  for (const e of entries) {
    const p = pathOf(e);
    if (seen.has(p)) (shared ??= new Set()).add(p);
    else seen.add(p);
  }
  const out = [...entries];
  if (!shared) return out;
  const sharedPaths = shared;
  const slots = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const p = pathOf(e);
    if (!sharedPaths.has(p)) return;
    const list = slots.get(p);
    if (list) list.push(i);
    else slots.set(p, [i]);
  });
  for (const list of slots.values()) {
    if (list.length < 2) continue;
    const sorted = list.map((i) => entries[i]!).sort((a, b) => rankOf(a) - rankOf(b)); // stable
    list.forEach((slot, k) => (out[slot] = sorted[k]!));
  }
  return out;
}

/**
 * Doctor#allow_used_permalink?: jekyll-redirect-from's RedirectPage, left out of the doctor's
 * destination map, so it never counts in a conflict (commands/doctor.rb#destination_map).
 */
export const UNCHECKED_RUBY_CLASS = 'JekyllRedirectFrom::RedirectPage';

/** Where the doctor's lines name things: the destination, and the source folder of documents and static files. */
export interface ConflictPlaces {
  /** The absolute destination (Site#dest); the output's path alone when the build writes nothing. */
  readonly destination?: string;
  /** The site's source folder: a document's or static file's Document#path / StaticFile#path is absolute there. */
  readonly root?: string;
  /** Outputs named by their absolute path (documents and static files; a page's Page#path is relative). */
  readonly absolute?: (file: OutputFile) => boolean;
}

/**
 * The name the doctor gives a theme's static file: StaticFile#path, its path on disk inside the
 * theme (static_file.rb#path, base being the theme's root: theme_assets_reader.rb), so that it
 * is told apart from the site's file of the same relative path. Undefined for the site's own
 * files, or a theme that is not on disk (they keep their relative path).
 */
export function themeFileName(file: { readonly fromTheme?: boolean; readonly relativePath: string }, theme: { absolute?(relativePath: string): string } | undefined): string | undefined {
  return file.fromTheme ? theme?.absolute?.(file.relativePath) : undefined;
}

/**
 * Jekyll's doctor: two outputs at one path is a warning; the later one wins on disk.
 * Outputs in `unchecked` (redirect pages) are not counted. Each is named by its `paths` entry when
 * it has one (Page#path of a generated page, relative_path: a jekyll-paginate-v2 page's is its
 * name, `idx.htm`), else by its source (absolute for a document or static file, as `thing.path`).
 * The words and lines are Doctor#conflicting_urls': the topic line, then each further line logged
 * with an empty topic (the destination file, ` - ` and each path, an empty line).
 */
export function findUrlConflicts(
  files: readonly OutputFile[],
  sources: ReadonlyMap<OutputFile, string>,
  unchecked?: ReadonlySet<OutputFile>,
  paths?: ReadonlyMap<OutputFile, string>,
  places: ConflictPlaces = {},
): Diagnostic[] {
  const seen = new Map<string, OutputFile[]>();
  for (const f of files) {
    if (unchecked?.has(f)) continue;
    const list = seen.get(f.path);
    if (list) list.push(f);
    else seen.set(f.path, [f]);
  }
  const out: Diagnostic[] = [];
  for (const [p, list] of seen) {
    if (list.length < 2) continue;
    const { destination, root, absolute } = places;
    const nameOf = (f: OutputFile): string => {
      const named = paths?.get(f);
      if (named !== undefined) return named;
      const source = sources.get(f);
      if (source === undefined) return f.url;
      return root !== undefined && absolute?.(f) ? `${root.replace(/\/+$/, '')}/${source}` : source;
    };
    out.push({
      level: 'warning',
      code: 'URL_CONFLICT',
      message: 'Conflict: The following destination is shared by multiple files.',
      more: ['The written file may end up with unexpected contents.', destination ? `${destination.replace(/\/+$/, '')}/${p}` : p, ...list.map((f) => ` - ${nameOf(f)}`), ''],
    });
  }
  return out;
}
