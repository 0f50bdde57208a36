// What reading each file gave, kept by a long-lived build (lib/build) between
// two reads of a site: a file the watcher did not report is not read and parsed
// again. The builder forgets the files that changed, and everything when the
// config changes; the memo forgets everything when the site's time changes.
import type { Diagnostic, SiteConfig } from '../types.js';
import type { JekyllTime } from '../time/jekyll-time.js';

export interface ReadMemo {
  /** By path: how the file was read (post, draft, page, a collection's label), what it gave, its warnings. */
  readonly entries: Map<string, { readonly kind: string; readonly value: unknown; readonly warnings: readonly Diagnostic[] }>;
  /** The site time the entries were read at (drafts take it as their date). */
  time?: number;
  /**
   * Told the site's post files before they are read, so that they can be parsed
   * elsewhere meanwhile (render/parallel-read.ts) and put in `entries` as `posts`.
   */
  prefetch?: (posts: readonly string[], config: SiteConfig, time: JekyllTime) => void;
}

export function readMemo(): ReadMemo {
  return { entries: new Map() };
}

/** The memo made ready for a read at `time` (undefined: no memo). */
export function memoAt(memo: ReadMemo | undefined, time: JekyllTime): ReadMemo | undefined {
  if (memo && memo.time !== time.getTime()) {
    memo.entries.clear();
    memo.time = time.getTime();
  }
  return memo;
}

/**
 * `read(onWarning)` for `path`, or what it gave last time (its warnings are
 * reported again, as a clean read reports them).
 */
export function remembered<T>(memo: ReadMemo | undefined, path: string, kind: string, warnings: Diagnostic[], read: (onWarning: (d: Diagnostic) => void) => T): T {
  const hit = memo?.entries.get(path);
  if (hit && hit.kind === kind) {
    warnings.push(...hit.warnings);
    return hit.value as T;
  }
  const own: Diagnostic[] = [];
  const value = read((d) => void own.push(d));
  warnings.push(...own);
  memo?.entries.set(path, { kind, value, warnings: own });
  return value;
}
