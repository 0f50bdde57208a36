// The modules that the synchronous API's CommonJS text (sync-core.ts, compiled
// by the root entry) takes from the ES module side instead of bundling its own
// copy: one KyllError and one JekyllTime with the root entry's (the engine,
// engine.cjs, has its own copy; entries/shared-class.ts keeps `instanceof`
// across copies). scripts/bundle.mjs leaves every module of lib/errors and
// lib/time out of sync.cjs as
// `require("kyll-shared:<path under dist>")` and checks that each is listed here.
import * as codeFrame from '../errors/code-frame.js';
import * as errorsIndex from '../errors/index.js';
import * as kyllError from '../errors/kyll-error.js';
import * as civil from '../time/civil.js';
import * as fileTime from '../time/file-time.js';
import * as timeIndex from '../time/index.js';
import * as jekyllTime from '../time/jekyll-time.js';
import * as timeFields from '../time/time-fields.js';
import * as zoneAbbreviation from '../time/zone-abbreviation.js';
import * as zone from '../time/zone.js';

/** How the CommonJS bundles' require() names a module they take from here. */
const SHARED_PREFIX = 'kyll-shared:';

export const SHARED_MODULES: Readonly<Record<string, object>> = {
  'errors/code-frame.js': codeFrame,
  'errors/index.js': errorsIndex,
  'errors/kyll-error.js': kyllError,
  'time/civil.js': civil,
  'time/file-time.js': fileTime,
  'time/index.js': timeIndex,
  'time/jekyll-time.js': jekyllTime,
  'time/time-fields.js': timeFields,
  'time/zone-abbreviation.js': zoneAbbreviation,
  'time/zone.js': zone,
};

/**
 * The require() to hand to a CommonJS bundle built with these modules left out
 * (sync.cjs): `kyll-shared:<path>` is the module of this side,
 * anything else goes to `nodeRequire`.
 */
export function sharedRequire(nodeRequire: (id: string) => unknown): (id: string) => unknown {
  return (id) => {
    if (!id.startsWith(SHARED_PREFIX)) return nodeRequire(id);
    const shared = SHARED_MODULES[id.slice(SHARED_PREFIX.length)];
    if (shared === undefined) throw new Error(`kyll: a bundle asks for ${id}, which entries/engine-shared.ts does not list`);
    return shared;
  };
}
