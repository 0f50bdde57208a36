// The one place an output path becomes a path inside the destination.
// Jekyll.sanitized_path (jekyll/path_manager.rb#sanitize_and_join) joins every
// output (Document#destination, Page#destination, StaticFile#destination, a
// plugin's PageWithoutAFile) onto the destination: the path is expanded
// against `/` first, so `..` can never climb out of it.
import path from 'node:path';
import type { OutputFile } from '../types.js';

/**
 * An output path made relative to the destination as Jekyll.sanitized_path
 * would place it: `/../../x/y.sh` → `x/y.sh`, `a/./b//c` → `a/b/c`. When the
 * destination's absolute path is known, a path that already names a place
 * inside it stays there (`/site/_site/a.html` with that destination → `a.html`).
 * Returns `''` for the destination itself.
 */
export function sanitizedOutputPath(questionable: string, destination?: string): string {
  // A leading `~` is not a home folder (path_manager.rb prepends a slash). A
  // backslash separates folders only where the system says so, as in Ruby.
  const expanded = resolvedFromRoot(toPosix(questionable));
  const base = destination === undefined ? undefined : toPosix(isResolved(destination) ? destination : path.resolve(destination));
  if (base !== undefined && (expanded === base || expanded.startsWith(`${base}/`))) return expanded.slice(base.length + 1);
  return expanded.slice(1);
}

// An empty, `.` or `..` segment, or a trailing slash: what path.resolve would change in a path.
const UNRESOLVED = /\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$/;

/**
 * path.posix.resolve('/', p), without its cost for the paths nearly every output has (no
 * segment to drop or climb): called three times per output, often before V8 has compiled
 * node's path module, it was 2% of a 1,000-post build's main thread.
 */
function resolvedFromRoot(p: string): string {
  if (p === '' || UNRESOLVED.test(p)) return path.posix.resolve('/', p);
  return p.charCodeAt(0) === 47 ? p : `/${p}`;
}

/** Whether path.resolve would return `p` as it is. */
function isResolved(p: string): boolean {
  return path.sep === '/' && p.length > 1 && p.charCodeAt(0) === 47 && !UNRESOLVED.test(p);
}

function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** The file with its path sanitized (the same object when nothing changes). */
export function inDestination(file: OutputFile, destination?: string): OutputFile {
  const safe = sanitizedOutputPath(file.path, destination);
  return safe === file.path ? file : { ...file, path: safe };
}
