// The folders a swap uses beside the destination, and the removal of those a
// killed build left behind: `.<name>.kyll-new-<pid>-<stamp>` (the site being
// written) and `.<name>.kyll-old-<pid>-<stamp>` (the previous site stepping aside).
import path from 'node:path';
import { type WriteFs } from './write-fs.js';

export interface StagingNames {
  readonly staging: string;
  readonly retired: string;
}

export function stagingNames(dest: string, pid = process.pid, now = Date.now()): StagingNames {
  const parent = path.dirname(dest);
  const stamp = `${pid}-${now.toString(36)}`;
  return {
    staging: path.join(parent, `.${path.basename(dest)}.kyll-new-${stamp}`),
    retired: path.join(parent, `.${path.basename(dest)}.kyll-old-${stamp}`),
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True while the process that made a staging folder still runs (another build at work). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === 'EPERM';
  }
}

/** Any destination's staging or retired folder (`.<name>.kyll-new-<pid>-<stamp>`, `.<name>.kyll-old-...`). */
export const ANY_STAGING = /^\..+\.kyll-(?:new|old)-\d+-[0-9a-z]+$/;

/** The names of `dest`'s staging folders (`dest` is its base name); group 1 is the pid. */
export function stagingPattern(destName: string): RegExp {
  return new RegExp(`^\\.${escapeRegExp(destName)}\\.kyll-(?:new|old)-(\\d+)-[0-9a-z]+$`);
}

/** Whether `inner` is `outer` or inside it (absolute paths). */
function holds(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Removes the staging folders of earlier builds of `dest` whose process is gone (with `remove`, when
 * given). Returns their paths. A folder that is or holds `source` (a site folder that happens to be
 * named `.<dest>.kyll-new-<pid>-<stamp>`) is never one of them: nothing but the destination is removed.
 */
export function removeStaleStaging(wfs: WriteFs, dest: string, remove?: (dir: string) => void, source?: string): string[] {
  const parent = path.dirname(dest);
  const pattern = stagingPattern(path.basename(dest));
  let names: string[];
  try {
    names = wfs.readdirSync(parent);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m || running(Number(m[1]))) continue;
    if (source !== undefined && holds(path.join(parent, name), path.resolve(source))) continue;
    try {
      if (remove) remove(path.join(parent, name));
      else wfs.rmSync(path.join(parent, name), { recursive: true, force: true });
      removed.push(path.join(parent, name));
    } catch {
      // Left for a later build; it never stands in the destination's way.
    }
  }
  return removed;
}
