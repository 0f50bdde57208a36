import type { JekyllTime } from './jekyll-time.js';

/**
 * A file's modification time as the build shows it (static_file.modified_time, an undated
 * draft's date, last-modified-at without git): never later than site.time. With
 * SOURCE_DATE_EPOCH this is reproducible-builds.org's clamping; Jekyll under a frozen clock
 * (libfaketime) sees every file at the frozen instant, which this matches for any file newer than
 * it (a fresh checkout). Without it, site.time is the start of the build. Change detection
 * keeps the real mtime (StaticFile.mtime).
 */
export function fileTime(mtimeMs: number, time: JekyllTime): number {
  return Math.min(mtimeMs, time.getTime());
}
