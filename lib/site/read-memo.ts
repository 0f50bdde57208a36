// What reading each file gave, kept by a long-lived build (lib/build) between
// two reads of a site: a file the watcher did not report is not read and parsed
// again. The builder forgets the files that changed, and everything when the
// config changes. When the site's time changes (a serve session takes the clock
// again at each read, Site#reset), the memo forgets only what the reads took from
// it (ClockUse): undated documents, partial dates; which posts are in the future
// is decided after the memo, by readSite, from the dates it keeps.
import type { Diagnostic, SiteConfig } from '../types.js';
import type { JekyllTime } from '../time/jekyll-time.js';
import type { ClockUse } from '../read/parse-document.js';

export interface ReadMemo {
  /** By path: how the file was read (post, draft, page, a collection's label), what it gave, its warnings. */
  readonly entries: Map<string, MemoEntry>;
  /** The site time the entries were read at (drafts take it as their date). */
  time?: number;
  /**
   * Told the site's post files before they are read, so that they can be parsed
   * elsewhere meanwhile (render/parallel-read.ts) and put in `entries` as `posts`.
   */
  prefetch?: (posts: readonly string[], config: SiteConfig, time: JekyllTime) => void;
}

export interface MemoEntry {
  readonly kind: string;
  readonly value: unknown;
  readonly warnings: readonly Diagnostic[];
  /** What the read took from the time; without it, the entry is read again at another time. */
  readonly clock?: ClockUse;
}

export function readMemo(): ReadMemo {
  return { entries: new Map() };
}

/** The memo made ready for a read at `time` (undefined: no memo). */
export function memoAt(memo: ReadMemo | undefined, time: JekyllTime): ReadMemo | undefined {
  if (memo && memo.time !== time.getTime()) {
    const second = Math.floor(time.getTime() / 1000);
    for (const [path, e] of memo.entries) if (!e.clock || e.clock.used || e.clock.avoid.includes(second)) memo.entries.delete(path);
    memo.time = time.getTime();
  }
  return memo;
}

/**
 * `read(onWarning, clock)` for `path`, or what it gave last time (its warnings are
 * reported again, as a clean read reports them). `read` notes in `clock` what it
 * took from the site's time (a read that ignores it takes nothing).
 */
export function remembered<T>(
  memo: ReadMemo | undefined,
  path: string,
  kind: string,
  warnings: Diagnostic[],
  read: (onWarning: (d: Diagnostic) => void, clock: ClockUse) => T,
): T {
  const hit = memo?.entries.get(path);
  if (hit && hit.kind === kind) {
    warnings.push(...hit.warnings);
    return hit.value as T;
  }
  const own: Diagnostic[] = [];
  const clock: ClockUse = { used: false, avoid: [] };
  const value = read((d) => void own.push(d), clock);
  warnings.push(...own);
  memo?.entries.set(path, { kind, value, warnings: own, clock });
  return value;
}
