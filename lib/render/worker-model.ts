// The read site sent to render workers, so that they need not read the folder
// again. V8's serializer (what postMessage's structured clone uses) keeps plain
// objects, arrays, Maps, Dates, typed arrays and shared references (a post is
// in site.posts, its collection and its categories: one object on the other
// side too), but not classes: kyll's Ruby values would arrive as plain objects
// or plain Dates. They travel as tagged plain objects and are made again on the
// other side, each shared one once: a JekyllTime keeps its offset, UTC flag and
// zone (page.date prints the same), a RubyDate stays a Date, a RubyFloat `3.0`,
// a RubyHash keeps its typed keys, a RubyRange its bounds, and a plain hash noting
// typed keys or its key order (front matter `2:`, typed-keys.ts) its notes.
// A model holding anything else (a plugin's own class, a function) is not sent:
// `encodeModel` returns undefined and the workers read the folder themselves.
// An object the receiving thread already holds (a post a render worker parsed
// and sent back, parallel-read.ts) can travel as a reference: `refs` names it
// on the sending side, and the receiver's `refs` gives its own object back, so
// that neither thread copies it a second time.
import { types } from 'node:util';
import { RubyDate } from '../read/ruby-date.js';
import { RubyDateTime } from '../read/ruby-datetime.js';
import { JekyllTime } from '../time/jekyll-time.js';
import { RubyFloat } from '../values/ruby-float.js';
import { RubyHash } from '../values/ruby-hash.js';
import { RubyRange } from '../values/ruby-range.js';
import { setKey } from '../values/own-keys.js';
import { hasRubyNotes, typedEntries, typedRecord } from '../values/typed-keys.js';

// node:v8 on first use (only builds with render workers): loading it costs ~30M instructions (callgrind).
const v8 = (): typeof import('node:v8') => process.getBuiltinModule('node:v8');

// The key of a tagged value; a user's hash with this key cannot be sent.
const TAG = '\u0000kyll.value';

type Tagged =
  | { [TAG]: 'time' | 'date'; ms: number; offset: number; utc: boolean; zone: string | undefined | null; subNanos: number }
  | { [TAG]: 'datetime'; ms: number; offset: number; nanos: number }
  | { [TAG]: 'float'; value: number }
  | { [TAG]: 'hash'; entries: unknown[] }
  | { [TAG]: 'record'; entries: unknown[] }
  | { [TAG]: 'range'; first: number; last: number }
  | { [TAG]: 'ref'; key: string }
  | { [TAG]: 'prefix'; of: string; length: number };

class Unsendable extends Error {}

/**
 * `model` as bytes for `decodeModel` on another thread, or undefined when it holds what cannot be
 * sent. An object `refs` names is written as its name (the receiver's decodeModel `refs` has it).
 */
export function encodeModel(model: unknown, refs?: ReadonlyMap<object, string>): Buffer | undefined {
  const seen = new Map<object, unknown>();
  if (refs) for (const [v, key] of refs) seen.set(v, { [TAG]: 'ref', key } satisfies Tagged);
  try {
    return v8().serialize(tag(model, seen));
  } catch (e) {
    if (e instanceof Unsendable) return undefined;
    throw e;
  }
}

/** The model `encodeModel` wrote, with kyll's value classes made again, and each reference to an object of `refs` that object. */
export function decodeModel<T>(bytes: Uint8Array, refs?: ReadonlyMap<string, unknown>): T {
  return untag(v8().deserialize(bytes), new Map(), refs) as T;
}

function tag(v: unknown, seen: Map<object, unknown>): unknown {
  if (typeof v !== 'object' || v === null) {
    if (typeof v === 'function' || typeof v === 'symbol') throw new Unsendable();
    return v;
  }
  const done = seen.get(v);
  if (done !== undefined) return done;
  const proto = Object.getPrototypeOf(v) as object | null;
  // Of any realm: what v8.deserialize made comes from Node's own (in a vm context, as under jest).
  if (proto === null || proto === Object.prototype || builtIn(proto, 'Object')) {
    if (Object.hasOwn(v, TAG)) throw new Unsendable();
    // Front matter with typed keys or a key order of its own (`true:`, `2:`; typed-keys.ts): the
    // notes are symbols, which V8's serializer leaves out; its pairs travel, each key as Ruby holds it.
    if (hasRubyNotes(v)) {
      const out: Tagged = { [TAG]: 'record', entries: [] };
      seen.set(v, out);
      for (const [k, x] of typedEntries(v)) out.entries.push([tag(k, seen), tag(x, seen)]);
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) setKey(out, k, k === PREFIXED ? prefixOf(v as Record<string, unknown>, seen) : tag((v as Record<string, unknown>)[k], seen));
    return out;
  }
  if (Array.isArray(v) && (proto === Array.prototype || builtIn(proto, 'Array'))) {
    const a = v as unknown[];
    const out = new Array<unknown>(a.length);
    seen.set(v, out);
    for (let i = 0; i < a.length; i++) if (i in a) out[i] = tag(a[i], seen);
    return out;
  }
  const out = tagInstance(v, seen);
  seen.set(v, out);
  return out;
}

// A document's excerpt source is most often its content or the start of it (read/excerpt.ts):
// sent as a length, not as a second copy of the text (V8's serializer writes each string
// whole, even the same one twice), and made again as a slice of the content, which
// shares its characters. The 10,000-post bench site as read (8,118 posts published at
// its SOURCE_DATE_EPOCH) encodes to 27.6 MB instead of 42.7 (session 10); the CPU to
// encode and decode it did not change beyond the noise (0.2-0.4 s each, loaded machine).
const PREFIXED = 'excerptSource';
const WHOLE = 'content';

function prefixOf(o: Record<string, unknown>, seen: Map<object, unknown>): unknown {
  const x = o[PREFIXED];
  const whole = o[WHOLE];
  if (typeof x !== 'string' || typeof whole !== 'string' || x.length < 32 || !whole.startsWith(x)) return tag(x, seen);
  return { [TAG]: 'prefix', of: WHOLE, length: x.length } satisfies Tagged;
}

/** Whether `proto` is the built-in class `name`'s own prototype (Map.prototype...) of any realm, not a subclass's. */
function builtIn(proto: object | null, name: string): boolean {
  if (proto === null) return false;
  const ctor = (proto as { constructor?: unknown }).constructor;
  if (typeof ctor !== 'function' || ctor.name !== name || ctor.prototype !== proto) return false;
  const up = Object.getPrototypeOf(proto) as object | null;
  return name === 'Object' ? up === null : up !== null && Object.getPrototypeOf(up) === null;
}

function tagInstance(v: object, seen: Map<object, unknown>): unknown {
  if (v instanceof JekyllTime) {
    // A RubyDate's fields are all in its time (midnight UTC, offset 0).
    if (v instanceof RubyDateTime) return { [TAG]: 'datetime', ms: v.getTime(), offset: v.utcOffset, nanos: v.nanos } satisfies Tagged;
    return { [TAG]: v instanceof RubyDate ? 'date' : 'time', ms: v.getTime(), offset: v.utcOffset, utc: v.isUtc, zone: v.localZone, subNanos: v.subMillisecondNanos } satisfies Tagged;
  }
  if (v instanceof RubyFloat) return { [TAG]: 'float', value: v.value } satisfies Tagged;
  if (v instanceof RubyRange) return { [TAG]: 'range', first: v.first, last: v.last } satisfies Tagged;
  if (v instanceof RubyHash) {
    return { [TAG]: 'hash', entries: v.entries().map(([k, x]) => [tag(k, seen), tag(x, seen)]) } satisfies Tagged;
  }
  const proto = Object.getPrototypeOf(v) as object | null;
  if ((types.isDate(v) && builtIn(proto, 'Date')) || ArrayBuffer.isView(v) || types.isAnyArrayBuffer(v)) return v;
  if (types.isMap(v) && builtIn(proto, 'Map')) {
    const out = new Map<unknown, unknown>();
    seen.set(v, out);
    for (const [k, x] of v as Map<unknown, unknown>) out.set(tag(k, seen), tag(x, seen));
    return out;
  }
  if (types.isSet(v) && builtIn(proto, 'Set')) {
    const out = new Set<unknown>();
    seen.set(v, out);
    for (const x of v as Set<unknown>) out.add(tag(x, seen));
    return out;
  }
  throw new Unsendable();
}

function untag(v: unknown, seen: Map<object, unknown>, refs?: ReadonlyMap<string, unknown>): unknown {
  if (typeof v !== 'object' || v === null) return v;
  const done = seen.get(v);
  if (done !== undefined) return done;
  // What v8.deserialize makes may come from another realm (a vm context): no instanceof here.
  if (Array.isArray(v)) {
    seen.set(v, v);
    for (let i = 0; i < v.length; i++) if (i in v) v[i] = untag(v[i], seen, refs);
    return v;
  }
  if (types.isMap(v)) {
    seen.set(v, v);
    const entries = [...v];
    v.clear();
    for (const [k, x] of entries) v.set(untag(k, seen, refs), untag(x, seen, refs));
    return v;
  }
  if (types.isSet(v)) {
    seen.set(v, v);
    const items = [...v];
    v.clear();
    for (const x of items) v.add(untag(x, seen, refs));
    return v;
  }
  if (types.isDate(v) || ArrayBuffer.isView(v) || types.isAnyArrayBuffer(v)) return v;
  if (Object.hasOwn(v, TAG)) return revive(v as Tagged, seen, refs);
  seen.set(v, v);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    const y = k === PREFIXED && isPrefix(x) ? (o[x.of] as string).slice(0, x.length) : untag(x, seen, refs);
    if (y !== x) setKey(o, k, y);
  }
  return v;
}

function isPrefix(x: unknown): x is Extract<Tagged, { [TAG]: 'prefix' }> {
  return typeof x === 'object' && x !== null && (x as Partial<Tagged>)[TAG] === 'prefix';
}

function revive(t: Tagged, seen: Map<object, unknown>, refs: ReadonlyMap<string, unknown> | undefined): unknown {
  let out: unknown;
  switch (t[TAG]) {
    case 'time':
      out = new JekyllTime(t.ms, t.offset, t.utc).withLocalZone(t.zone).withSubMillisecondNanos(t.subNanos);
      break;
    case 'datetime':
      out = new RubyDateTime(t.ms, t.offset, t.nanos);
      break;
    case 'date': {
      const d = new RubyDate(1970, 1, 1);
      d.setTime(t.ms);
      out = d;
      break;
    }
    case 'float':
      out = new RubyFloat(t.value);
      break;
    case 'range':
      out = new RubyRange(t.first, t.last);
      break;
    case 'hash':
      out = new RubyHash((t.entries as Array<[unknown, unknown]>).map(([k, x]) => [untag(k, seen, refs), untag(x, seen, refs)] as const));
      break;
    case 'record':
      out = typedRecord((t.entries as Array<[unknown, unknown]>).map(([k, x]) => [untag(k, seen, refs), untag(x, seen, refs)] as const));
      break;
    case 'prefix':
      throw new Error('internal: an excerpt source outside the document it starts');
    case 'ref':
      out = refs?.get(t.key);
      if (out === undefined) throw new Error(`internal: the model refers to ${t.key}, which this thread does not hold`);
      break;
  }
  seen.set(t, out);
  return out;
}
