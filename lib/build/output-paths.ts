// The builder's map of output paths (builder.ts): which output Jekyll writes
// last at a shared path, and whether an output's bytes changed.
import type { KyllError } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';
import { firstWriteClash, foldersInTheWay } from '../write/path-clash.js';
import { WRITE_RANK, writeOrderKey } from '../write/index.js';
import { documentsInRenderOrder, type PreparedBuild } from '../render/prepare-build.js';
import type { Drop } from '../site/drops.js';
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import type { Unit } from './units.js';

/** `byPath` at `paths`: the output written last there (`files` is in write order), or none left. */
export function settlePaths(files: readonly OutputFile[], paths: ReadonlySet<string>, byPath: Map<string, OutputFile>): void {
  const last = new Map<string, OutputFile>();
  for (const f of files) if (paths.has(f.path)) last.set(f.path, f);
  for (const p of paths) {
    const f = last.get(p);
    if (f) byPath.set(p, f);
    else byPath.delete(p);
  }
}

export function sameContents(a: OutputFile | undefined, b: OutputFile): boolean {
  if (!a) return false;
  if (a.contents === b.contents) return true;
  if (typeof a.contents === 'string' || typeof b.contents === 'string') return false;
  return Buffer.from(a.contents.buffer, a.contents.byteOffset, a.contents.byteLength).equals(b.contents);
}

/**
 * Site#each_site_file: pages in site.pages order (generated ones too), static files, then
 * documents in collection order (a document's stand-in, redirect_to, in its place): a unit's key
 * in that order (render/render-site.ts does the same for a whole build).
 */
export function writeOrderOf(build: PreparedBuild): (unit: Unit, sourceMap?: boolean) => number {
  const { site, ctx, generatedDrops } = build;
  const pages = ctx.drops.pages;
  const pagePlace = new Map<Drop, number>(pages.map((d, i) => [d, i]));
  const docs = documentsInRenderOrder(site, new Set());
  const docPlace = new Map<Drop, number>(docs.map((d, i) => [ctx.drops.dropFor(d), i]));
  return (unit, sourceMap = false) => {
    if (unit.kind === 'static') return WRITE_RANK.static;
    // a SourceMapPage joins site.pages as its CSS page renders: after the pages read and generated
    if (sourceMap) return writeOrderKey(WRITE_RANK.page, undefined, pages.length);
    const drop = unit.kind === 'document' && unit.doc ? ctx.drops.dropFor(unit.doc) : (unit.drop ?? (unit.generated && generatedDrops.get(unit.generated)));
    if (unit.kind === 'document' || (drop && DOCUMENT_DROP in drop)) return writeOrderKey(WRITE_RANK.document, drop && docPlace.get(drop), docs.length);
    return writeOrderKey(WRITE_RANK.page, drop && pagePlace.get(drop), pages.length);
  };
}

/** The outputs that are SourceMapPages: a Sass page's outputs are [css, map] (units.ts). */
export function sourceMapOutputsOf(outputs: ReadonlyArray<readonly [OutputFile, Unit]>): Set<OutputFile> {
  const seen = new Set<Unit>();
  const maps = new Set<OutputFile>();
  for (const [f, u] of outputs) {
    if (u.kind !== 'page') continue;
    if (seen.has(u)) maps.add(f);
    else seen.add(u);
  }
  return maps;
}

/** Jekyll's error for an output in the way of another's folder (write/path-clash.ts), met in its write order; undefined for nearly every site. */
export function writeClashOf(build: PreparedBuild, outputs: ReadonlyArray<readonly [OutputFile, Unit]>, destination: string): KyllError | undefined {
  if (foldersInTheWay(outputs.map(([f]) => f.path)).size === 0) return undefined;
  const orderOf = writeOrderOf(build);
  const maps = sourceMapOutputsOf(outputs);
  const keyed = outputs.map(([file, unit], i) => ({ file, unit, key: orderOf(unit, maps.has(file)), i }));
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return firstWriteClash(keyed.map(({ file, unit }) => ({ path: file.path, isStatic: unit.kind === 'static', from: unit.sourcePath })), destination);
}
