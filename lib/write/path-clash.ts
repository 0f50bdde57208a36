// An output whose path is a folder of another output's path: a post with `permalink: /api/v1.0`
// (no extension, so the file is `api/v1.0`) and pages under /api/v1.0/ (mapbox.js's docs of
// 2015). Jekyll writes each output in Site#each_site_file's order with FileUtils.mkdir_p of its
// folder, then File.write (a static file: FileUtils.rm of what is at its path, then a copy), and
// the first write that meets the other stops the build with Ruby's Errno, the destination half
// written. kyll writes in its own order into a staging folder: the outputs at such paths wait,
// and once the site has rendered the build stops with the error Jekyll meets first (checked
// against jekyll 4.3.1), the destination left as it was.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';

/** The paths (relative, `/`-separated) that are also a folder of another path: empty for nearly every site. */
export function foldersInTheWay(paths: Iterable<string>): Set<string> {
  const all = new Set(paths);
  const clashes = new Set<string>();
  for (const p of all) {
    for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
      const folder = p.slice(0, i);
      if (all.has(folder)) clashes.add(folder);
    }
  }
  return clashes;
}

/** One output as Jekyll writes it: its path in the destination, whether a static file, and its source for the error's place. */
export interface WriteStep {
  readonly path: string;
  readonly isStatic: boolean;
  readonly from?: string;
}

/**
 * The error Jekyll stops with when it writes `steps` (in its write order) into `destination`, or
 * undefined when no output is in another's way.
 */
export function firstWriteClash(steps: Iterable<WriteStep>, destination: string): KyllError | undefined {
  const files = new Set<string>();
  const folders = new Set<string>();
  const at = (p: string): string => path.join(path.resolve(destination), p);
  for (const step of steps) {
    const parts = step.path.split('/');
    // mkdir_p makes the missing folders from the top down: the first one that is a file fails.
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join('/');
      if (folders.has(folder)) continue;
      if (files.has(folder)) return clash(`File exists @ dir_s_mkdir - ${at(folder)} (Errno::EEXIST)`, step);
      folders.add(folder);
    }
    if (folders.has(step.path)) {
      // StaticFile#write removes what is there first (FileUtils.rm); a page or document opens it.
      const call = step.isStatic ? 'apply2files' : 'rb_sysopen';
      return clash(`Is a directory @ ${call} - ${at(step.path)} (Errno::EISDIR)`, step);
    }
    files.add(step.path);
  }
  return undefined;
}

function clash(message: string, step: WriteStep): KyllError {
  return new KyllError('WRITE_ERROR', message, step.from === undefined ? {} : { file: step.from }, {
    hint: 'one output is written where another output needs a folder: give one of them another permalink',
  });
}
