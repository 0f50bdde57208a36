// The few WASI (preview 1) calls libsass compiled to wasm32-wasi makes, over
// files held in memory: libsass finds and reads the partials itself (stat,
// fopen, fread in its file.cpp), so its own rules for `@import` names apply;
// the files are only ever read. One preopened folder, `/` (fd 3), which
// wasi-libc resolves absolute paths against. Anything written to stderr
// (`@warn`, `@debug`, deprecation warnings) goes to `stderr`, line by line.
// Written out rather than `node:wasi`, which prints an experimental warning
// and would need the files on disk.
// libsass joins `..` to a folder textually and stops at `/`: for a `../` that climbs out of
// the site folder (`_sass`'s `../../shared/x`, as sassc finds it on disk), the files can be served
// `PAD_DEPTH` folders down (`/.kyll-up/.kyll-up/.../`, libsass-wasm.ts): a path with fewer of those
// folders is that many levels above the site, and is read through `outside`.

const ERRNO = { success: 0, badf: 8, inval: 28, isdir: 31, noent: 44, nosys: 52, notdir: 54, rofs: 69 } as const;
const FILETYPE = { character: 2, directory: 3, regular: 4 } as const;
const ROOT_FD = 3;
// path_open's oflags: creat, directory, excl, trunc.
const O_CREAT = 1;
const O_DIRECTORY = 2;
const O_TRUNC = 8;

/** Thrown by proc_exit: the instance cannot go on. */
export class WasiExit extends Error {
  constructor(readonly code: number) {
    super(`libsass exited with code ${code}`);
  }
}

interface OpenFile {
  readonly path: string;
  readonly data?: Uint8Array;
  position: number;
}

/** A WebAssembly.Memory (TypeScript's libs without "dom" do not declare WebAssembly). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

export interface MemoryFs {
  readonly imports: Readonly<Record<string, (...args: never[]) => number>>;
  /** The instance's memory, once it exists. */
  bind(memory: WasmMemory): void;
  /**
   * Replaces every file: paths relative to `/`, without a leading slash. With `outside`, the
   * same files are also served below PAD_DEPTH `.kyll-up` folders, and a path with fewer of
   * them is read through `outside` (as `../x`, above the site folder).
   */
  setFiles(files: Iterable<readonly [string, string]>, outside?: OutsideReader): void;
}

/** A file above the site folder (`../shared/_x.scss`): its bytes, undefined when there is none. */
export type OutsideReader = (path: string) => Uint8Array | undefined;

/** The folder the padded site is served under, and how many of it. */
export const PAD_FOLDER = '.kyll-up';
export const PAD_DEPTH = 16;

export function createMemoryFs(stderr: (line: string) => void): MemoryFs {
  let memory: WasmMemory | undefined;
  let files = new Map<string, Uint8Array>();
  let dirs = new Set<string>(['']);
  let outside: OutsideReader | undefined;
  const open = new Map<number, OpenFile>();
  let nextFd = ROOT_FD + 1;
  let errorLine = '';
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const view = (): DataView => new DataView(memory!.buffer);
  const bytes = (): Uint8Array => new Uint8Array(memory!.buffer);
  const text = (ptr: number, len: number): string => decoder.decode(bytes().subarray(ptr, ptr + len));

  // The folder a path is relative to, joined with it; `.` and `..` resolved.
  const resolve = (fd: number, relative: string): string | undefined => {
    const base = fd === ROOT_FD ? '' : open.get(fd)?.path;
    if (base === undefined) return undefined;
    const parts: string[] = base ? base.split('/') : [];
    for (const part of relative.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') parts.pop();
      else parts.push(part);
    }
    return outside ? unpadded(parts) : parts.join('/');
  };

  // A path below the pad folders is the site's (the unpadded root too: libsass's own `/`, the
  // working directory, is the site folder as sassc runs in it); one below some of them is above it.
  const unpadded = (parts: string[]): string => {
    let n = 0;
    while (n < parts.length && n < PAD_DEPTH && parts[n] === PAD_FOLDER) n++;
    const rest = parts.slice(n).join('/');
    if (n === 0 || n === PAD_DEPTH) return rest;
    const above = '../'.repeat(PAD_DEPTH - n) + rest;
    if (!files.has(above)) {
      const found = outside!(above);
      if (found) files.set(above, found);
    }
    return above;
  };

  const writeFilestat = (ptr: number, type: number, size: number): void => {
    const v = view();
    bytes().fill(0, ptr, ptr + 64);
    v.setUint8(ptr + 16, type);
    v.setBigUint64(ptr + 24, 1n, true);
    v.setBigUint64(ptr + 32, BigInt(size), true);
  };

  const statPath = (path: string, ptr: number): number => {
    const data = files.get(path);
    if (data) writeFilestat(ptr, FILETYPE.regular, data.length);
    else if (dirs.has(path)) writeFilestat(ptr, FILETYPE.directory, 0);
    else return ERRNO.noent;
    return ERRNO.success;
  };

  const imports = {
    fd_write(fd: number, iovs: number, iovsLen: number, written: number): number {
      const v = view();
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = v.getUint32(iovs + i * 8, true);
        const len = v.getUint32(iovs + i * 8 + 4, true);
        if (fd === 2) errorLine += text(ptr, len);
        total += len;
      }
      if (fd === 2) {
        const lines = errorLine.split('\n');
        errorLine = lines.pop()!;
        for (const line of lines) stderr(line);
      }
      v.setUint32(written, total, true);
      return fd === 1 || fd === 2 ? ERRNO.success : ERRNO.badf;
    },
    fd_read(fd: number, iovs: number, iovsLen: number, read: number): number {
      const file = open.get(fd);
      if (!file) return ERRNO.badf;
      if (!file.data) return ERRNO.isdir;
      const v = view();
      let total = 0;
      for (let i = 0; i < iovsLen; i++) {
        const ptr = v.getUint32(iovs + i * 8, true);
        const len = v.getUint32(iovs + i * 8 + 4, true);
        const chunk = file.data.subarray(file.position, file.position + len);
        bytes().set(chunk, ptr);
        file.position += chunk.length;
        total += chunk.length;
        if (chunk.length < len) break;
      }
      v.setUint32(read, total, true);
      return ERRNO.success;
    },
    fd_seek(fd: number, offset: bigint, whence: number, result: number): number {
      const file = open.get(fd);
      if (!file?.data) return ERRNO.badf;
      const from = whence === 0 ? 0 : whence === 1 ? file.position : file.data.length;
      const position = from + Number(offset);
      if (position < 0) return ERRNO.inval;
      file.position = position;
      view().setBigUint64(result, BigInt(position), true);
      return ERRNO.success;
    },
    fd_close(fd: number): number {
      return open.delete(fd) ? ERRNO.success : ERRNO.badf;
    },
    fd_fdstat_get(fd: number, ptr: number): number {
      const file = open.get(fd);
      const type = fd <= 2 ? FILETYPE.character : fd === ROOT_FD || (file && !file.data) ? FILETYPE.directory : file ? FILETYPE.regular : undefined;
      if (type === undefined) return ERRNO.badf;
      const v = view();
      bytes().fill(0, ptr, ptr + 24);
      v.setUint8(ptr, type);
      v.setBigUint64(ptr + 8, 0xffffffffn, true);
      v.setBigUint64(ptr + 16, 0xffffffffn, true);
      return ERRNO.success;
    },
    fd_fdstat_set_flags(): number {
      return ERRNO.nosys;
    },
    // Listing a folder (libsass's plugin loader, never given a folder here).
    fd_readdir(): number {
      return ERRNO.nosys;
    },
    fd_filestat_get(fd: number, ptr: number): number {
      if (fd === ROOT_FD) return statPath('', ptr);
      const file = open.get(fd);
      return file ? statPath(file.path, ptr) : ERRNO.badf;
    },
    fd_prestat_get(fd: number, ptr: number): number {
      if (fd !== ROOT_FD) return ERRNO.badf;
      view().setUint32(ptr, 0, true);
      view().setUint32(ptr + 4, 1, true);
      return ERRNO.success;
    },
    fd_prestat_dir_name(fd: number, ptr: number, len: number): number {
      if (fd !== ROOT_FD) return ERRNO.badf;
      bytes().set(encoder.encode('/').subarray(0, len), ptr);
      return ERRNO.success;
    },
    path_filestat_get(fd: number, _flags: number, pathPtr: number, pathLen: number, ptr: number): number {
      const path = resolve(fd, text(pathPtr, pathLen));
      return path === undefined ? ERRNO.badf : statPath(path, ptr);
    },
    path_open(fd: number, _dirflags: number, pathPtr: number, pathLen: number, oflags: number, _rights: bigint, _inheriting: bigint, _fdflags: number, result: number): number {
      const path = resolve(fd, text(pathPtr, pathLen));
      if (path === undefined) return ERRNO.badf;
      if (oflags & (O_CREAT | O_TRUNC)) return ERRNO.rofs;
      const data = files.get(path);
      if (!data && !dirs.has(path)) return ERRNO.noent;
      if (data && oflags & O_DIRECTORY) return ERRNO.notdir;
      const id = nextFd++;
      open.set(id, { path, data, position: 0 });
      view().setUint32(result, id, true);
      return ERRNO.success;
    },
    environ_sizes_get(count: number, size: number): number {
      view().setUint32(count, 0, true);
      view().setUint32(size, 0, true);
      return ERRNO.success;
    },
    environ_get(): number {
      return ERRNO.success;
    },
    clock_time_get(_id: number, _precision: bigint, result: number): number {
      view().setBigUint64(result, BigInt(Date.now()) * 1_000_000n, true);
      return ERRNO.success;
    },
    random_get(ptr: number, len: number): number {
      crypto.getRandomValues(bytes().subarray(ptr, ptr + len));
      return ERRNO.success;
    },
    proc_exit(code: number): never {
      throw new WasiExit(code);
    },
  };

  return {
    imports: imports as MemoryFs['imports'],
    bind(m) {
      memory = m;
    },
    setFiles(entries, reader) {
      files = new Map();
      dirs = new Set(['']);
      outside = reader;
      open.clear();
      for (const [name, content] of entries) {
        files.set(name, encoder.encode(content));
        for (let i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) dirs.add(name.slice(0, i));
      }
    },
  };
}
