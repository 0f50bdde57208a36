// Posts and documents written as soon as they are rendered, by whichever
// thread rendered them (lib/write/site-writer.ts). Two outputs at one path
// (Jekyll's doctor warns; the later one wins on disk) would then be written in
// whatever order the threads finish: a document whose path another output also
// has is "contested", and goes to the main thread as text, which writes every
// output in Jekyll's order. The others leave memory once written: the
// document's `output` in its drop is read back from the file when a template
// asks for it (DocumentDrop#output).
import { atSourceFile } from '../errors/kyll-error.js';
import type { Drop } from '../site/drops.js';
import { staticFilesToWrite } from '../site/static-files.js';
import type { Document, OutputFile } from '../types.js';
import { sanitizedOutputPath } from '../write/sanitize.js';
import { writeOrThrow } from '../write/site-writer.js';
import { foldersInTheWay } from '../write/path-clash.js';
import { FilesWriter, nodeFs } from '../write/write-fs.js';
import { DOCUMENT_DROP } from '../values/document-drop-mark.js';
import { outputEncoder, textFile, unmeasuredTextFile } from './outputs.js';
import { documentsInRenderOrder, type PreparedBuild } from './prepare-build.js';
import { sourceMapPlace } from './render-pages.js';

/** Where a thread writes the documents it renders: the build's staging folder, for `destination` (resolved). */
export interface WriteTo {
  readonly staging: string;
  readonly destination: string;
  /** The current site, to link the outputs it already holds byte for byte from (lib/write/reuse.ts). */
  readonly previous?: string;
}

/**
 * The build's output paths (sanitized) as known before rendering: `contested`, those that more than
 * one output has or that are in the way of another output (lib/write/path-clash.ts), which the
 * main thread writes; `inTheWay`, the latter, which wait for the end of the build. Worked out once a build.
 */
export interface PathPlan {
  readonly contested: ReadonlySet<string>;
  readonly inTheWay: ReadonlySet<string>;
}

const plans = new WeakMap<PreparedBuild, PathPlan>();

export function pathPlan(build: PreparedBuild, destination: string): PathPlan {
  const known = plans.get(build);
  if (known) return known;
  const { site, replaced, generated, ctx } = build;
  const paths: string[] = [];
  for (const doc of documentsInRenderOrder(site, replaced)) if (doc.write && !doc.urlError) paths.push(doc.outputPath);
  for (const page of site.pages) {
    if (replaced.has(page.relativePath) || page.urlError) continue;
    paths.push(page.outputPath);
    // A Sass page's source map (jekyll-sass-converter) is an output too.
    if (['sass', 'scss'].includes(ctx.converters.kindFor(page.ext))) paths.push(sourceMapPlace(page).outputPath);
  }
  for (const g of generated) paths.push(g.outputPath);
  for (const f of staticFilesToWrite(site)) if (f.outputPath) paths.push(f.outputPath);
  const seen = new Set<string>();
  const contested = new Set<string>();
  for (const p of paths) {
    const rel = sanitizedOutputPath(p, destination);
    if (seen.has(rel)) contested.add(rel);
    else seen.add(rel);
  }
  const inTheWay = foldersInTheWay(seen);
  for (const p of inTheWay) contested.add(p);
  const plan = { contested, inTheWay };
  plans.set(build, plan);
  return plan;
}

/** Output paths (sanitized) that the main thread writes (pathPlan's `contested`). */
export function contestedPaths(build: PreparedBuild, destination: string): ReadonlySet<string> {
  return pathPlan(build, destination).contested;
}

/**
 * A render worker's writer of rendered documents: writes the output and returns
 * its path (sanitized), or returns undefined when the output must go to the
 * main thread as text (contested, or not written at all: `output: false`).
 */
export function documentWriter(build: PreparedBuild, to: WriteTo): (doc: Document, output: string, size: number) => string | undefined {
  const files = new FilesWriter(nodeFs, to.staging, to.destination, { previous: to.previous });
  return documentSink(build, to, (file) => writeOrThrow(files, file, to.destination));
}

/** As documentWriter, with `put` writing the file (the main thread's: its SiteWriter); returns what `put` returns. */
export function documentSink<T>(build: PreparedBuild, to: WriteTo, put: (file: OutputFile) => T): (doc: Document, output: string, size?: number) => T | undefined {
  // A site whose outputs are not plain UTF-8 (outputs.ts#outputEncoder) has them encoded, and its
  // drops' `output` kept as text, on the main thread.
  if (outputEncoder(build.site)) return () => undefined;
  const contested = contestedPaths(build, to.destination);
  return (doc, output, size) => {
    // One without a place in the destination stops the build at Site#cleanup (render-site.ts), unwritten.
    if (!doc.write || doc.urlError || doc.destinationError || contested.has(sanitizedOutputPath(doc.outputPath, to.destination))) return undefined;
    try {
      return put(size === undefined ? unmeasuredTextFile(doc.outputPath, doc.url, output) : textFile(doc.outputPath, doc.url, output, size));
    } catch (e) {
      throw atSourceFile(e, doc.relativePath);
    }
  };
}

// One getter and one setter for every drop (the file found by drop), so that
// the drops keep sharing their hidden classes as they did with a plain value.
const writtenFiles = new WeakMap<Drop, OutputFile>();
function readOutput(this: Drop): unknown {
  return writtenFiles.get(this)?.contents;
}
function setOutput(this: Drop, v: unknown): void {
  writtenFiles.delete(this);
  Object.defineProperty(this, 'output', { value: v, enumerable: true, configurable: true, writable: true });
}

const OUTPUT_ON_DISK: PropertyDescriptor = { enumerable: true, configurable: true, get: readOutput, set: setOutput };

/** A written document's `output`, as its drop shows it: read back from the file when asked for. */
export function outputFromDisk(drop: Drop, file: OutputFile): void {
  if (!(DOCUMENT_DROP in drop)) return;
  writtenFiles.set(drop, file);
  Object.defineProperty(drop, 'output', OUTPUT_ON_DISK);
}
