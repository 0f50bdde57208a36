// A symbolic link whose target is missing (a git submodule that was not checked out, a moved
// file). Jekyll lists it with the folder's other entries and fails when it opens it: its
// Utils.has_yaml_header? (a page, a static file, a collection entry) and DataReader raise
// Errno::ENOENT and the build stops. Checked against jekyll 4.3.1: a link at the top of the
// site, in a collection or in _data stops the build; one in an excluded, `_` or `.` folder does not.
// A link that leads back to itself (`a -> a`, `a -> b -> a`) is refused the same way, with ELOOP's words.
import fs from 'node:fs';
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from './source.js';

/** The error Jekyll stops with, Ruby's message for the missing file. */
export function missingLinkTarget(source: Source, path: string): KyllError {
  const file = source.absolute ? source.absolute(path) : path;
  const loop = linkLoops(source, path);
  return new KyllError('FILE_NOT_FOUND', `${linkErrorText(loop)} @ rb_sysopen - ${file}`, { file: path }, {
    hint: loop
      ? 'the file is a symbolic link that leads back to itself: point it at a file, or remove it'
      : 'the file is a symbolic link whose target does not exist: restore the target (a git submodule?) or remove the link',
  });
}

/** Whether the link at `path` (listed as dangling) never ends (ELOOP) rather than ends nowhere (ENOENT). */
export function linkLoops(source: Source, path: string): boolean {
  if (!source.absolute) return false;
  try {
    fs.statSync(source.absolute(path));
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/** Ruby's Errno text for a link that cannot be followed: ELOOP's or ENOENT's. */
export function linkErrorText(loops: boolean): string {
  return loops ? 'Too many levels of symbolic links' : 'No such file or directory';
}

/**
 * The links in the order Jekyll's read_directories meets them: in each folder its files before
 * its subfolders, each in the folder's listing order (readdir's, as Dir.entries gives it).
 */
export function inReadOrder(source: Source, paths: readonly string[]): string[] {
  const rank = (p: string): number => source.readOrder?.(p) ?? 0;
  return [...paths].sort((a, b) => {
    const x = a.split('/');
    const y = b.split('/');
    for (let i = 0; ; i++) {
      const xFile = i === x.length - 1;
      const yFile = i === y.length - 1;
      if (x[i] === y[i] && !xFile && !yFile) continue;
      if (xFile !== yFile) return xFile ? -1 : 1;
      const at = x.slice(0, i + 1).join('/');
      const bt = y.slice(0, i + 1).join('/');
      return rank(at) - rank(bt) || (at < bt ? -1 : at > bt ? 1 : 0);
    }
  });
}
