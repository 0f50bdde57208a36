// The source watcher of `kyll serve` and `kyll build --watch`: one fs.watch
// (inotify on Linux) per folder, and for each event at most one stat of the
// entry it names. chokidar, used before, also watched every file, and on any
// event in a folder read that folder again with an lstat per entry (its
// NodeFsHandler#_handleDir → _handleRead): at 10,000 posts every save in
// `_posts` cost 10,000 lstats and a 10,000-entry readdir.
import fs from 'node:fs';
import path from 'node:path';

export interface TreeWatcher {
  /**
   * The paths changed since the last call: created, modified or deleted.
   * A file that appeared and went again in between (an editor's temporary
   * file) is left out.
   */
  take(): string[];
  close(): void;
}

/**
 * Watches `root` and every folder below it that `ignored` lets through;
 * `onEvent` is called (synchronously) after each change noted.
 */
export function watchTree(root: string, ignored: (p: string) => boolean, onEvent: () => void): TreeWatcher {
  const folders = new Map<string, fs.FSWatcher>();
  /** Real paths of watched folders (a symlink loop is watched once). */
  const reals = new Set<string>();
  /** Every file and folder that exists as far as the events tell. */
  const known = new Set<string>();
  /** Changed since the last take(), and whether each existed before that. */
  const changed = new Map<string, boolean>();
  let closed = false;

  const note = (p: string, exists: boolean): void => {
    if (!changed.has(p)) changed.set(p, known.has(p));
    if (exists) known.add(p);
    else known.delete(p);
  };

  const watchFolder = (dir: string, initial: boolean): void => {
    if (closed || folders.has(dir)) return;
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (reals.has(real)) return;
    let watcher: fs.FSWatcher;
    try {
      watcher = fs.watch(dir, { persistent: true }, (event, name) => onChange(dir, event, name));
    } catch {
      return; // gone already, or no permission: as chokidar, not watched
    }
    watcher.on('error', () => unwatch(dir));
    folders.set(dir, watcher);
    reals.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (ignored(p)) continue;
      // A folder that arrives whole (moved in, unpacked) brings its files as new.
      if (initial) known.add(p);
      else note(p, true);
      if (e.isDirectory() || (e.isSymbolicLink() && isFolder(p))) watchFolder(p, initial);
    }
  };

  const unwatch = (dir: string): void => {
    const w = folders.get(dir);
    if (!w) return;
    w.close();
    folders.delete(dir);
    try {
      reals.delete(fs.realpathSync(dir));
    } catch {
      // The folder is gone: its real path goes with the next look-up's failure.
      for (const r of reals) if (r === dir || r.startsWith(dir + path.sep)) reals.delete(r);
    }
  };

  const onChange = (dir: string, event: string, name: string | Buffer | null): void => {
    if (closed) return;
    if (name === null) return; // Linux always names the entry
    const p = path.join(dir, name.toString());
    if (p === dir || ignored(p)) return;
    // A known file written to: no need to look.
    if (event === 'change' && known.has(p) && !folders.has(p)) note(p, true);
    else {
      let stats: fs.Stats | undefined;
      try {
        stats = fs.statSync(p);
      } catch {
        // A link whose target is missing is still an entry of the site (the build reports it).
        stats = lstatOrUndefined(p);
      }
      if (!stats) {
        // Deleted or moved away: a folder takes what was below it along.
        for (const q of [...known]) if (q.startsWith(p + path.sep)) note(q, false);
        for (const d of [...folders.keys()]) if (d === p || d.startsWith(p + path.sep)) unwatch(d);
        if (known.has(p) || changed.has(p)) note(p, false);
      } else {
        note(p, true);
        if (stats.isDirectory()) watchFolder(p, false);
      }
    }
    onEvent();
  };

  watchFolder(root, true);
  return {
    take() {
      const out: string[] = [];
      for (const [p, before] of changed) if (before || known.has(p)) out.push(p);
      changed.clear();
      return out;
    },
    close() {
      closed = true;
      for (const d of [...folders.keys()]) unwatch(d);
    },
  };
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function lstatOrUndefined(p: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(p);
  } catch {
    return undefined;
  }
}
