// A folder kyll may not list (no read or search permission). Jekyll's reader Dir.chdir's into
// every folder it walks (reader.rb#read_directories, post_reader.rb, collection.rb, layout_reader.rb)
// and stops with Errno::EACCES there; a folder its EntryFilter drops (excluded, `.`/`_` names)
// is never entered. kyll stops on the same folders, naming them, rather than build without their files.
import { folderDenied } from '../source/permission-denied.js';
import type { Source } from '../source/source.js';

interface Filter {
  accepts(dir: string, name: string): boolean;
}

export interface FolderRules {
  filter: Filter;
  layoutsDir: string;
  showDrafts: boolean;
  /** The collection of a path inside a collection folder, with that folder. */
  collectionOf(file: string): { dir: string } | undefined;
}

/** Whether Jekyll's reader would enter `dir` (relative to the source; '' for the source itself). */
export function entered(dir: string, rules: FolderRules): boolean {
  if (dir === '') return true;
  if (dir === rules.layoutsDir || dir.startsWith(`${rules.layoutsDir}/`)) return true;
  const collection = rules.collectionOf(`${dir}/-`);
  if (collection) return dir === collection.dir || rules.filter.accepts(collection.dir, dir.slice(collection.dir.length + 1));
  let at = '';
  for (const seg of dir.split('/')) {
    if (seg === '_posts' || (seg === '_drafts' && rules.showDrafts)) return true;
    if (!rules.filter.accepts(at, seg)) return false;
    at = at ? `${at}/${seg}` : seg;
  }
  return true;
}

export function checkUnreadableFolders(source: Source, rules: FolderRules): void {
  for (const dir of source.unreadable?.() ?? []) {
    if (!entered(dir, rules)) continue;
    throw folderDenied(source, dir);
  }
}
