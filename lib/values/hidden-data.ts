// What a page's Ruby data answers through its default_proc and Liquid does not see: Hash#[]
// calls the default_proc for a missing key, while Liquid's lookups ask key? first
// (jekyll-paginate-v2's PaginationPage copies the template's data with its default_proc).
import { hasKey } from './own-keys.js';

const HIDDEN = Symbol('kyll.hiddenData');

/** Keeps `values` on `drop` where only rubyIndex finds them (a symbol key: not Liquid, jsonify or a for loop; copies keep it). */
export function setHiddenData(drop: object, values: Record<string, unknown>): void {
  if (Object.keys(values).length > 0) (drop as { [HIDDEN]?: Record<string, unknown> })[HIDDEN] = values;
}

/** Ruby's `hash[key]` on a page's hash: its own key, else what its default_proc gives (undefined if none). */
export function rubyIndex(hash: unknown, key: string, own: (h: unknown, k: string) => unknown): unknown {
  if (typeof hash !== 'object' || hash === null) return own(hash, key);
  if (hasKey(hash as Record<string, unknown>, key)) return own(hash, key);
  const hidden = (hash as { [HIDDEN]?: Record<string, unknown> })[HIDDEN];
  return hidden && Object.prototype.hasOwnProperty.call(hidden, key) ? hidden[key] : own(hash, key);
}
