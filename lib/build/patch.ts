// The quick way through a change: files that are documents or pages already
// in the model, read again, whose URL, date and place in the lists are
// unchanged. Their new bodies, and a collection document's new values of
// plain fields (a title, a description: front matter that no list, URL or
// layout depends on), go into the model and the drops in place; nothing else
// is read again. Anything else (a new or deleted file, a category, a layout,
// a field added...) returns undefined, and the builder reads the whole site again.
import { defaultsFor, foundDefaultsFor } from '../config/front-matter-defaults.js';
import type { ParsedDocument } from '../read/parse-document.js';
import { hasGivenExcerpt } from '../read/excerpt.js';
import { parseDocument } from '../read/parse-document.js';
import { parsePage } from '../read/parse-page.js';
import { parsePost } from '../read/parse-post.js';
import { jekyllFilename } from '../read/front-matter.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import type { Document, Page } from '../types.js';
import type { Drop } from '../site/drops.js';
import { hasFrontMatter } from '../site/inventory.js';
import { docsAt } from './changes.js';
import { fingerprint, metaOf } from './signature.js';
import { Keys } from './track.js';
import type { Unit } from './units.js';

type Body = Pick<Document, 'content' | 'contentLine' | 'excerptSource'>;

/**
 * Reads `paths` again; when only their bodies and plain fields changed, puts
 * them in and returns the keys of the fields that changed (empty for bodies only).
 */
export function patchBodies(build: PreparedBuild, units: readonly Unit[], paths: ReadonlySet<string>): Set<string> | undefined {
  const patches: Array<[Unit, Body]> = [];
  const fields: Array<[Unit, Document, string[]]> = [];
  const at = docsAt(units, paths);
  for (const p of paths) if (!at.some((u) => u.sourceFile === p)) return undefined;
  for (const unit of at) {
    const p = unit.sourceFile;
    if (!unit.doc || !build.source.exists(p)) return undefined;
    let fresh: Document | Page;
    try {
      // A page or collection document whose front matter went is a static file now (reader.rb and
      // collection.rb#read sort by Utils.has_yaml_header?; posts are documents either way).
      if ((unit.doc as ParsedDocument).collection !== 'posts' && !hasFrontMatter(build.source, p)) return undefined;
      fresh = reread(build, unit, p);
    } catch {
      return undefined; // the full read reports it
    }
    if (metaOf(fresh) !== unit.sig) {
      const changed = unit.kind === 'document' ? plainFieldChange(unit.doc as Document, fresh as Document, sortKeyOf(build, unit.doc as Document)) : undefined;
      if (!changed) return undefined;
      fields.push([unit, fresh as Document, changed]);
    }
    patches.push([unit, { content: fresh.content, contentLine: fresh.contentLine, excerptSource: (fresh as Document).excerptSource }]);
  }
  for (const [unit, body] of patches) {
    // The builder owns its model: the same objects, new bodies.
    Object.assign(unit.doc as Document, body);
    // An excerpt rendered from the old body is forgotten (drops.ts defineExcerpt).
    // (A page's, with `page_excerpts`, is made whatever its front matter defaults say: read/parse-page.ts.)
    if (body.excerptSource !== undefined && (unit.kind === 'page' || !hasGivenExcerpt(unit.doc!.data))) unit.drop!.excerpt = undefined;
  }
  const keys = new Set<string>();
  for (const [unit, fresh, changed] of fields) {
    const doc = unit.doc as Document;
    Object.assign(doc, { data: fresh.data });
    // Through the drop's tracked setters: readers see the new values, and are found by their keys.
    for (const k of changed) {
      (unit.drop as Drop)[k] = fresh.data[k];
      keys.add(Keys.field(doc.relativePath, k));
    }
    keys.add(Keys.meta(String(doc.collection)));
    (unit as { sig: string }).sig = metaOf(doc);
  }
  return keys;
}

/**
 * The front matter keys whose values changed, when nothing else did: same URL,
 * date and output, the same keys in the same order, none of them one that
 * places the document (layout, categories, tags, permalink...) or that its drop
 * takes from elsewhere (url, path...). Otherwise undefined.
 */
function plainFieldChange(old: Document, fresh: Document, sortKey: string | undefined): string[] | undefined {
  if (fresh.url !== old.url || fresh.outputPath !== old.outputPath || fresh.ext !== old.ext || fresh.write !== old.write || fresh.dated !== old.dated) return undefined;
  if (fingerprint(fresh.date) !== fingerprint(old.date) || fresh.renderWithLiquid !== old.renderWithLiquid || (fresh.excerptSource === undefined) !== (old.excerptSource === undefined)) return undefined;
  const keys = Object.keys(fresh.data);
  if (keys.join('\0') !== Object.keys(old.data).join('\0')) return undefined;
  const changed = keys.filter((k) => fingerprint(fresh.data[k]) !== fingerprint(old.data[k]));
  return changed.some((k) => PLACING.has(k) || k === sortKey) ? undefined : changed;
}

/** The field a collection's documents are sorted by (`sort_by:`, collection.rb#sort_docs_by_key!): it places them too. */
function sortKeyOf(build: PreparedBuild, doc: Document): string | undefined {
  const sortBy = build.site.collections[String(doc.collection)]?.metadata.sort_by;
  return typeof sortBy === 'string' ? sortBy : undefined;
}

const PLACING = new Set([
  'layout', 'categories', 'category', 'tags', 'tag', 'date', 'permalink', 'published', 'slug', 'name', 'draft', 'excerpt', 'excerpt_separator', 'render_with_liquid',
  // Read by generators, which run only when the site is read: jekyll-redirect-from, jekyll-paginate-v2,
  // both paginators (`hidden` posts are left out of the pagers).
  'redirect_from', 'redirect_to', 'locale', 'pagination', 'autopages', 'hidden',
  // DocumentDrop's own methods: the drop shows the document's, not these.
  'id', 'relative_path', 'collection', 'next', 'previous', 'content', 'output', 'path', 'url',
]);

function reread(build: PreparedBuild, unit: Unit, path: string): Document | Page {
  const { config, time } = build.site;
  const text = build.source.readText(path);
  const doc = unit.doc!;
  // read errors name the file by its absolute path, as a full read does (front-matter.ts jekyllFilename)
  const filename = jekyllFilename(build.source.root, path);
  if (unit.kind === 'page') return parsePage(text, { path, config, defaults: foundDefaultsFor(config, path, 'pages'), filename });
  const old = doc as ParsedDocument;
  if (old.collection === 'posts') {
    const mtime = old.draft ? build.source.mtime(path) : undefined;
    return parsePost(text, { path, config, defaults: defaultsFor(config, path, 'posts'), time, mtime, filename });
  }
  const label = String(old.collection);
  return { ...parseDocument(text, { path, collection: label, config, defaults: defaultsFor(config, path, label), time, filename }), write: old.write };
}
