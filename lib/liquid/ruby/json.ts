// Ruby's JSON.generate of Jekyll data, as the jsonify filter writes it
// (jekyll/filters.rb #jsonify → as_liquid(input).to_json).
import { floatToS, RubyFloat } from './to-s.js';

/** JSON as Ruby's json gem writes it: no spaces, floats as `3.0`, times as their to_s. */
export function rubyJson(v: unknown, seen: Set<unknown> = new Set()): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : floatToS(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof RubyFloat) return floatToS(v.value);
  // Time#to_json is its to_s; JekyllTime's toJSON gives exactly that
  if (v instanceof Date) return jsonString(v.toJSON() ?? '');
  if (typeof v === 'function') return 'null';
  if (seen.has(v)) return 'null';
  seen.add(v);
  let out: string;
  if (Array.isArray(v)) {
    out = `[${v.map((x) => rubyJson(x, seen)).join(',')}]`;
  } else {
    const obj = v as Record<string, unknown> & { toLiquid?: () => unknown };
    if (typeof obj.toLiquid === 'function') {
      const liquid = obj.toLiquid();
      if (liquid !== obj) {
        seen.delete(v);
        return rubyJson(liquid, seen);
      }
    }
    const parts: string[] = [];
    for (const [k, x] of Object.entries(obj)) {
      if (typeof x === 'function') continue;
      parts.push(`${jsonString(k)}:${rubyJson(x, seen)}`);
    }
    out = `{${parts.join(',')}}`;
  }
  seen.delete(v);
  return out;
}

/** The json gem escapes `"`, `\` and control characters only (not `/`, not U+2028). */
function jsonString(s: string): string {
  return JSON.stringify(s);
}
