// The items `for` and `tablerow` loop over, and those they keep for offset/limit (liquid/utils.rb).
import { toValue } from 'liquidjs';
import { rubyKeyOf, typedEntries } from '../values/typed-keys.js';
import { isJekyllDrop, isLiquidDrop, jekyllDropKeys } from '../values/document-drop-mark.js';
import { isRubyFloat } from '../values/ruby-float.js';

/**
 * Utils.slice_collection_using_each's items: an array's, a non-empty string as one item, a
 * hash's [key, value] pairs, a drop's keys; nothing for what has no #each (a number, true, a time, the
 * `empty` and `blank` literals) nor for an empty string.
 */
export function loopItems(val: unknown): unknown[] {
  // a Liquid::Drop (`forloop`) has no #each: nothing to loop over (liquidjs's valueOf would give its JSON)
  if (isLiquidDrop(val)) return [];
  const v = toValue(val);
  if (Array.isArray(v)) return v;
  if (typeof v === 'string' && v.length > 0) return [v];
  // a Time or Date, a Float (`1.0`, and `1..3` read laxly is one): no #each
  if (v instanceof Date || isRubyFloat(v)) return [];
  if (v !== null && (typeof v === 'object' || typeof v === 'function')) {
    // a Jekyll drop yields its keys, each as Ruby holds it (front matter `4:` is the Integer 4)
    if (isJekyllDrop(v)) return jekyllDropKeys(v).map((k) => rubyKeyOf(v, k));
    if (Symbol.iterator in v) return Array.from(v as Iterable<unknown>);
    return typedEntries(v);
  }
  return [];
}

/**
 * Utils.slice_collection_using_each: the items at indexes from <= i < to, so a nil offset is 0,
 * a nil limit no limit, a negative offset all items and a negative limit none (a string stays one
 * item whatever the offset or limit: Ruby 1.8's String#each).
 */
export function sliceCollection(collection: unknown[], from: number, to: number | undefined): unknown[] {
  const start = Math.max(from, 0);
  return to === undefined ? collection.slice(start) : to <= start ? [] : collection.slice(start, to);
}
