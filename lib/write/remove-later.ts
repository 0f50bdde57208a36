// Removing the previous site after the swap costs about as much as writing
// the new one, and nothing waits for it: it runs on libuv's pool while the
// build hands back its result (and the CLI prints it), and keeps the process
// alive until it is done, so that a build that ends normally leaves nothing
// behind. Should it be cut short (process.exit, a kill), the folder keeps its
// `.kyll-old-<pid>-` name and the next build of that destination removes it
// (staging.ts).
//
// Why not `rm -rf` in a detached process, as before: rm walks with ~11
// syscalls per entry (openat, fcntl ×3, newfstatat, getdents64 ×2, close...:
// 28,713 for the 1,000-post site's 2,630 entries, against ~1.4 here: one
// readdir per folder, one unlink or rmdir per entry), and one entry at a time,
// each unlink or rmdir waiting for the disk to discard the freed blocks (this
// machine's ext4 is mounted with `discard`): 4.1 s for that site, 1.0-1.1 s
// with 4 in flight. And it outlived the build, competing with the next one.
import fs from 'node:fs';
import path from 'node:path';

/** Requests in flight at once (libuv's pool has 4 threads by default). */
const IN_FLIGHT = 8;

/** Removes `dir` (a retired site or a stale staging folder) without blocking; the promise never rejects. */
export function removeLater(dir: string): Promise<void> {
  return removeTree(dir).catch(() => fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined));
}

/** Runs at most `size` of the given calls at once. */
function limiter(size: number): <T>(call: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (call) => {
    if (active >= size) await new Promise<void>((go) => waiting.push(go));
    active++;
    try {
      return await call();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** rm -rf: files unlinked as their folder is read, then the folders, deepest first. */
async function removeTree(root: string): Promise<void> {
  const limit = limiter(IN_FLIGHT);
  if (!(await fs.promises.lstat(root)).isDirectory()) return fs.promises.unlink(root);
  const levels: string[][] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    (levels[depth] ??= []).push(dir);
    const entries = await limit(() => fs.promises.readdir(dir, { withFileTypes: true }));
    await Promise.all(
      entries.map((e) => {
        const p = path.join(dir, e.name);
        // A link to a folder is a link: unlinked, never followed.
        return e.isDirectory() ? visit(p, depth + 1) : limit(() => fs.promises.unlink(p));
      }),
    );
  };
  await visit(root, 0);
  for (let depth = levels.length - 1; depth >= 0; depth--) await Promise.all(levels[depth]!.map((d) => limit(() => fs.promises.rmdir(d))));
}
