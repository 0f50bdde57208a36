// Removing the previous site after the swap costs about as much as writing
// the new one (one unlink per file, one rmdir per folder: 1,000 posts, 60-80%
// of the write stage on this machine). Once the new site is in place nothing
// needs that folder any more, so a detached process removes it while the
// build goes on and after it has ended: neither the build result nor the exit
// of `kyll build` waits for it. Should the removal be cut short (the machine
// stops), the folder keeps its `.kyll-old-<pid>-` name and the next build of
// that destination removes it (staging.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

/** Removes `dir` (a retired site or a stale staging folder) in a detached process; in this process if none can start. */
export function removeLater(dir: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? [process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir]]
      : ['rm', ['-rf', '--', dir]];
  const inThisProcess = (): void => void fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.once('error', inThisProcess);
    child.unref();
  } catch {
    inThisProcess();
  }
}
