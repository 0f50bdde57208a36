// An entry whose name on disk is not UTF-8 (a file named in GBK or Shift_JIS, unpacked from a
// Windows archive). Ruby reads the name as a UTF-8 string with bad bytes, and Jekyll's EntryFilter
// (entry_filter.rb#filter) stops the build with ArgumentError "invalid byte sequence in UTF-8" at the
// first regexp it matches on it (#special?), which every name in a folder the reader enters meets
// unless it ends with `.` or is excluded (and not included); an included one fails further on. Node reads such a name with
// U+FFFD for the bad bytes, a name that opens nothing: kyll stops on the same entries, naming them.
import { KyllError } from '../errors/index.js';
import type { Source } from '../source/source.js';
import { entered, type FolderRules } from './unreadable-folders.js';

interface NameRules extends FolderRules {
  filter: FolderRules['filter'] & { isExcluded(relativePath: string): boolean; included(relativePath: string): boolean };
}

export function checkUndecodableNames(source: Source, rules: NameRules): void {
  for (const rel of source.undecodable?.() ?? []) {
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    const name = rel.slice(slash + 1);
    if (!entered(dir, rules) || name.endsWith('.')) continue;
    // An included entry skips #special? but is read all the same, and fails further on.
    if (rules.filter.isExcluded(rel) && !rules.filter.included(rel)) continue;
    throw new KyllError('INVALID_ENCODING', `invalid byte sequence in UTF-8 (ArgumentError): the name of ${rel} is not UTF-8 (its bad bytes are shown as U+FFFD)`, { file: rel }, {
      hint: 'Jekyll reads file and folder names as UTF-8; rename the entry (it was likely named in another encoding, such as GBK or Shift_JIS), or add it to `exclude`',
    });
  }
}
