// What a set of changed files changed, as keys of the reads recorded while
// rendering (track.ts): comparing the model read before and after, never
// guessing from file names alone.
import type { Drop, Drops } from '../site/drops.js';
import type { Document, Site } from '../types.js';
import { fieldNames, Keys, reaches } from './track.js';
import type { Unit } from './units.js';
import { metaOf, printOf, staticMetaOf } from './signature.js';

/** What changed between two reads of a site. */
export interface Changes {
  /** Everything renders again (config, plugins). */
  all: boolean;
  /** Source-relative paths of the changed files. */
  readonly paths: Set<string>;
  /** Keys of reads that now give something else. */
  readonly keys: Set<string>;
}

/** Keys that depend only on which files changed (a document's content by its path in the model). */
export function pathKeys(paths: ReadonlySet<string>, sassDir: string, units: readonly Unit[]): Set<string> {
  const keys = new Set<string>();
  for (const p of paths) {
    keys.add(Keys.file(p));
    keys.add(Keys.content(p));
    if (/\.(s[ac]ss|css)$/.test(p) || p.startsWith(`${sassDir}/`)) keys.add('sass');
  }
  for (const u of docsAt(units, paths)) keys.add(Keys.content(u.sourcePath));
  return keys;
}

/**
 * The documents and pages read from the changed source files: a document
 * below collections_dir has its path in the model below it
 * (Document#relative_path), its file in the source above it. One file can be
 * both a post and a page (`include: [_posts]` reads _posts as pages too).
 */
export function docsAt(units: readonly Unit[], paths: ReadonlySet<string>): Unit[] {
  if (paths.size === 0) return [];
  return units.filter((u) => (u.kind === 'document' || u.kind === 'page') && paths.has(u.sourceFile));
}

/** Per list: each entry's path and fingerprint, in order. */
export type ListPrints = ReadonlyMap<string, ReadonlyArray<readonly [string, string]>>;

/** A collection document as other outputs see it: its whole fingerprint, and each field's. */
export interface DocPrint {
  readonly meta: string;
  readonly fields: ReadonlyMap<string, string>;
}

/**
 * Collections by their shape (which documents, in which order, their
 * categories and tags, which fields they have: what a list shows without
 * reading a field); pages and static files by everything. site.pages holds
 * the pages that generators made too (jekyll-archives' pages, feed.xml):
 * their units' fingerprints stand for them.
 */
export function listPrints(site: Site, docs: ReadonlyMap<string, DocPrint>, units: readonly Unit[]): ListPrints {
  const out = new Map<string, Array<readonly [string, string]>>();
  for (const [label, col] of Object.entries(site.collections)) out.set(label, col.docs.map((d) => [d.relativePath, shapeOf(d, docs.get(d.relativePath))] as const));
  const generated = units.filter((u) => u.kind === 'generated' || u.kind === 'computed').map((u) => [u.key, u.sig] as const);
  const sigs = new Map<object, string>();
  for (const u of units) if (u.kind === 'page' || u.kind === 'static') sigs.set(u.doc ?? u.file!, u.sig);
  out.set('\0pages', [...site.pages.map((p) => [p.relativePath, sigs.get(p) ?? metaOf(p)] as const), ...generated]);
  out.set('\0static', site.staticFiles.map((f) => [f.relativePath, sigs.get(f) ?? staticMetaOf(f)] as const));
  return out;
}

function shapeOf(doc: Document, print: DocPrint | undefined): string {
  return printOf([doc.data.categories, doc.data.tags, doc.write, [...(print?.fields.keys() ?? [])]]);
}

/** What the model shows apart from bodies: lists, documents' fields, data keys, layouts. */
export interface ModelPrints {
  readonly lists: ListPrints;
  readonly docs: ReadonlyMap<string, DocPrint>;
  readonly dataKeys: readonly string[];
  readonly data: ReadonlyMap<string, string>;
  readonly layouts: ReadonlyMap<string, string>;
}

/** The prints of a read site; a document whose fingerprint is unchanged since `previous` keeps its field prints. */
export function modelPrints(site: Site, drops: Drops, units: readonly Unit[], previous?: ModelPrints): ModelPrints {
  const dataKeys = Object.keys(site.data ?? {});
  const docs = new Map<string, DocPrint>();
  // A unit's sig is its document's metaOf, taken when the units were made from this model: not made twice.
  const sigs = new Map<object, string>();
  for (const u of units) if (u.doc && u.kind !== 'generated') sigs.set(u.doc, u.sig);
  for (const col of Object.values(site.collections)) {
    for (const doc of col.docs) {
      const meta = sigs.get(doc) ?? metaOf(doc);
      const before = previous?.docs.get(doc.relativePath);
      docs.set(doc.relativePath, before?.meta === meta ? before : { meta, fields: drops.unnoted(() => fieldPrints(drops.dropFor(doc))) });
    }
  }
  return {
    lists: listPrints(site, docs, units),
    docs,
    dataKeys,
    data: new Map(dataKeys.map((k) => [k, printOf(site.data[k])])),
    layouts: new Map(Object.entries(site.layouts).map(([name, l]) => [name, printOf([l.relativePath, l.data, l.content])])),
  };
}

/** The prints after the documents at `paths` were patched in place (patch.ts): their entries read again. */
export function repaint(prints: ModelPrints, drops: Drops, units: readonly Unit[], paths: ReadonlySet<string>): ModelPrints {
  const docs = new Map(prints.docs);
  for (const u of docsAt(units, paths)) {
    const p = u.sourcePath;
    if (u.kind === 'document' && u.doc && u.drop && docs.has(p)) docs.set(p, { meta: metaOf(u.doc), fields: drops.unnoted(() => fieldPrints(u.drop!)) });
  }
  return { ...prints, docs };
}

// Read outside any render: nothing is noted, no undated post is dated (Drops#unnoted). A read can add a key (a YAML document's date stores
// `draft`, drops.ts#draftOnFirstDate): the drop is left with the keys it had, for the templates to add.
function fieldPrints(drop: Drop): Map<string, string> {
  const had = new Set(Object.keys(drop));
  const prints = new Map(fieldNames(drop).map((k) => [k, fieldPrint(drop, k)]));
  for (const k of Object.keys(drop)) if (!had.has(k)) delete drop[k];
  return prints;
}

/** A field's print; a field that raises when read (a url its permalink cannot make: drops.ts#raiseOnRead) prints its error. */
function fieldPrint(drop: Drop, key: string): string {
  try {
    return printOf(drop[key]);
  } catch (e) {
    return `\0raises ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Keys for what the model shows differently: lists, documents' fields, neighbours, data keys, layouts. */
export function modelKeys(before: ModelPrints, after: ModelPrints): Set<string> {
  const keys = new Set<string>();
  const labels = new Set([...before.lists.keys(), ...after.lists.keys()]);
  for (const label of labels) {
    const a = before.lists.get(label) ?? [];
    const b = after.lists.get(label) ?? [];
    if (!label.startsWith('\0')) fieldKeys(label, b, before.docs, after.docs, keys);
    const same = a.length === b.length && a.every(([p, s], i) => b[i]![0] === p && b[i]![1] === s);
    if (same) continue;
    keys.add(label === '\0pages' ? Keys.pages : label === '\0static' ? Keys.statics : Keys.list(label));
    if (label.startsWith('\0')) continue;
    keys.add(Keys.meta(label));
    neighbourKeys(a, b, keys);
  }
  // site.data: its key set, then each key's value.
  if (before.dataKeys.join('\0') !== after.dataKeys.join('\0')) keys.add(Keys.data);
  for (const k of new Set([...before.dataKeys, ...after.dataKeys])) if (before.data.get(k) !== after.data.get(k)) keys.add(Keys.dataKey(k));
  for (const name of new Set([...before.layouts.keys(), ...after.layouts.keys()])) if (before.layouts.get(name) !== after.layouts.get(name)) keys.add(Keys.layout(name));
  return keys;
}

// The fields that read differently, of documents in the list both before and after (the others change the list).
function fieldKeys(label: string, list: ReadonlyArray<readonly [string, string]>, before: ReadonlyMap<string, DocPrint>, after: ReadonlyMap<string, DocPrint>, keys: Set<string>): void {
  for (const [p] of list) {
    const a = before.get(p);
    const b = after.get(p);
    if (!a || !b || a.meta === b.meta) continue;
    keys.add(Keys.meta(label));
    for (const [name, print] of b.fields) if (a.fields.get(name) !== print) keys.add(Keys.field(p, name));
    for (const name of a.fields.keys()) if (!b.fields.has(name)) keys.add(Keys.field(p, name));
  }
}

// page.next / page.previous: a document whose neighbour is another one, or changed. A path can be
// listed twice (Jekyll reads a post in nested _posts folders twice): each place counts.
function neighbourKeys(a: ReadonlyArray<readonly [string, string]>, b: ReadonlyArray<readonly [string, string]>, keys: Set<string>): void {
  const around = (list: ReadonlyArray<readonly [string, string]>): Map<string, string> => {
    const m = new Map<string, string>();
    list.forEach(([p], i) => m.set(p, `${m.get(p) ?? ''}\0\0${list[i - 1]?.[0] ?? ''}\0${list[i - 1]?.[1] ?? ''}\0${list[i + 1]?.[0] ?? ''}\0${list[i + 1]?.[1] ?? ''}`));
    return m;
  };
  const before = around(a);
  for (const [p, n] of around(b)) if (before.get(p) !== n) keys.add(Keys.neighbours(p));
}

/** Whether a unit that read `deps` must render again. */
export function hits(deps: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  for (const k of keys) if (reaches(deps, k)) return true;
  return false;
}

export type { Document };
