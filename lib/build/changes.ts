// What a set of changed files changed, as keys of the reads recorded while
// rendering (track.ts): comparing the model read before and after, never
// guessing from file names alone.
import type { Document, Site } from '../types.js';
import { Keys } from './track.js';
import { fingerprint, metaOf, staticMetaOf } from './signature.js';

/** What changed between two reads of a site. */
export interface Changes {
  /** Everything renders again (config, plugins). */
  all: boolean;
  /** Source-relative paths of the changed files. */
  readonly paths: Set<string>;
  /** Keys of reads that now give something else. */
  readonly keys: Set<string>;
}

/** Keys that depend only on which files changed. */
export function pathKeys(paths: Iterable<string>, sassDir: string): Set<string> {
  const keys = new Set<string>();
  for (const p of paths) {
    keys.add(Keys.file(p));
    keys.add(Keys.content(p));
    if (/\.(s[ac]ss|css)$/.test(p) || p.startsWith(`${sassDir}/`)) keys.add('sass');
  }
  return keys;
}

/** Per collection: each document's path and fingerprint, in order. */
export type ListPrints = ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;

export function listPrints(site: Site): ListPrints {
  const out = new Map<string, Array<readonly [string, string]>>();
  for (const [label, col] of Object.entries(site.collections)) out.set(label, col.docs.map((d) => [d.relativePath, metaOf(d)] as const));
  out.set('\0pages', site.pages.map((p) => [p.relativePath, metaOf(p)] as const));
  out.set('\0static', site.staticFiles.map((f) => [f.relativePath, staticMetaOf(f)] as const));
  return out;
}

/** What the model shows apart from bodies: lists, data keys, layouts. */
export interface ModelPrints {
  readonly lists: ListPrints;
  readonly dataKeys: readonly string[];
  readonly data: ReadonlyMap<string, string>;
  readonly layouts: ReadonlyMap<string, string>;
}

export function modelPrints(site: Site): ModelPrints {
  const dataKeys = Object.keys(site.data ?? {});
  return {
    lists: listPrints(site),
    dataKeys,
    data: new Map(dataKeys.map((k) => [k, fingerprint(site.data[k])])),
    layouts: new Map(Object.entries(site.layouts).map(([name, l]) => [name, fingerprint([l.relativePath, l.data, l.content])])),
  };
}

/** Keys for what the model shows differently: lists, neighbours, data keys, layouts. */
export function modelKeys(before: ModelPrints, after: ModelPrints): Set<string> {
  const keys = new Set<string>();
  const labels = new Set([...before.lists.keys(), ...after.lists.keys()]);
  for (const label of labels) {
    const a = before.lists.get(label) ?? [];
    const b = after.lists.get(label) ?? [];
    const same = a.length === b.length && a.every(([p, s], i) => b[i]![0] === p && b[i]![1] === s);
    if (same) continue;
    keys.add(label === '\0pages' ? Keys.pages : label === '\0static' ? Keys.statics : Keys.list(label));
    if (label.startsWith('\0')) continue;
    neighbourKeys(a, b, keys);
  }
  // site.data: its key set, then each key's value.
  if (before.dataKeys.join('\0') !== after.dataKeys.join('\0')) keys.add(Keys.data);
  for (const k of new Set([...before.dataKeys, ...after.dataKeys])) if (before.data.get(k) !== after.data.get(k)) keys.add(Keys.dataKey(k));
  for (const name of new Set([...before.layouts.keys(), ...after.layouts.keys()])) if (before.layouts.get(name) !== after.layouts.get(name)) keys.add(Keys.layout(name));
  return keys;
}

// page.next / page.previous: a document whose neighbour is another one, or changed.
function neighbourKeys(a: ReadonlyArray<readonly [string, string]>, b: ReadonlyArray<readonly [string, string]>, keys: Set<string>): void {
  const around = (list: ReadonlyArray<readonly [string, string]>): Map<string, string> => {
    const m = new Map<string, string>();
    list.forEach(([p], i) => m.set(p, `${list[i - 1]?.[0] ?? ''}\0${list[i - 1]?.[1] ?? ''}\0${list[i + 1]?.[0] ?? ''}\0${list[i + 1]?.[1] ?? ''}`));
    return m;
  };
  const before = around(a);
  for (const [p, n] of around(b)) if (before.get(p) !== n) keys.add(Keys.neighbours(p));
}

/** Whether a unit that read `deps` must render again. */
export function hits(deps: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  for (const k of keys) {
    if (deps.has(k)) return true;
    if (k.startsWith('list:') && deps.has(Keys.allLists)) return true;
  }
  return false;
}

export type { Document };
