// A link to a folder that holds it (`sub/up -> ..`, `sub/out -> ../..`). Jekyll's
// Reader#read_directories follows it (EntryFilter#symlink? drops a link only in safe mode, and
// only one whose real path is outside the source), again and again, until the path holds more
// links than the system follows (Linux: 40): File.directory? is then false, Utils.has_yaml_header?
// opens it, and Ruby raises Errno::ELOOP. Checked with jekyll 4.3.1, safe and not:
// "Too many levels of symbolic links @ rb_sysopen - /site/sub/up/sub/up/.../sub/up" (41 links).
// kyll's walk lists such a link once and never follows it (fs-source.ts); the reader stops with
// Jekyll's error where Jekyll's walk would meet the link (site/inventory.ts).
import { KyllError } from '../errors/kyll-error.js';
import type { Source } from './source.js';

/** The links Linux follows in one path before it gives up (MAXSYMLINKS). */
const MAX_LINKS = 40;

export function linkLoopError(source: Source, loop: { readonly path: string; readonly cycle: string }): KyllError {
  const file = source.absolute ? source.absolute(loop.path) : loop.path;
  return new KyllError('FILE_NOT_FOUND', `Too many levels of symbolic links @ rb_sysopen - ${file}${`/${loop.cycle}`.repeat(MAX_LINKS)} (Errno::ELOOP)`, { file: loop.path }, {
    hint: 'the folder is a symbolic link to a folder that holds it, which Jekyll follows without end: remove the link, or add it to `exclude:` in _config.yml',
  });
}
