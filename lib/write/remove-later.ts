// Removing the previous site after the swap costs about as much as writing
// the new one, and nothing needs that folder any more: a detached process
// removes it while the build hands back its result and after the process has
// exited, so neither the build nor the exit of `kyll build` waits for it (a
// rebuild over an existing site would otherwise end with a 1-1.7 s wait on this
// machine). The promise settles when the removal is done, if this process is
// still alive then (tests, long-lived builds). Should it be cut short, the
// folder keeps its `.kyll-old-<pid>-` name and the next build of that
// destination removes it (staging.ts).
//
// It is `rm -rf` in 4 processes (xargs -P), each given a share of the entries
// two levels down: on an ext4 mounted with `discard` each unlink or rmdir that
// frees blocks waits for the disk, so one rm at a time is slow (the 1,000-post
// site's previous copy was gone 4.6-11.7 s after the swap with one rm, 1.0-1.7 s
// with four; measured on a loaded machine). rm's C loop also costs less CPU
// than a cold JavaScript walk (0.17-0.25 s against 0.39-0.56 s).
import fs from 'node:fs';

/** rm processes at once, and paths given to each. */
const PROCESSES = 4;
const PATHS_PER_RM = 64;

/** Removes `dir` (a retired site or a stale staging folder) in detached processes; the promise never rejects. */
export function removeLater(dir: string): Promise<void> {
  const rmAll = (): Promise<void> => fs.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
  if (process.platform === 'win32') return detached(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir]).then(() => (fs.existsSync(dir) ? rmAll() : undefined));
  // find lists the entries two levels down (links are listed, never followed);
  // xargs shares them out; the last rm takes what is left above them.
  const script = `find "$1" -mindepth 2 -maxdepth 2 -print0 | xargs -0 -r -P ${PROCESSES} -n ${PATHS_PER_RM} rm -rf -- ; rm -rf -- "$1"`;
  return detached('sh', ['-c', script, 'sh', dir]).then((ok) => (ok && !fs.existsSync(dir) ? undefined : rmAll()));
}

/** Starts a process this one does not wait for; resolves true when it ends well, false if it could not start. */
function detached(command: string, args: string[]): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    try {
      // node:child_process (with node:net and node:dgram, ~11M instructions) is loaded on the first
      // removal, not with the engine: a build to a new or in-memory destination never needs it.
      const child = process.getBuiltinModule('node:child_process').spawn(command, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('exit', (code) => resolve(code === 0));
      child.unref();
    } catch {
      resolve(false);
    }
  });
}
