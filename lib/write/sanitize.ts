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
  const expanded = path.posix.resolve('/', toPosix(questionable));
  const base = destination === undefined ? undefined : toPosix(path.resolve(destination));
  if (base !== undefined && (expanded === base || expanded.startsWith(`${base}/`))) return expanded.slice(base.length + 1);
  return expanded.slice(1);
}

function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** The file with its path sanitized (the same object when nothing changes). */
export function inDestination(file: OutputFile, destination?: string): OutputFile {
  const safe = sanitizedOutputPath(file.path, destination);
  return safe === file.path ? file : { ...file, path: safe };
}
