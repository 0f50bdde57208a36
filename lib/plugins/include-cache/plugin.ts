// jekyll-include-cache 0.2.1: `{% include_cached file.html k=v %}` renders like
// `include` the first time and, for the rest of the build, gives back that same
// output for the same file and parameter values (lib/jekyll-include-cache/tag.rb).
// The cache is emptied before each build renders (the :site :pre_render hook).
import type { Context, Emitter, Liquid } from 'liquidjs';
import type { IncludeTagClass, ResolvedInclude } from '../../liquid/tags/include.js';
import type { KyllPlugin } from '../plugin.js';
import { toS } from '../shared/values.js';

/**
 * Tag#key: the file's path and, from the parameters sorted by name, their values
 * only (quick_hash feeds `value.hash` of each, so `a="1"` and `b="1"` share an
 * entry); a drop counts by identity (its object_id), other values by content.
 */
export function cacheKey(resolved: ResolvedInclude, identity: (o: object) => number): string {
  if (!resolved.params) return JSON.stringify([resolved.label, null]);
  const values = Object.keys(resolved.params)
    .sort()
    .map((k) => valueKey(resolved.params![k], identity));
  return JSON.stringify([resolved.label, values]);
}

function valueKey(value: unknown, identity: (o: object) => number): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'object') {
    if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) {
      // Array#hash and Hash#hash look at the contents.
      try {
        return `c:${JSON.stringify(value)}`;
      } catch {
        return `o:${identity(value)}`;
      }
    }
    return `o:${identity(value)}`;
  }
  return `${typeof value}:${String(value)}`;
}

function registerIncludeCached(engine: Liquid): void {
  const Include = engine.tags['include'] as IncludeTagClass | undefined;
  if (!Include) return;
  const cache = new Map<string, string>();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const identity = (o: object): number => {
    const known = ids.get(o);
    if (known !== undefined) return known;
    ids.set(o, ++nextId);
    return nextId;
  };
  class IncludeCachedTag extends Include {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const resolved = (yield* this.resolve(ctx)) as ResolvedInclude;
      const key = cacheKey(resolved, identity);
      let output = cache.get(key);
      if (output === undefined) {
        const capture = { buffer: '', write: (html: unknown) => void (capture.buffer += typeof html === 'string' ? html : toS(html)) };
        yield* this.renderResolved(resolved, ctx, capture);
        output = capture.buffer;
        cache.set(key, output);
      }
      emitter.write(output);
    }
  }
  engine.registerTag('include_cached', IncludeCachedTag);
}

export const includeCachePlugin: KyllPlugin = {
  name: 'jekyll-include-cache',
  registerLiquid: registerIncludeCached,
};
