// How Ruby prints Liquid values: Float#to_s, String#inspect, Hash#inspect (Ruby 3.1),
// Array#join, Time#to_s. Liquid's Variable#render_to_output_buffer decides which one applies.
import { isJekyllTime, JekyllTime } from '../../time/index.js';
import { RubySymbol } from '../../values/ruby-symbol.js';
import { RubySet } from '../../values/ruby-set.js';
export { RubyFloat, isRubyFloat, floatToS } from '../../values/ruby-float.js';
import { RubyFloat, floatToS } from '../../values/ruby-float.js';
import { DOCUMENT_DROP, HASH_FOR_JSON, isLiquidView, JEKYLL_DROP, LIQUID_DROP, RUBY_OBJECT_INSPECT, RUBY_OBJECT_TO_S, RUBY_TO_S } from '../../values/document-drop-mark.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { RubyRange } from '../../values/ruby-range.js';
import { rubyPrettyJson } from './json.js';
import { typedEntries } from '../../values/typed-keys.js';
import { unassignedInRuby } from './unicode13-unassigned.js';
import { binaryTextsMade } from '../../values/binary-text.js';
import { LiquidFailure } from '../errors.js';

/** A JavaScript number as Ruby would print it: integers plainly, others as Floats. */
export function numberToS(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : floatToS(n);
}

/** A plain Date that is not a JekyllTime: shown like Ruby's Time in the process zone. */
export function asJekyllTime(d: Date, zone?: string): JekyllTime {
  return isJekyllTime(d) ? d : JekyllTime.inZone(d.getTime(), zone);
}

/** Ruby's `to_s` of a Liquid value (Liquid prints arrays with `join`, nil as ''). */
export function rubyToS(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToS(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof RubyRange) return v.toString();
  if (v instanceof RubySet) return v.inspect();
  if (Array.isArray(v)) return rubyJoin(v, '');
  if (v instanceof RubyFloat) return floatToS(v.value);
  if (v instanceof Date) return asJekyllTime(v).toString();
  // DocumentDrop delegates to_s to Document#to_s (jekyll/document.rb): output || content || "NO CONTENT"
  if ((v as Record<symbol, unknown>)[DOCUMENT_DROP] === true) {
    const doc = v as Record<string, unknown>;
    return rubyToS(doc.output ?? doc.content ?? 'NO CONTENT');
  }
  const toS = (v as Record<symbol, unknown>)[RUBY_TO_S];
  if (typeof toS === 'function') return (toS as () => string)();
  if (isPlainHash(v) || v instanceof RubyHash) return rubyInspect(v);
  return String(v);
}

/** `value.to_s` in a filter's Ruby code: an Array's is its inspect (`["a", "b"]`), where `{{ }}` joins one. */
export function rubyObjectToS(v: unknown): string {
  return Array.isArray(v) ? rubyInspect(v) : rubyToS(v);
}

/**
 * Ruby's Array#join: nested arrays are joined too (a Range is no Array: its to_s), nil is empty.
 * `asHeld`: the items are as Liquid holds them, a Jekyll object among them (a Page of site.pages)
 * printing its own to_s (heldToS); false where InputIterator gave each item's to_liquid (`join`).
 */
export function rubyJoin(arr: readonly unknown[], sep: string, asHeld = true, open: readonly unknown[] = [arr]): string {
  // (words of a page, as compress-html's `split: " " | join: " "` makes: no call per item)
  if (allStrings(arr)) return arr.join(sep);
  return arr.map((x, i) => {
    if (!Array.isArray(x) || x instanceof RubyRange) return asHeld ? heldToS(arr, i) : rubyToS(x);
    // (array.c ary_join_1: a list inside itself, as a YAML alias in its own anchor makes it, is an ArgumentError)
    if (open.includes(x)) throw new LiquidFailure('plain', 'recursive array join');
    return rubyJoin(x, sep, asHeld, [...open, x]);
  }).join(sep);
}

function allStrings(arr: readonly unknown[]): arr is readonly string[] {
  for (let i = 0; i < arr.length; i++) if (typeof arr[i] !== 'string') return false;
  return true;
}

/** The to_s of `arr[i]` as Ruby holds it: a Jekyll object's own #to_s, unless a filter made it its drop. */
export function heldToS(arr: readonly unknown[], i: number): string {
  const x = arr[i];
  const own = typeof x === 'object' && x !== null ? (x as Record<symbol, unknown>)[RUBY_OBJECT_TO_S] : undefined;
  return typeof own === 'function' && !isLiquidView(arr, i) ? (own as () => string)() : rubyToS(x);
}

export function isPlainHash(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v) || v instanceof Date) return false;
  if (v instanceof RubyFloat) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null || typeof (v as { toString?: unknown }).toString !== 'function' || (v as object).toString === Object.prototype.toString;
}

/** Ruby 3.1's String#inspect. */
export function inspectString(s: string): string {
  let out = '"';
  // a binary String (one holding a byte beyond ASCII) is no Unicode one: rb_str_buf_cat_escaped_char
  // writes its other ASCII controls as bytes, `\x1D`
  const binary = binaryTextsMade() && /[\udc80-\udcff]/.test(s);
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\n': out += '\\n'; continue;
      case '\t': out += '\\t'; continue;
      case '\r': out += '\\r'; continue;
      case '\f': out += '\\f'; continue;
      case '\v': out += '\\v'; continue;
      case '\b': out += '\\b'; continue;
      case '\x07': out += '\\a'; continue;
      case '\x1b': out += '\\e'; continue;
      case '#': {
        out += '#';
        continue;
      }
    }
    // a byte of a binary String (base64_decode's) is written as Ruby writes bytes: \xC3
    if (c >= 0xdc80 && c <= 0xdcff && binaryTextsMade()) {
      out += `\\x${(c - 0xdc00).toString(16).toUpperCase()}`;
      continue;
    }
    // rb_str_buf_cat_escaped_char: a UTF-8 string (every string a template sees) escapes the
    // other ASCII controls and DEL as `\u0001`, `\u007F`, not `\x01`
    if (binary && c < 0x80 && !isPrintable(c)) out += `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (!isPrintable(c)) out += c > 0xffff ? `\\u{${c.toString(16).toUpperCase()}}` : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += ch;
  }
  // `#{`, `#$` and `#@` are escaped so the result reads back as the same string
  return out.replace(/#(?=[{$@])/g, '\\#') + '"';
}

// A RegExp built at run time, not a literal: V8 checks each \p{...} class of a /u literal when it
// parses the file (about 3M instructions each), so a literal costs import('kyll') even unused.
// Made on first use (V8 parses a pattern when it is made; \p{...} classes make that costly).
let nonPrintable: RegExp | undefined;
// Onigmo's Print, which rb_str_inspect asks (rb_enc_isprint): format characters (a BOM, U+200B)
// and private use are printed as they are; controls (but U+0085), unassigned code points and the
// line and paragraph separators are escaped. Unassigned is as Ruby 3.1's Unicode 13.0 has it: this runtime's, and
// what later versions assigned (unicode13-unassigned.ts).
const NON_PRINTABLE = (): RegExp => (nonPrintable ??= new RegExp(String.raw`[\p{Cc}\p{Cs}\p{Cn}\p{Zl}\p{Zp}]`, 'u'));
function isPrintable(c: number): boolean {
  if ((c >= 0x20 && c < 0x7f) || c === 0x85) return true;
  return !NON_PRINTABLE().test(String.fromCodePoint(c)) && !(c >= 0x600 && unassignedInRuby(c));
}

/** Ruby 3.1's #inspect of a Liquid value: `{"a"=>1, "b"=>nil}`, `[1, "two", 3.0]`. */
export function rubyInspect(v: unknown, seen: Set<unknown> = new Set()): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return inspectString(v);
  if (typeof v === 'number') return numberToS(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof RubyFloat) return floatToS(v.value);
  // Date#inspect for YAML dates (RubyDate), Time#inspect (with fractions of a second) for times.
  if (v instanceof Date) return typeof (v as { inspect?: unknown }).inspect === 'function' ? (v as unknown as { inspect(): string }).inspect() : asJekyllTime(v).inspect();
  // Drop#inspect is JSON.pretty_generate of the drop's hash (a document's, a static file's, the site's).
  const marks = v as Record<symbol, unknown>;
  if (marks[DOCUMENT_DROP] === true || marks[HASH_FOR_JSON] || marks[JEKYLL_DROP] === true) return rubyPrettyJson(v);
  // Liquid::Drop#inspect is its class name (`jekyll`)
  if (marks[LIQUID_DROP] === true && typeof marks[RUBY_TO_S] === 'function') return (marks[RUBY_TO_S] as () => string)();
  if (v instanceof RubyRange) return v.toString();
  if (v instanceof RubySymbol) return v.inspect(inspectString);
  if (v instanceof RubySet) return v.inspect();
  if (seen.has(v)) return Array.isArray(v) ? '[...]' : '{...}';
  if (v instanceof RubyHash) {
    // (a hash that holds itself, through a YAML alias, is `{...}` inside itself: rb_hash_inspect's recursion guard)
    seen.add(v);
    const s = `{${v.entries().map(([k, x]) => `${inspectNested(k, seen)}=>${inspectNested(x, seen)}`).join(', ')}}`;
    seen.delete(v);
    return s;
  }
  if (Array.isArray(v)) {
    seen.add(v);
    const s = `[${v.map((x, i) => (isLiquidView(v, i) ? rubyInspect(x, seen) : inspectNested(x, seen))).join(', ')}]`;
    seen.delete(v);
    return s;
  }
  if (typeof v === 'object') {
    seen.add(v);
    const entries = typedEntries(v).filter(([, x]) => typeof x !== 'function');
    const s = `{${entries.map(([k, x]) => `${typeof k === 'string' ? inspectString(k) : rubyInspect(k)}=>${typeof k === 'string' && isLiquidView(v, k) ? rubyInspect(x, seen) : inspectNested(x, seen)}`).join(', ')}}`;
    seen.delete(v);
    return s;
  }
  return String(v);
}

// Inside an array or a hash, Liquid has not turned Jekyll's objects into drops: a document,
// page or static file there prints its Ruby #inspect (`#<Jekyll::Document _posts/a.md
// collection=posts>`), where the same value on its own prints its drop's JSON.
function inspectNested(x: unknown, seen: Set<unknown>): string {
  const own = typeof x === 'object' && x !== null ? (x as Record<symbol, unknown>)[RUBY_OBJECT_INSPECT] : undefined;
  return typeof own === 'string' ? own : rubyInspect(x, seen);
}
