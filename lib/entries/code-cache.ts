// Where the V8 code cache of the engine (engine-loader.ts) is kept: in the
// package's folder, under node_modules/.cache/kyll (never published, gone with
// a fresh install) when that is writable, else in a folder of this user's own
// under the OS temp folder. A file's name is a hash
// of everything the data depends on besides the engine's text: kyll's and
// Node's versions, V8's, the platform and the engine file's own hash; V8 checks
// its own version, flags and the source's length again and rejects data that
// does not fit (then the engine loads without it, and the data is made again).
// The data is compiled code: it is read only from a folder that nobody else
// can write. KYLL_CODE_CACHE=0 turns the cache off; KYLL_CODE_CACHE_DIR names
// the folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VERSION } from '../cli/version.js';

// node:v8 on first use (a cache written at exit): loading it costs ~30M instructions (callgrind), 1% of a
// 300-post build's main thread, and a build that finds its code cache never calls it.
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The cache's file name for an engine whose text hashes to `engineHash`, compiled from `file`;
 * `tierUp`: under kyll's raised interrupt budget (tier-up.ts). The engine's own hash, then a short
 * hash of the runtime (kyll's, Node's and V8's versions, platform, architecture) and of the file's
 * path: V8 keeps in the data the name of the script that made it, so data made from another copy
 * of the same engine (another install sharing the temp folder, another checkout sharing
 * node_modules) would have this one's stack traces name that copy's file. FNV-1a, not node:crypto,
 * whose loading (~30 internal modules) cost ~24M instructions at every start (callgrind), and a
 * build without a warm record (no SOURCE_DATE_EPOCH) needs it nowhere else. The name only keeps
 * the data of different engines and runtimes apart; V8 checks the data itself (version, flags,
 * source) and rejects what does not fit.
 */
export function codeCacheName(engineHash: string, file: string, tierUp = false): string {
  const runtime = fnv1a64([VERSION, process.version, process.versions.v8, process.platform, process.arch, file].join('\0'));
  return `engine-${engineHash.slice(0, 24)}-${runtime}${tierUp ? '-tier-up' : ''}.v8cache`;
}

/** FNV-1a (64 bits) of the UTF-16 code units of `text`, as 16 hex digits. */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) h = BigInt.asUintN(64, (h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/** The folders to look in, in order (none when the cache is off). */
export function codeCacheDirs(engineFile: string, env: Env = process.env): string[] {
  if (env.KYLL_CODE_CACHE === '0') return [];
  if (env.KYLL_CODE_CACHE_DIR) return [path.resolve(env.KYLL_CODE_CACHE_DIR)];
  const uid = typeof process.getuid === 'function' ? process.getuid() : os.userInfo().username;
  // engineFile is <package>/dist/bundle/engine.cjs.
  const pkg = path.resolve(path.dirname(engineFile), '..', '..');
  return [path.join(pkg, 'node_modules', '.cache', 'kyll'), path.join(os.tmpdir(), `kyll-code-cache-${uid}`)];
}

/** The cached data for `name` from the first folder that has it, else undefined. */
export function readCodeCache(dirs: readonly string[], name: string): { data: Buffer; dir: string } | undefined {
  for (const dir of dirs) {
    if (!ownedByUs(dir)) continue;
    try {
      return { data: fs.readFileSync(path.join(dir, name)), dir };
    } catch {
      /* not there: the next folder */
    }
  }
  return undefined;
}

/** Writes `data` (atomically) into the first folder that takes it; the folder written, or undefined. */
export function writeCodeCache(dirs: readonly string[], name: string, data: Buffer): string | undefined {
  for (const dir of dirs) {
    try {
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ownedByUs(dir)) continue;
      const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
      fs.writeFileSync(tmp, data, { mode: 0o600 });
      fs.renameSync(tmp, path.join(dir, name));
      removeSuperseded(dir, name);
      return dir;
    } catch {
      /* not writable: the next folder */
    }
  }
  return undefined;
}

/** The sites (engine-script.ts#siteKey) whose builds made the data `name` in `dir`: `<name>.sites`, a key a line. */
export function cacheSitesKnown(dir: string, name: string): Set<string> {
  try {
    return new Set(fs.readFileSync(path.join(dir, `${name}.sites`), 'latin1').split('\n').filter((k) => /^[0-9a-f]{16}$/.test(k)));
  } catch {
    return new Set();
  }
}

/** Writes (atomically) the sites whose builds made the data `name` in `dir`. */
export function recordCacheSites(dir: string, name: string, sites: ReadonlySet<string>): void {
  const file = path.join(dir, `${name}.sites`);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, [...sites].map((k) => `${k}\n`).join(''), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

// codeCacheName's names: the kind (the Markdown thread's engine or the main one), the runtime's hash, the interrupt budget.
const CACHE_NAME = /^engine-(markdown-)?[0-9a-f]*-([0-9a-f]{16})(-tier-up)?\.v8cache$/;

/**
 * Removes the data this one replaces: made for the same kind of engine file at the same path,
 * under the same runtime, from an older text of it (another engine hash). Such data can never be
 * used again (the file at that path now hashes to this name), and without this a folder shared
 * by every build of a checkout (node_modules/.cache, the temp folder) would keep a few MB of it
 * for every engine ever built there.
 */
export function removeSuperseded(dir: string, name: string): void {
  const own = CACHE_NAME.exec(name);
  if (!own) return;
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const other = CACHE_NAME.exec(entry);
    if (!other || entry === name || other[1] !== own[1] || other[2] !== own[2] || other[3] !== own[3]) continue;
    for (const file of [entry, `${entry}.sites`]) {
      try {
        fs.unlinkSync(path.join(dir, file));
      } catch {
        /* gone already, or not ours to remove */
      }
    }
  }
}

// A folder that another user could write into could hand us compiled code: such a folder is skipped.
function ownedByUs(dir: string): boolean {
  try {
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== 'function') return true;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * Makes the data under the V8 flags the process started with. V8 keeps a hash
 * of the flags that differ from their defaults in the data and rejects it when
 * they differ at load time. kyll sets one flag for good, before the engine is
 * compiled (a larger interrupt budget for a small site, tier-up.ts: its cache has
 * a slot of its own; threads get their young generation by resourceLimits,
 * render/parallel.ts; the WebAssembly tier flags are set back after each libsass
 * call), but code run in the process may
 * (an older kyll set `--max-semi-space-size`): it is set back to V8's default
 * here, unless node was started with it. Only at exit, when the young
 * generation's size no longer matters.
 */
export function cacheDataAsStarted(make: () => Buffer, execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): Buffer {
  const userSet = [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--(?:max|min)[-_]semi[-_]space[-_]size/.test(a));
  if (!userSet) v8().setFlagsFromString('--max-semi-space-size=0');
  return make();
}
