// Ruby's JSON.generate of Jekyll data, as the jsonify filter writes it
// (jekyll/filters.rb #jsonify → as_liquid(input).to_json).
import { RubyRange } from '../../values/ruby-range.js';
import { RubySet } from '../../values/ruby-set.js';
import { asJekyllTime, floatToS, RubyFloat, rubyObjectToS, rubyToS } from './to-s.js';
import { DOCUMENT_DROP, hashForJson, isJekyllDrop, jekyllDropKeys, JSON_AS_TO_S, NESTED_DOCUMENT_OMITS } from '../../values/document-drop-mark.js';
import { RubyHash } from '../../values/ruby-hash.js';
import { setKey } from '../../values/own-keys.js';
import { hasRubyOrder, keepRubyOrder, rubyKeys } from '../../values/typed-keys.js';
import { LiquidFailure } from '../errors.js';
import { holdsInvalidUtf8 } from '../filters/invalid-utf8.js';
import { binaryAsUtf8ForJson, holdsBinary } from '../../values/binary-text.js';

/** JSON as Ruby's json gem writes it: no spaces, floats as `3.0`, times as their to_s. */
export function rubyJson(v: unknown, seen: Set<unknown> = new Set(), depth = 0): string {
  return generate(v, seen, depth, false, false);
}

/** JSON.pretty_generate: two-space indents, `"key": value` (what a Drop's #inspect prints). */
export function rubyPrettyJson(v: unknown): string {
  return generate(v, new Set(), 0, true, false);
}

/** Document#to_s: its output once rendered, else its content. */
export function documentToS(doc: Record<string, unknown>): string {
  return String(doc.output ?? doc.content ?? 'NO CONTENT');
}

/** Float#to_json: the json gem's generator refuses what JSON cannot write (generator.c: `1000: Infinity not allowed in JSON`). */
function jsonFloat(n: number): string {
  if (Number.isNaN(n)) throw new LiquidFailure('plain', '1003: NaN not allowed in JSON');
  if (!Number.isFinite(n)) throw new LiquidFailure('plain', `1000: ${n > 0 ? '' : '-'}Infinity not allowed in JSON`);
  return floatToS(n);
}

/**
 * `ruby`: inside a drop's hash_for_json, where values are Jekyll's Ruby objects that
 * as_liquid never turned into drops, so a document is written as its to_s (Object#to_json).
 */
function generate(v: unknown, seen: Set<unknown>, depth: number, pretty: boolean, ruby: boolean): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return jsonString(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : jsonFloat(v);
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (v instanceof RubyFloat) return jsonFloat(v.value);
  if (v instanceof RubyRange) return jsonString(v.toString()); // Range#to_json is its to_s
  if (v instanceof RubySet) return jsonString(v.inspect()); // Object#to_json: its to_s
  // Time#to_json is its to_s; JekyllTime's toJSON gives exactly that
  // (a plain Date, a file's mtime, is a Time too; a YAML date's RubyDate has its own)
  if (v instanceof Date) return jsonString((v.constructor === Date ? asJekyllTime(v) : v).toJSON() ?? '');
  if (typeof v === 'function') return 'null';
  // Documents refer to each other through next/previous; the shortening below ends those chains.
  const isDocument = (v as Record<symbol, unknown>)[DOCUMENT_DROP] === true;
  // a Liquid::Drop without #to_json (forloop): Object#to_json, its to_s as a string
  if ((v as Record<symbol, unknown>)[JSON_AS_TO_S] === true) return jsonString(rubyToS(v));
  if (isDocument && ruby) return jsonString(documentToS(v as Record<string, unknown>));
  const hash = hashForJson(v);
  if (hash) return generate(hash, seen, depth, pretty, true);
  if (seen.has(v) && !isDocument) return 'null';
  // The json gem's max_nesting (100): a document that holds itself (`to_liquid:` in its front
  // matter reads as the drop, drop-methods.ts) nests without end.
  if (depth >= MAX_NESTING) throw new LiquidFailure('plain', `nesting of ${MAX_NESTING} is too deep`);
  seen.add(v);
  let out: string;
  if (Array.isArray(v)) {
    out = wrap('[', v.map((x) => generate(x, seen, depth + 1, pretty, ruby)), ']', depth, pretty);
  } else {
    if (v instanceof RubyHash) {
      // Hash#to_json: the pairs in their order (a JavaScript object would put `2021` before `"a"`), each key's to_s (nil's is "", an Array's its inspect)
      const pairs = v.entries().map(([k, x]) => `${jsonString(rubyObjectToS(k))}:${pretty ? ' ' : ''}${generate(x, seen, depth + 1, pretty, ruby)}`);
      seen.delete(v);
      return wrap('{', pairs, '}', depth, pretty);
    }
    const obj = v as Record<string, unknown> & { toLiquid?: () => unknown };
    if (typeof obj.toLiquid === 'function') {
      const liquid = obj.toLiquid();
      if (liquid !== obj) {
        seen.delete(v);
        return generate(liquid, seen, depth, pretty, ruby);
      }
    }
    const parts: string[] = [];
    // DocumentDrop#hash_for_json: from depth 2 on, a document's neighbours are shortened.
    const shorten = depth >= 2 && isDocument;
    for (const [k, x] of rubyEntries(obj)) {
      if (typeof x === 'function') continue;
      const value = shorten && (k === 'next' || k === 'previous') && x ? shortened(x as Record<string, unknown>) : x;
      parts.push(`${jsonString(k)}:${pretty ? ' ' : ''}${generate(value, seen, depth + 1, pretty, ruby)}`);
    }
    out = wrap('{', parts, '}', depth, pretty);
  }
  seen.delete(v);
  return out;
}

function wrap(open: string, items: string[], close: string, depth: number, pretty: boolean): string {
  if (!pretty) return `${open}${items.join(',')}${close}`;
  // Ruby 3.1's json: an empty array still gets its blank line, an empty object just a newline.
  if (items.length === 0) return open === '[' ? `[\n\n${'  '.repeat(depth)}]` : `{\n${'  '.repeat(depth)}}`;
  const inner = '  '.repeat(depth + 1);
  return `${open}\n${inner}${items.join(`,\n${inner}`)}\n${'  '.repeat(depth)}${close}`;
}

// DocumentDrop#collapse_document: the neighbour's keys without content, output, excerpt, next, previous.
function shortened(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = rubyEntries(doc).filter(([k]) => !NESTED_DOCUMENT_OMITS.has(k));
  for (const [k, x] of entries) setKey(out, k, x);
  keepRubyOrder(out, entries.map(([k]) => k));
  return out;
}

// Object.entries in the hash's Ruby order (typed-keys.ts) when that is not JavaScript's. (Object.entries
// itself where it is: reading a document's date adds its `draft` key, which the pairs then show.)
// A Jekyll drop's JSON is Drop#to_h, which follows Drop#keys: its own order when it has one (the
// github-metadata drop sorts them).
function rubyEntries(obj: Record<string, unknown>): Array<[string, unknown]> {
  if (isJekyllDrop(obj)) return jekyllDropKeys(obj).map((k) => [k, obj[k]]);
  if (!hasRubyOrder(obj)) return Object.entries(obj);
  return rubyKeys(obj).map((k) => [k, obj[k]]);
}

const MAX_NESTING = 100;

/** The json gem escapes `"`, `\` and control characters only (not `/`, not U+2028). */
function jsonString(s: string): string {
  // a binary String (base64_decode's): its bytes must spell UTF-8 (JSON::GeneratorError)
  if (holdsBinary(s)) {
    try {
      return JSON.stringify(binaryAsUtf8ForJson(s));
    } catch (e) {
      throw new LiquidFailure('plain', (e as Error).message);
    }
  }
  // a UTF-8 String with bytes that are no UTF-8 (kramdown's `&#xD800;`): the generator refuses it
  if (holdsInvalidUtf8(s)) throw new LiquidFailure('plain', 'source sequence is illegal/malformed utf-8');
  return JSON.stringify(s);
}
