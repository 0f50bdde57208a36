// What an edit reaches in the builder (builder.ts): which paths count, what a
// changed file forgets, which documents' texts changed, and when plugins make
// every change a full read of the site.
import path from 'node:path';
import type { PreparedBuild } from '../render/prepare-build.js';
import type { ReadMemo } from '../site/read-memo.js';
import type { Changes } from './changes.js';
import { fingerprint } from './signature.js';
import { Keys } from './track.js';
import type { Unit } from './units.js';

/**
 * Whether a plugin changes documents as they are read (jekyll-relative-links'
 * links, jekyll-titles-from-headings' titles, last-modified-at's post_init):
 * a file patched in place would miss it, so every change reads the site again.
 */
export function rewritesOnRead(build: PreparedBuild): boolean {
  return build.plugins.some((p) => p.transformSite !== undefined || p.hooks?.posts?.post_init || p.hooks?.pages?.post_init || p.hooks?.documents?.post_init);
}

/** Forgets a changed file, or everything below a changed folder. */
export function forget(memo: ReadMemo, p: string): void {
  if (memo.entries.delete(p)) return;
  for (const k of memo.entries.keys()) if (k.startsWith(`${p}/`)) memo.entries.delete(k);
}

// What plugins' code may have changed besides the files: their code runs
// again; what they did to the config counts as changed (to texts: textChanges).
export function pluginChanges(oldConfig: unknown, nextConfig: unknown, changes: Changes): void {
  changes.keys.add(Keys.plugin);
  if (fingerprint(oldConfig) !== fingerprint(nextConfig)) changes.all = true;
}

/** The documents and pages whose text as read is `changed`: rendered again, and their readers. */
export function textChanges(units: readonly Unit[], changed: (u: Unit) => boolean, changes: Changes): void {
  for (const u of units) {
    if (u.doc === undefined || !changed(u)) continue;
    changes.paths.add(u.sourceFile);
    changes.keys.add(Keys.content(u.sourcePath));
  }
}

export function sassDirOf(build: PreparedBuild): string {
  return String((build.site.config.sass as { sass_dir?: unknown } | undefined)?.sass_dir ?? '_sass');
}

/** A changed path as the source knows it; undefined for paths outside it or in the destination. */
export function relativeToSource(p: string, root: string | undefined, destination: string | undefined): string | undefined {
  let rel = p.replace(/\\/g, '/');
  if (root && path.isAbsolute(p)) {
    if (destination && (p === path.resolve(destination) || p.startsWith(path.resolve(destination) + path.sep))) return undefined;
    rel = path.relative(root, p).replace(/\\/g, '/');
  }
  rel = rel.replace(/^\.\//, '');
  if (rel === '' || rel.startsWith('../') || rel.startsWith('.jekyll-cache/')) return undefined;
  return rel;
}

