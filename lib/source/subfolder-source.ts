import type { Source } from './source.js';

/**
 * The folder `dir` of `parent` as a Source of its own, for a site whose configuration says
 * `source: dir` (config/configured-source.ts). The configuration files named in `configFiles`
 * stay those of the parent: Jekyll read them before it moved into the folder.
 */
export function subfolderSource(parent: Source, dir: string, configFiles: readonly string[]): Source {
  const prefix = `${dir}/`;
  const fromParent = new Set(configFiles);
  const at = (p: string): string => (fromParent.has(p) ? p : prefix + p);
  const inside = (p: string): string | undefined => (p.startsWith(prefix) ? p.slice(prefix.length) : undefined);
  // The parent's listing changes as files come and go (a long-lived builder keeps this view).
  let seen: readonly string[] | undefined;
  let listing: string[] = [];
  return {
    root: `${parent.root}/${dir}`,
    list: () => {
      const all = parent.list();
      if (all !== seen) (seen = all), (listing = all.flatMap((p) => inside(p) ?? []));
      return listing;
    },
    exists: (p) => parent.exists(at(p)),
    readText: (p) => parent.readText(at(p)),
    readBytes: (p) => parent.readBytes(at(p)),
    mtime: (p) => parent.mtime(at(p)),
    emptyFolders: parent.emptyFolders ? () => parent.emptyFolders!().flatMap((p) => inside(p) ?? []) : undefined,
    readOrder: parent.readOrder ? (p) => parent.readOrder!(at(p)) : undefined,
    entries: parent.entries ? (p) => parent.entries!(p === '' ? prefix.replace(/\/$/, '') : at(p)) : undefined,
    copyPath: parent.copyPath ? (p) => parent.copyPath!(at(p)) : undefined,
  };
}
