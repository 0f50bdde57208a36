// Ruby's #empty? and ActiveSupport's #blank? (active_support/core_ext/object/blank.rb, 6.1), as
// Liquid's `empty` and `blank` literals ask them of a value in a condition. Jekyll loads no
// ActiveSupport itself; html-pipeline does (jemoji, jekyll-mentions), and then every object has
// #blank?: nil, false, strings of only whitespace, and empty arrays and hashes are blank.
import { isJekyllDrop, isLiquidDrop } from '../../values/document-drop-mark.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { RubyRange } from '../../values/ruby-range.js';

// String#blank?'s /\A[[:space:]]*\z/: Onigmo's [[:space:]] is Unicode White_Space (JavaScript's
// \s also has U+FEFF and lacks U+0085)
const BLANK_STRING = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/** A Ruby Hash as templates see it: a RubyHash or a plain object that is no drop. */
function hashSize(v: object): number | undefined {
  if (v instanceof RubyHash) return v.entries().length;
  if (isJekyllDrop(v) || isLiquidDrop(v)) return undefined;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null ? Object.keys(v).length : undefined;
}

/** `value.empty?` of a plain value (drops unwrapped), or undefined when it has no #empty? (nil, numbers, times, drops). */
export function rubyEmpty(v: unknown): boolean | undefined {
  // a Range has no #empty? (`(3..1) == empty` is false)
  if (v instanceof RubyRange) return undefined;
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (v === null || typeof v !== 'object') return undefined;
  const size = hashSize(v);
  return size === undefined ? undefined : size === 0;
}

/** ActiveSupport's `value.blank?` of a plain value: Object#blank? is `respond_to?(:empty?) ? !!empty? : !self`. */
export function activeSupportBlank(v: unknown): boolean {
  if (v === null || v === undefined || v === false) return true;
  if (typeof v === 'string') return BLANK_STRING.test(v);
  return rubyEmpty(v) === true;
}
