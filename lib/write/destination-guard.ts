// Checks made before a build touches the disk: the destination must not be the
// source or one of its parents (site.rb#ensure_not_in_dest), compared by real
// paths, so that neither `..` nor a symlink gets around the check.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';

/**
 * The real path of `p`, even when it does not exist yet: the realpath of its
 * nearest existing ancestor, with the missing part appended.
 */
export function realPathOf(p: string): string {
  const missing: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(at), ...missing.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return path.join(at, ...missing.reverse());
      missing.push(path.basename(at));
      at = up;
    }
  }
}

/** site.rb#ensure_not_in_dest: a destination inside the source (`_site`) is fine; the source or a parent of it is not. */
export function ensureNotInDestination(source: string, destination: string): void {
  const src = realPathOf(source);
  const dest = realPathOf(destination);
  const rel = path.relative(dest, src);
  if (rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))) {
    throw new KyllError(
      'DESTINATION_CONTAINS_SOURCE',
      'Destination directory cannot be or contain the Source directory.',
      { file: destination },
      { hint: `the build would delete the source ${src}; choose a destination outside it, such as ${path.join(src, '_site')}` },
    );
  }
}
