import fs from 'node:fs';
import path from 'node:path';
import type { Source } from './source.js';

// A relative path of plain segments (no `.`, `..` or empty segment, no backslash), joined without path.join's normalizing where `/` is the separator.
const PLAIN = path.sep === '/' ? /^(?:(?!\.\.?(?:\/|$))[^/\\]+\/)*(?!\.\.?$)[^/\\]+$/ : /(?!)/;

/** `name` (a relative path of plain segments) inside the absolute, normalized folder `dir`: path.join's result. */
function inside(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? `${dir}${name}` : `${dir}${path.sep}${name}`;
}

/**
 * A Source over a folder on disk: the only place the build reads files.
 * The tree is listed once; `skip` prunes folders (the destination, node_modules...)
 * by their path relative to the root.
 */
export function fsSource(root: string, skip: (relativeDir: string) => boolean = () => false): Source {
  const absRoot = path.resolve(root);
  let listing: string[] | undefined;
  let listed: Set<string> | undefined;
  // Every symbolic link met while listing: relative path → real path.
  const links = new Map<string, string>();
  // Links whose target is missing (a submodule not checked out): not listed, kept for the reader.
  const dangling: string[] = [];
  // Folders that could not be listed (no permission): the reader fails on those Jekyll would enter.
  const unreadable: string[] = [];
  // Entries whose names are not UTF-8: the reader fails on those Jekyll's EntryFilter tests.
  const undecodable: string[] = [];
  // Links to a folder that holds them: listed once, not followed (link-loops.ts).
  const loops: Array<{ path: string; cycle: string; outside: boolean }> = [];
  // Folders the walk found no file in (nor below): `out` did not grow while it listed them.
  const empty: string[] = [];
  const linkTexts = new Map<string, string>();
  // Each entry's position in its folder as readdir gives it (fs.readdirSync sorts by name).
  const order = new Map<string, number>();
  // Each folder's entries in that order, with whether each is a folder (source.ts#entries).
  const folderEntries = new Map<string, Array<{ name: string; folder: boolean }>>();
  const walk = (rel: string, out: string[], realDir = absRoot): void => {
    const entries: fs.Dirent[] = [];
    try {
      const dir = fs.opendirSync(rel ? inside(absRoot, rel) : absRoot);
      try {
        for (let e = dir.readSync(); e !== null; e = dir.readSync()) entries.push(e);
      } finally {
        dir.closeSync();
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (rel && (code === 'EACCES' || code === 'EPERM')) unreadable.push(rel);
      return;
    }
    const before = out.length;
    // (one array per folder, looked up once: this walk runs over every file of the site)
    const listed: Array<{ name: string; folder: boolean }> = [];
    folderEntries.set(rel, listed);
    const badNames = entries.some((e) => e.name.includes('\uFFFD')) ? namesNotUtf8(rel ? inside(absRoot, rel) : absRoot) : undefined;
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (badNames?.has(e.name)) {
        undecodable.push(child);
        continue;
      }
      order.set(child, order.size);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let real: string | undefined;
      if (e.isSymbolicLink()) {
        try {
          real = fs.realpathSync(path.join(absRoot, child));
          const st = fs.statSync(real);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          dangling.push(child);
          continue;
        }
        links.set(child, real);
        linkTexts.set(child, fs.readlinkSync(path.join(absRoot, child)));
        // A link to a folder that holds it would be listed forever.
        if (isDir && (realDir === real || realDir.startsWith(`${real}/`))) {
          loops.push({ path: child, cycle: path.relative(real, inside(realDir, e.name)), outside: !real.startsWith(absRoot) });
          continue;
        }
      }
      listed.push({ name: e.name, folder: isDir });
      if (isDir) {
        if (!skip(child)) walk(child, out, real ?? inside(realDir, e.name));
      } else if (isFile) out.push(child);
    }
    if (rel && out.length === before) empty.push(rel);
  };
  let scratch = Buffer.allocUnsafe(64 * 1024);
  // The open file's bytes in `scratch` (grown as needed): read until a read comes back short (the end of a regular file) or empty.
  const readAll = (fd: number): Uint8Array => {
    let n = 0;
    for (;;) {
      if (n === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
      const got = fs.readSync(fd, scratch, n, scratch.length - n, null);
      n += got;
      if (got === 0 || n < scratch.length) return scratch.subarray(0, n);
    }
  };
  const abs = (p: string): string => (PLAIN.test(p) ? inside(absRoot, p) : path.join(absRoot, p));
  // A file under a pruned folder is not in the listing but may still be asked for.
  const skippedExists = (p: string): boolean => {
    const dir = p.slice(0, Math.max(0, p.lastIndexOf('/')));
    return dir !== '' && skip(dir.split('/')[0]!) && fs.existsSync(abs(p));
  };
  const list = (): string[] => {
    if (!listing) {
      listing = [];
      walk('', listing);
      listing.sort();
      empty.sort();
    }
    return listing;
  };
  return {
    root: absRoot,
    list,
    // The tree is listed once; lookups (includes, partials) then never touch the disk.
    dangling: () => {
      list();
      return dangling;
    },
    unreadable: () => {
      list();
      return unreadable;
    },
    linkLoops: () => {
      list();
      return loops;
    },
    undecodable: () => {
      list();
      return undecodable;
    },
    emptyFolders: () => {
      list();
      return empty;
    },
    exists: (p) => {
      listed ??= new Set(list());
      return listed.has(p) || (p.includes('..') ? false : skippedExists(p));
    },
    readOrder: (p) => {
      list();
      return order.get(p);
    },
    entries: (folder) => {
      list();
      return folderEntries.get(folder) ?? (order.has(folder) || folder === '' ? [] : undefined);
    },
    readText: (p) => fs.readFileSync(abs(p), 'utf8'),
    readBytes: (p) => fs.readFileSync(abs(p)),
    readTransient: (p) => {
      const fd = fs.openSync(abs(p), 'r');
      try {
        return readAll(fd);
      } finally {
        fs.closeSync(fd);
      }
    },
    readTransientWithStat: (p) => {
      const fd = fs.openSync(abs(p), 'r');
      try {
        const stat = fs.fstatSync(fd, { bigint: true });
        return { bytes: readAll(fd), stat };
      } finally {
        fs.closeSync(fd);
      }
    },
    readHead: (p, length) => {
      const fd = fs.openSync(abs(p), 'r');
      try {
        const buf = Buffer.alloc(length);
        return buf.subarray(0, fs.readSync(fd, buf, 0, length, 0));
      } finally {
        fs.closeSync(fd);
      }
    },
    mtime: (p) => {
      try {
        return fs.statSync(abs(p)).mtimeMs;
      } catch {
        return undefined;
      }
    },
    absolute: abs,
    copyPath: abs,
    linkTarget: (p) => links.get(p),
    readLink: (p) => linkTexts.get(p),
    realPath: (p) => {
      try {
        return fs.realpathSync(abs(p));
      } catch {
        return undefined;
      }
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The names (as readdir decodes them, bad bytes as U+FFFD) of the entries of `dir` whose bytes are not UTF-8. */
function namesNotUtf8(dir: string): Set<string> {
  const bad = new Set<string>();
  try {
    for (const raw of fs.readdirSync(dir, { encoding: 'buffer' })) {
      try {
        strictUtf8.decode(raw);
      } catch {
        bad.add(raw.toString('utf8'));
      }
    }
  } catch {
    // listed a moment ago: nothing to add if it went since
  }
  return bad;
}
