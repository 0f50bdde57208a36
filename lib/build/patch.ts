// The quick way through a change: files that are documents or pages already
// in the model, read again, whose front matter, URL and date are unchanged.
// Their new bodies go into the model in place; nothing else is read again.
// Anything else (a new or deleted file, a title, a layout...) returns false,
// and the builder reads the whole site again.
import { defaultsFor } from '../config/front-matter-defaults.js';
import type { ParsedDocument } from '../read/parse-document.js';
import { parseDocument } from '../read/parse-document.js';
import { parsePage } from '../read/parse-page.js';
import { parsePost } from '../read/parse-post.js';
import type { PreparedBuild } from '../render/prepare-build.js';
import type { Document, Page } from '../types.js';
import { metaOf } from './signature.js';
import type { Unit } from './units.js';

type Body = Pick<Document, 'content' | 'contentLine' | 'excerptSource'>;

/** Reads `paths` again; when only their bodies changed, puts the new bodies in and returns true. */
export function patchBodies(build: PreparedBuild, units: ReadonlyMap<string, Unit>, paths: ReadonlySet<string>): boolean {
  const patches: Array<[Unit, Body]> = [];
  for (const p of paths) {
    const unit = units.get(`document:${p}`) ?? units.get(`page:${p}`);
    if (!unit?.doc || !build.source.exists(p)) return false;
    let fresh: Document | Page;
    try {
      fresh = reread(build, unit, p);
    } catch {
      return false; // the full read reports it
    }
    if (metaOf(fresh) !== unit.sig) return false;
    patches.push([unit, { content: fresh.content, contentLine: fresh.contentLine, excerptSource: (fresh as Document).excerptSource }]);
  }
  for (const [unit, body] of patches) {
    // The builder owns its model: the same objects, new bodies.
    Object.assign(unit.doc as Document, body);
    // An excerpt rendered from the old body is forgotten (drops.ts defineExcerpt).
    if (body.excerptSource !== undefined && unit.doc!.data.excerpt == null) unit.drop!.excerpt = undefined;
  }
  return true;
}

function reread(build: PreparedBuild, unit: Unit, path: string): Document | Page {
  const { config, time } = build.site;
  const text = build.source.readText(path);
  const doc = unit.doc!;
  if (unit.kind === 'page') return parsePage(text, { path, config, defaults: defaultsFor(config, path, 'pages') });
  const old = doc as ParsedDocument;
  if (old.collection === 'posts') return parsePost(text, { path, config, defaults: defaultsFor(config, path, old.draft ? 'drafts' : 'posts'), time });
  const label = String(old.collection);
  return { ...parseDocument(text, { path, collection: label, config, defaults: defaultsFor(config, path, label), time }), write: old.write };
}
