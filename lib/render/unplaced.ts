// Site#cleanup (site.rb, cleaner.rb#new_files), once the whole site is rendered: each page, then
// each static file, then each document it writes (Document#write? asked of every document first) is
// asked where it goes. An output whose URL or destination cannot be made stops the build there,
// unless a template that read its url stopped it before.
import type { Document } from '../types.js';
import { staticFilesToWrite } from '../site/static-files.js';
import type { PreparedBuild } from './prepare-build.js';

/** The first page (site.pages order), else static file, whose URL has no place in the destination (Page and StaticFile#destination). */
export function firstMisplaced(build: PreparedBuild): Error | undefined {
  for (const page of build.site.pages) if (!build.replaced.has(page.relativePath) && page.destinationError) return page.destinationError;
  for (const file of staticFilesToWrite(build.site)) if (file.outputPath && file.destinationError) return file.destinationError;
  return undefined;
}

/** The error Site#cleanup stops on, `docs` in render order (prepare-build.ts#documentsInRenderOrder). */
export function cleanupError(build: PreparedBuild, docs: readonly Document[]): Error | undefined {
  return firstMisplaced(build) ?? docs.find((doc) => doc.writeError)?.writeError ?? unplacedDocument(docs);
}

/** A written document whose URL or destination cannot be made. */
export function unplacedDocument(docs: readonly Document[]): Error | undefined {
  for (const doc of docs) if (doc.write && (doc.urlError ?? doc.destinationError)) return doc.urlError ?? doc.destinationError;
  return undefined;
}
