// What an update changed, after a failed one: a builder whose build failed keeps no state and
// builds the whole site again on the next update, reporting every output as written (serve
// would reload every page). The destination still holds the last site written (a failed build
// writes nothing, update-journal.ts), so what the next good build changed is what differs from
// that site: outputs with other bytes, new ones, and those it no longer has.
import { KyllError } from '../errors/kyll-error.js';
import type { OutputFile } from '../types.js';
import type { Builder, UpdateResult } from './builder.js';
import { sameContents } from './output-paths.js';

/** `inner`, whose update after a failure reports only the outputs that differ from the last site written. */
export function changesSinceLastSite(inner: Builder): Builder {
  // The files of the last site written; undefined when the destination may hold something else.
  let last: readonly OutputFile[] | undefined;
  let failedSince = false;
  const failed = (e: unknown): never => {
    failedSince = true;
    // A build stopped after it wrote (a post_write hook), or a write that failed: what the destination
    // holds is not known, so the next good build counts every output as changed.
    if (!(e instanceof KyllError) || e.written === true || e.code === 'WRITE_ERROR') last = undefined;
    throw e;
  };
  return {
    build: async () => {
      const result = await inner.build().catch(failed);
      last = result.files;
      failedSince = false;
      return result;
    },
    update: async (changedPaths) => {
      const r = await inner.update(changedPaths).catch(failed);
      const before = failedSince ? last : undefined;
      last = r.result.files;
      failedSince = false;
      return before ? sinceSite(before, r) : r;
    },
    tidy: () => inner.tidy().catch(failed),
  };
}

/** `r` with the outputs that differ from the site of `before` as written and removed. */
function sinceSite(before: readonly OutputFile[], r: UpdateResult): UpdateResult {
  // Of outputs sharing a path, the one written last is what the destination holds.
  const was = new Map(before.map((f) => [f.path, f]));
  const now = new Map(r.result.files.map((f) => [f.path, f]));
  const written = [...now.values()].filter((f) => !sameContents(was.get(f.path), f));
  const removed = [...new Set([...r.removed.filter((p) => !now.has(p)), ...[...was.keys()].filter((p) => !now.has(p))])];
  return { ...r, written, removed };
}
