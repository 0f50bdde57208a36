// The source watcher of `--force_polling` (and `force_polling: true`): where file
// events never arrive (a folder shared into a container or a VM, a network mount),
// Jekyll's watcher (Listen with force_polling) looks at the whole tree again every
// second. So does this one: each look lists every folder and stats every entry, and
// what differs from the last look (new, gone, or another size, time or inode) is
// a change. Same contract as watchTree.
import fs from 'node:fs';
import path from 'node:path';
import type { TreeWatcher } from './tree-watch.js';

/** Listen's polling latency: one look a second. */
export const POLL_MS = 1000;

/** What a look saw of one entry: a folder, or a file's size, time and inode. */
type Seen = string;

/**
 * Polls `root` and every folder below it that `ignored` lets through, every
 * `intervalMs`; `onEvent` is called after a look that found changes.
 */
export function pollTree(root: string, ignored: (p: string) => boolean, onEvent: () => void, intervalMs = POLL_MS): TreeWatcher {
  let seen = look(root, ignored);
  /** Changed since the last take(), and whether each existed before that. */
  const changed = new Map<string, boolean>();
  let closed = false;
  const timer = setInterval(() => {
    if (closed) return;
    const now = look(root, ignored);
    let any = false;
    for (const [p, s] of now) {
      if (seen.get(p) === s) continue;
      if (!changed.has(p)) changed.set(p, seen.has(p));
      any = true;
    }
    for (const p of seen.keys()) {
      if (now.has(p)) continue;
      if (!changed.has(p)) changed.set(p, true);
      any = true;
    }
    seen = now;
    if (any) onEvent();
  }, intervalMs);
  // Left referenced, as watchTree's fs.watch({ persistent: true }): the watcher keeps the process alive until closed.
  return {
    take() {
      const out: string[] = [];
      // A file that came and went between two takes is left out, as watchTree does.
      for (const [p, before] of changed) if (before || seen.has(p)) out.push(p);
      changed.clear();
      return out;
    },
    close() {
      closed = true;
      clearInterval(timer);
    },
  };
}

/** Every entry below `root` (folders through symlinks once each, by real path). */
function look(root: string, ignored: (p: string) => boolean): Map<string, Seen> {
  const out = new Map<string, Seen>();
  const reals = new Set<string>();
  const walk = (dir: string): void => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (reals.has(real)) return;
      reals.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // gone since its parent was listed, or not readable: as watchTree, not watched
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (ignored(p)) continue;
      // stat follows a link; a dangling one is still an entry of the site (the build reports it).
      const st = statOf(p);
      if (!st) continue;
      if (st.isDirectory()) {
        out.set(p, 'dir');
        walk(p);
      } else out.set(p, `${st.size}:${st.mtimeMs}:${st.ino}`);
    }
  };
  walk(root);
  return out;
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p, { throwIfNoEntry: false }) ?? fs.lstatSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined; // no permission, or gone in between
  }
}
