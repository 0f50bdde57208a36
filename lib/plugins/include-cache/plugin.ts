// jekyll-include-cache 0.2.1: `{% include_cached file.html k=v %}` renders like
// `include` the first time and, for the rest of the build, gives back that same
// output for the same file and parameter values (lib/jekyll-include-cache/tag.rb).
// The cache is emptied before each build renders (the :site :pre_render hook).
import type { Context, Emitter, Liquid } from 'liquidjs';
import type { IncludeTagClass, ResolvedInclude } from '../../liquid/tags/include.js';
import type { KyllPlugin } from '../plugin.js';
import { toS } from '../shared/values.js';
import { RubyFloat } from '../../values/ruby-float.js';
import { DOCUMENT_DROP, isJekyllDrop, isLiquidDrop, rubyObjectClass } from '../../values/document-drop-mark.js';

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

// Ruby's #hash of a parameter value: an Array's and a Hash's from their elements (a Hash's
// whatever its key order), a Float's and a Time's from the number, a String's from its text;
// anything else (a document, a drop: Jekyll defines no #hash for them) by identity, so a list of
// documents keeps its key while their content is rendered.
function valueKey(value: unknown, identity: (o: object) => number, seen: object[] = []): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value !== 'object') return `${typeof value}:${String(value)}`;
  if (value instanceof RubyFloat) return `float:${value.value}`; // 1.0 is no key of 1 (Float#eql?)
  if (value instanceof Date) return `d:${value.getTime()}`;
  // Inside a list or hash, a page stays Jekyll's Page object (identity); a value of its own went
  // through to_liquid, a Hash of the page's data.
  const raw = seen.length > 0 && rubyObjectClass(value) !== undefined;
  const plain = Array.isArray(value) || (Object.getPrototypeOf(value) === Object.prototype && !isDrop(value) && !raw);
  if (!plain || seen.includes(value)) return `o:${identity(value)}`;
  seen.push(value);
  const inner = Array.isArray(value)
    ? `[${value.map((v) => valueKey(v, identity, seen)).join(',')}]`
    : `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${valueKey((value as Record<string, unknown>)[k], identity, seen)}`)
        .join(',')}}`;
  seen.pop();
  return inner;
}

const isDrop = (v: object): boolean => isJekyllDrop(v) || isLiquidDrop(v) || (v as Record<symbol, unknown>)[DOCUMENT_DROP] !== undefined;

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
