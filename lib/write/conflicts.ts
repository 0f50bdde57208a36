import type { Diagnostic, OutputFile } from '../types.js';

/** Jekyll's doctor: two outputs at one path is a warning; the later one wins on disk. */
export function findUrlConflicts(files: readonly OutputFile[], sources: ReadonlyMap<OutputFile, string>): Diagnostic[] {
  const seen = new Map<string, OutputFile[]>();
  for (const f of files) {
    const list = seen.get(f.path);
    if (list) list.push(f);
    else seen.set(f.path, [f]);
  }
  const out: Diagnostic[] = [];
  for (const [p, list] of seen) {
    if (list.length < 2) continue;
    const from = list.map((f) => sources.get(f) ?? f.url).join(', ');
    out.push({
      level: 'warning',
      code: 'URL_CONFLICT',
      message: `Conflict: The following destination is shared by multiple files. The written file may end up with unexpected contents. ${p}: ${from}`,
    });
  }
  return out;
}
