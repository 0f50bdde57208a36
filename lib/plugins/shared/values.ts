// Ruby and Liquid value semantics the plugin templates rely on: truthiness,
// `||`, `default:`, `{{ }}` output, and property access on drops.
import type { Data } from '../../types.js';
import { rubyTruthy } from '../../values/truthy.js';
import { rubyToS } from '../../liquid/ruby/to-s.js';
import { liquidProperty } from '../../liquid/property.js';
import { rubyString } from '../../liquid/filters/ruby-strings.js';

/** Liquid/Ruby truthiness: only nil and false are false (an empty string is true). */
export const truthy = rubyTruthy;

/** Ruby's `a || b`. */
export function or<T, U>(a: T, b: U): T | U {
  return truthy(a) ? a : b;
}

/** Liquid's `default:` filter: nil, false, "" and empty arrays/hashes fall back (liquid/standardfilters.rb#default). */
export function liquidDefault<T, U>(value: T, fallback: U): T | U {
  if (!truthy(value)) return fallback;
  if (typeof value === 'string' && value === '') return fallback;
  if (Array.isArray(value) && value.length === 0) return fallback;
  if (isPlainObject(value) && Object.keys(value).length === 0) return fallback;
  return value;
}

export function isPlainObject(value: unknown): value is Data {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  if (value instanceof Date) return false;
  return true;
}

/** Ruby's `value.is_a?(Hash)` for front matter values. */
export function isHash(value: unknown): value is Data {
  if (!isPlainObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * `obj[key]` as a template reads it (lib/liquid/property.ts): own data, size/first/last,
 * drops, objects exposing `toLiquid()`; never a JavaScript built-in.
 */
export function prop(obj: unknown, key: string): unknown {
  return liquidProperty(obj, key);
}

/** Nested lookup: `path(site, 'twitter', 'username')`. */
export function path(obj: unknown, ...keys: string[]): unknown {
  let v = obj;
  for (const k of keys) v = prop(v, k);
  return v;
}

/** Ruby's `to_s` as `{{ value }}` prints it: the Liquid layer's, so plugins print values as templates do. */
export const toS = rubyToS;

/** Ruby's `to_s` as a filter (`xml_escape`, `smartify`, `strip_html`...) reads its input: an array is its inspect, `["a", "b"]`. */
export const filterToS = rubyString;

/** Ruby's String#strip: ASCII whitespace and NUL only (not U+3000 or NBSP). */
export function rubyStrip(s: string): string {
  return s.replace(/^[\t\n\v\f\r \0]+/, '').replace(/[\t\n\v\f\r \0]+$/, '');
}
