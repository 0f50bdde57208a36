// Loading a big CommonJS file (sass.js: 4.6 MB of emscripten output, "almost
// asm", so V8 compiles it as ordinary JavaScript) with V8's code cache: the
// first load compiles it and, once the caller has run it, keeps the compiled
// code (vm.Script#createCachedData) in a per-user cache folder; later loads
// skip most of the parsing and compiling (sass.js: ~0.45 s → ~0.09 s of CPU).
// V8 checks an entry itself (its version, flags and the source) and rejects a
// stale one, which is then written anew; so the folder is safe to delete, and
// a cache that cannot be read or written only makes loading slower. The
// compiled code never changes what the file does, so a site's
// `disable_disk_cache` does not concern it; KYLL_CODE_CACHE=0 turns it off.
import fs from 'node:fs';
// The module object, not `{ createRequire }`: a consumer bundling kyll often declares
// `createRequire` in its own banner, which the import's name would clash with.
import nodeModule from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';

export interface CachedModule<T> {
  readonly exports: T;
  /** Whether V8 took the compiled code from the cache. */
  readonly fromCache: boolean;
  /** Keeps the compiled code for next time when the cache did not have it: call after the code ran once. */
  save(): void;
}

/** Where compiled code is kept: $KYLL_CODE_CACHE_DIR, else $XDG_CACHE_HOME/kyll or ~/.cache/kyll; none with KYLL_CODE_CACHE=0. */
export function codeCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.KYLL_CODE_CACHE === '0') return undefined;
  if (env.KYLL_CODE_CACHE_DIR) return env.KYLL_CODE_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base ? path.join(base, 'kyll', 'code-cache') : undefined;
}

// V8 also rejects code compiled under other V8 flags (a build sets --max-semi-space-size, a bare
// run does not): a few entries side by side, one per set of flags met, each tried in turn.
const SLOTS = 4;

/**
 * Requires the CommonJS file `file` as Node's loader would (same wrapper,
 * `require` relative to it), with its compiled code from `dir` when V8
 * accepts one of the entries for `name`. `name` should change with the file's
 * version; this Node's and V8's versions and the architecture are added to it.
 */
export function requireWithCodeCache<T>(file: string, name: string, dir: string | undefined = codeCacheDir()): CachedModule<T> {
  const source = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`;
  const entries = dir ? Array.from({ length: SLOTS }, (_, i) => path.join(dir, `${name}-node${process.versions.node}-v8-${process.versions.v8}-${process.arch}-${i}.bin`)) : [];
  let script: vm.Script | undefined;
  for (const entry of entries) {
    let cachedData: Buffer;
    try {
      cachedData = fs.readFileSync(entry);
    } catch {
      continue;
    }
    const tried = new vm.Script(source, { filename: file, cachedData });
    if (tried.cachedDataRejected === false) {
      script = tried;
      break;
    }
  }
  const fromCache = script !== undefined;
  script ??= new vm.Script(source, { filename: file });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, nodeModule.createRequire(file), module, file, path.dirname(file));
  let saved = fromCache || entries.length === 0;
  return {
    exports: module.exports,
    fromCache,
    save() {
      if (saved) return;
      saved = true;
      try {
        fs.mkdirSync(dir!, { recursive: true });
        const entry = slotToWrite(entries);
        const tmp = `${entry}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        fs.writeFileSync(tmp, script!.createCachedData());
        fs.renameSync(tmp, entry);
      } catch {
        /* not kept: the next load compiles again */
      }
    },
  };
}

/** The first free slot, else the one written longest ago. */
function slotToWrite(entries: readonly string[]): string {
  let oldest = entries[0]!;
  let oldestTime = Infinity;
  for (const entry of entries) {
    let mtime: number;
    try {
      mtime = fs.statSync(entry).mtimeMs;
    } catch {
      return entry;
    }
    if (mtime < oldestTime) [oldest, oldestTime] = [entry, mtime];
  }
  return oldest;
}
