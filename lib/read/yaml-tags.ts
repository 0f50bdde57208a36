// Tagged YAML nodes as Psych.safe_load makes them (psych/visitors/to_ruby.rb: ToRuby#deserialize
// for scalars, visit_Psych_Nodes_Sequence and visit_Psych_Nodes_Mapping), with Jekyll's permitted
// classes (Date, Time): `!binary` text is base64 decoded, `!str` keeps its text, `!float` is
// Float(), a class tag is refused (Psych::DisallowedClass), any other tag reads the node as if
// untagged, a scalar then resolved even when quoted (`!!int "12"` is 12, `!!bool foo` is "foo").
import jsyaml from 'js-yaml';
import { AS_STRING, DisallowedClassError, PsychArgumentError, PsychLoadError, tokenize } from './psych-scalar.js';
import { RubyFloat } from '../values/ruby-float.js';
import { binaryText } from '../values/binary-text.js';
import { strMembersError } from './yaml-str-members.js';

/** A mapping's key as Psych made it (yaml.ts marks a key that is not a String) and a value out of its box. */
export interface OpenedNodes {
  key(key: string): unknown;
  value(value: unknown): unknown;
}

/** The scalar, sequence and mapping types that take every tag the schema does not name exactly. */
export function psychTagTypes(zone: string | undefined, boxed: (value: unknown) => unknown, opened: OpenedNodes): jsyaml.Type[] {
  const options = { multi: true, resolve: () => true };
  return [
    new jsyaml.Type('', { ...options, kind: 'scalar', construct: (data: string | null, tag?: string) => taggedScalar(data ?? '', tag ?? '', zone, boxed) }),
    new jsyaml.Type('', { ...options, kind: 'sequence', construct: (data: unknown[] | null, tag?: string) => taggedSequence(data ?? [], tag ?? '') }),
    new jsyaml.Type('', { ...options, kind: 'mapping', construct: (data: Record<string, unknown> | null, tag?: string) => taggedMapping(data ?? {}, tag ?? '', opened) }),
    // An empty node is a plain scalar to libyaml: `!!seq` or `!!map` on it is ToRuby#deserialize's
    // untagged "", which tokenizes as nil (js-yaml's own types make [] and {})
    new jsyaml.Type(`${CORE}seq`, { kind: 'sequence', construct: (data: unknown[] | null) => data }),
    new jsyaml.Type(`${CORE}map`, { kind: 'mapping', construct: (data: Record<string, unknown> | null) => data }),
  ];
}

const CORE = 'tag:yaml.org,2002:';

// ToRuby#deserialize: the class tags it refuses, by the class it would load.
const SCALAR_CLASSES: Record<string, string> = {
  '!ruby/object:BigDecimal': 'BigDecimal',
  '!ruby/object:DateTime': 'DateTime',
  '!ruby/object:Complex': 'Complex',
  '!ruby/object:Rational': 'Rational',
  '!ruby/regexp': 'Regexp',
  '!ruby/range': 'Range',
};

function taggedScalar(text: string, tag: string, zone: string | undefined, boxed: (value: unknown) => unknown): unknown {
  if (tag === '!binary' || tag === `${CORE}binary`) return unpackBase64(text);
  const str = /^!(?:str|ruby\/string)(?::(.*))?$/.exec(tag);
  if (str || tag === `${CORE}str`) {
    if (str?.[1]) throw new DisallowedClassError(str[1]);
    return text;
  }
  const refused = SCALAR_CLASSES[tag] ?? (/^!ruby\/sym(?:bol)?:?/.test(tag) ? 'Symbol' : undefined);
  if (refused) throw new DisallowedClassError(refused);
  // resolve_class of the node's text: Restricted#find permits Date and Time only, neither a class tag's own.
  if (tag === '!ruby/class' || tag === '!ruby/module') throw new DisallowedClassError(text);
  if (tag === '!ruby/encoding') return text; // an Encoding, which Liquid prints by its name
  const value = tokenize(text, zone);
  if (tag === `${CORE}float` || tag === '!float') return boxed(rubyFloat(value === AS_STRING ? text : value));
  return value === AS_STRING ? text : boxed(value);
}

function taggedSequence(items: unknown[], tag: string): unknown {
  // Psych::Omap.new, made without the class loader: a Hash of each item's first pair.
  if (tag === '!omap' || tag === `${CORE}omap`) {
    const out: Record<string, unknown> = {};
    for (const item of items) {
      const pair = item !== null && typeof item === 'object' ? Object.entries(item)[0] : undefined;
      if (pair) out[pair[0]] = pair[1];
    }
    return out;
  }
  const klass = /^!(?:seq|ruby\/array):(.*)$/.exec(tag);
  if (klass) throw new DisallowedClassError(klass[1]!);
  return items;
}

function taggedMapping(map: Record<string, unknown>, tag: string, opened: OpenedNodes): unknown {
  const struct = /^!ruby\/struct:?(.*)$/.exec(tag);
  if (struct) throw new DisallowedClassError(struct[1] || 'Struct');
  const object = /^!ruby\/object:?(.*)$/.exec(tag);
  if (object) {
    if (object[1] === 'Hash') return map;
    throw new DisallowedClassError(object[1] || 'Object');
  }
  const str = /^!(?:str|ruby\/string)(?::(.*))?$/.exec(tag);
  if (str || tag === `${CORE}str`) {
    if (str?.[1]) throw new DisallowedClassError(str[1]);
    const keys = Object.keys(map);
    // (a `str` written twice: the last one, as each is set in its turn)
    const strKey = keys.findLast((k) => opened.key(k) === 'str');
    const members = keys.filter((k) => opened.key(k) !== 'str');
    const error = members.length > 0 ? strMembersError(strKey !== undefined ? opened.value(map[strKey]) : null, members.map((k) => opened.key(k))) : undefined;
    if (error) throw error;
    return strKey !== undefined ? (map[strKey] ?? null) : null;
  }
  const exception = /^!ruby\/exception:?(.*)$/.exec(tag);
  if (exception) throw new DisallowedClassError(exception[1] || 'Exception');
  const ivars = /^!ruby\/hash-with-ivars(?::(.*))?$/.exec(tag);
  if (ivars) {
    if (ivars[1]) throw new DisallowedClassError(ivars[1]);
    const elements = Object.keys(map).find((k) => opened.key(k) === 'elements');
    return elements !== undefined ? (map[elements] ?? {}) : {};
  }
  const klass = /^!(?:ruby\/array|map|ruby\/hash|ruby\/marshalable):(.*)$/.exec(tag);
  if (klass) throw new DisallowedClassError(klass[1]!);
  if (tag === '!ruby/range') throw new DisallowedClassError('Range');
  if (tag === '!set' || tag === `${CORE}set`) throw new DisallowedClassError('Psych::Set');
  if (tag === '!omap' || tag === `${CORE}omap`) throw new DisallowedClassError('Psych::Omap');
  return map;
}

/** Kernel#Float on what Psych's tokenizer made of the text (a String when it stays one). */
function rubyFloat(value: unknown): number | RubyFloat {
  if (typeof value === 'number') return Number.isInteger(value) ? new RubyFloat(value) : value;
  if (typeof value === 'bigint') return new RubyFloat(Number(value));
  if (value instanceof RubyFloat) return value;
  if (typeof value === 'string') {
    const n = floatOfString(value);
    // Float's ArgumentError is rescued by Utils.safe_load_yaml, which retries with the Psych < 3.1
    // arguments (yaml, [Date, Time]): that call's ArgumentError is what Jekyll reports.
    if (n === undefined) throw new PsychArgumentError('wrong number of arguments (given 2, expected 1)');
    return Number.isInteger(n) ? new RubyFloat(n) : n;
  }
  const name = value === null ? 'nil' : typeof value === 'boolean' ? String(value) : 'Date';
  throw new PsychLoadError(`can't convert ${name} into Float`);
}

// Kernel#Float(String): a decimal (underscores between digits, an exponent) or a 0x integer.
const DECIMAL = /^[-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+(?:_\d+)*)?$/;
function floatOfString(s: string): number | undefined {
  const t = s.trim();
  if (/^[-+]?0x[0-9a-f]+(?:_[0-9a-f]+)*$/i.test(t)) return (t.startsWith('-') ? -1 : 1) * parseInt(t.replace(/^[-+]?0x|_/gi, ''), 16);
  if (!DECIMAL.test(t) || !/\d/.test(t) || /^[-+]?\.?[eE]/.test(t) || /\.(?!\d)/.test(t)) return undefined;
  return Number(t.replace(/_/g, ''));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * String#unpack('m'), lenient: characters outside the alphabet are skipped, a `=` ends the text
 * in a group's third or fourth place, a last group of two or three characters gives one or two
 * bytes. The bytes are a binary String in Ruby (Psych's `!binary`): `size` counts them, and
 * next to other non-ASCII text Ruby refuses to join the two encodings (values/binary-text.ts).
 */
export function unpackBase64(text: string): string {
  const bytes: number[] = [];
  const group: number[] = [];
  for (const ch of text) {
    const v = BASE64.indexOf(ch);
    if (v < 0) {
      if (ch === '=' && group.length >= 2) break;
      continue;
    }
    group.push(v);
    if (group.length === 4) {
      const [a, b, c, d] = group as [number, number, number, number];
      bytes.push(((a << 2) | (b >> 4)) & 255, ((b << 4) | (c >> 2)) & 255, ((c << 6) | d) & 255);
      group.length = 0;
    }
  }
  if (group.length >= 2) {
    const [a, b, c] = group as [number, number, number | undefined];
    bytes.push(((a << 2) | (b >> 4)) & 255);
    if (c !== undefined) bytes.push(((b << 4) | (c >> 2)) & 255);
  }
  return binaryText(Uint8Array.from(bytes));
}
