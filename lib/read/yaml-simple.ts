// The common shape of front matter read without the full YAML parser: a top-level
// mapping of `key: value` lines whose values are plain scalars (resolved by Psych's
// ScalarScanner#tokenize, as the full path resolves them), quoted strings on one line,
// block lists of such scalars and one-line flow lists. Anything else (nesting,
// anchors, tags, block scalars, multi-line scalars, tabs, odd keys) is NOT_SIMPLE and
// goes to js-yaml (yaml.ts), so that values, errors and their lines stay the full parser's.
import { AS_STRING, tokenize } from './psych-scalar.js';

export const NOT_SIMPLE: unique symbol = Symbol('yaml.not-simple');

// What js-yaml refuses or reads otherwise (non-printable characters, lone surrogates,
// NEL and the Unicode line breaks, a BOM), tabs (separators with rules of their own)
// and a carriage return that does not end a line.
const UNUSUAL = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\uFEFF\u2028\u2029\uFFFE\uFFFF]|\r(?!\n)|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
// A key: an ASCII name, `:` (after spaces maybe), then a space or the line's end.
const KEY = /^([A-Za-z0-9_][A-Za-z0-9_-]*) *:(?= |$)/;
// Characters that start something other than a plain scalar (js-yaml readPlainScalar), `[` aside.
const NOT_PLAIN_START = new Set(['{', ']', '}', ',', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
// js-yaml's simpleEscapeSequence (tab left out: tabs are never simple).
const ESCAPES: Record<string, string> = {
  '0': '\x00', a: '\x07', b: '\x08', t: '\x09', n: '\x0A', v: '\x0B', f: '\x0C', r: '\x0D', e: '\x1B',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xA0', L: '\u2028', P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * The value js-yaml (with kyll's Psych schema) gives `text`, when `text` has the
 * simple shape; NOT_SIMPLE otherwise. An optional `---` first line is the document
 * start. A document with no keys is null, as an empty document is.
 */
export function readSimpleYaml(text: string, zone?: string): unknown {
  if (UNUSUAL.test(text)) return NOT_SIMPLE;
  const out: Record<string, unknown> = {};
  let keys = 0;
  let pendingKey: string | undefined; // `key:` with nothing after it yet
  let list: unknown[] | undefined; // the open block list of pendingKey
  let listIndent = -1;
  let start = 0;
  if (text.startsWith('---')) {
    const end = lineEnd(text, 0);
    if (!/^---[ ]*$/.test(text.slice(0, end))) return NOT_SIMPLE;
    start = nextLine(text, end);
  }
  const close = (): void => {
    if (pendingKey !== undefined) out[pendingKey] = list ?? null;
    pendingKey = undefined;
    list = undefined;
  };
  try {
    for (let at = start; at < text.length; ) {
      const end = lineEnd(text, at);
      const line = text.slice(at, end);
      at = nextLine(text, end);
      const indent = countSpaces(line, 0);
      if (indent === line.length) continue; // blank
      const first = line[indent]!;
      if (first === '#') {
        // A comment between a key and its list, or inside an indented part: js-yaml's rules.
        if (indent > 0 || (pendingKey !== undefined && list === undefined)) return NOT_SIMPLE;
        close();
        continue;
      }
      if (first === '-' && (line.length === indent + 1 || line[indent + 1] === ' ')) {
        // A block list item: only right after `key:` or another item at the same indent.
        if (pendingKey === undefined || (list !== undefined && indent !== listIndent)) return NOT_SIMPLE;
        if (list === undefined) [list, listIndent] = [[], indent];
        const item = readValue(line, countSpaces(line, indent + 1), zone, false);
        if (item === NOT_SIMPLE || item === EMPTY_COMMENT) return NOT_SIMPLE;
        list.push(item === EMPTY ? null : item);
        continue;
      }
      if (indent > 0) return NOT_SIMPLE; // a continuation, a nested mapping...
      const m = KEY.exec(line);
      const key = m?.[1];
      if (m === null || key === undefined || key === '__proto__' || !isStringKey(key)) return NOT_SIMPLE;
      close();
      if (Object.hasOwn(out, key)) return NOT_SIMPLE;
      keys++;
      const value = readValue(line, countSpaces(line, m[0].length), zone, true);
      if (value === NOT_SIMPLE) return NOT_SIMPLE;
      if (value === EMPTY || value === EMPTY_COMMENT) pendingKey = key;
      else out[key] = value;
    }
    close();
  } catch {
    return NOT_SIMPLE; // a `:symbol` (refused by safe_load): the full parser reports it with its line
  }
  return keys === 0 ? null : out;
}

// Keys repeat from one front matter to the next: whether Psych reads each as a string, kept.
const stringKeys = new Map<string, boolean>();
function isStringKey(key: string): boolean {
  let yes = stringKeys.get(key);
  if (yes === undefined) {
    if (stringKeys.size > 1000) stringKeys.clear();
    stringKeys.set(key, (yes = tokenize(key) === AS_STRING));
  }
  return yes;
}

// Nothing after the `:` or `-` (a pending key; an item that is null); only a comment there.
const EMPTY: unique symbol = Symbol('empty');
const EMPTY_COMMENT: unique symbol = Symbol('empty-comment');

/** The scalar (or one-line flow list, when `flow`) from `from` to the line's end. */
function readValue(line: string, from: number, zone: string | undefined, flow: boolean): unknown {
  if (from === line.length) return EMPTY;
  const ch = line[from]!;
  if (ch === '#') return EMPTY_COMMENT;
  if (ch === "'" || ch === '"') {
    const quoted = ch === "'" ? singleQuoted(line, from) : doubleQuoted(line, from);
    return quoted && restIsBlank(line, quoted.end) ? quoted.value : NOT_SIMPLE;
  }
  if (ch === '[') return flow ? flowList(line, from, zone) : NOT_SIMPLE;
  if (ch === '!' && line[from + 1] === ' ') {
    // The non-specific tag on a quoted scalar (`title: ! 'text'`): Psych tokenizes its text even so,
    // a text that stays a string is read here, any other by the full reader (yaml.ts).
    const at = countSpaces(line, from + 1);
    const q = line[at];
    const quoted = q === "'" ? singleQuoted(line, at) : q === '"' ? doubleQuoted(line, at) : undefined;
    return quoted && restIsBlank(line, quoted.end) && staysString(quoted.value, zone) ? quoted.value : NOT_SIMPLE;
  }
  if (NOT_PLAIN_START.has(ch) || ((ch === '-' || ch === '?' || ch === ':') && (from + 1 === line.length || line[from + 1] === ' '))) return NOT_SIMPLE;
  const plain = plainScalar(line, from, line.length, false);
  if (plain === undefined || plain.text === '<<') return NOT_SIMPLE;
  if (!restIsBlank(line, plain.end)) return NOT_SIMPLE;
  return resolve(plain.text, zone);
}

/** A plain scalar from `from`: up to a comment, the line's end or (in a flow list) `,` or `]`; undefined when `: ` is inside (or, in a flow list, a `:` before `,?[]{}`: libyaml refuses it, yaml-flow-colon.ts). */
function plainScalar(line: string, from: number, to: number, inFlow: boolean): { text: string; end: number } | undefined {
  let last = from; // one past the last non-space character
  let i = from;
  for (; i < to; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a /* : */ && (i + 1 === to || line[i + 1] === ' ' || (inFlow && ',?[]{}'.includes(line[i + 1]!)))) return undefined;
    if (c === 0x23 /* # */ && line[i - 1] === ' ') break;
    if (inFlow && (c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d)) break; // , [ ] { }
    if (c !== 0x20) last = i + 1;
  }
  return { text: line.slice(from, last), end: i };
}

/** The plain scalar's Ruby value: Psych's tokenizer, integers unboxed as yaml.ts unboxes them. */
function resolve(text: string, zone: string | undefined): unknown {
  const value = tokenize(text, zone);
  return value === AS_STRING ? text : value;
}

/** After a value: only spaces, then maybe a comment (`#` after a space), to the line's end. */
function restIsBlank(line: string, from: number): boolean {
  const i = countSpaces(line, from);
  return i === line.length || (line[i] === '#' && line[i - 1] === ' ');
}

function singleQuoted(line: string, from: number): { value: string; end: number } | undefined {
  let value = '';
  let segment = from + 1;
  for (let i = from + 1; i < line.length; i++) {
    if (line[i] !== "'") continue;
    value += line.slice(segment, i);
    if (line[i + 1] !== "'") return { value, end: i + 1 };
    value += "'";
    segment = ++i + 1;
  }
  return undefined; // continues on the next line
}

function doubleQuoted(line: string, from: number): { value: string; end: number } | undefined {
  let value = '';
  let segment = from + 1;
  for (let i = from + 1; i < line.length; i++) {
    const c = line[i];
    if (c === '"') return { value: value + line.slice(segment, i), end: i + 1 };
    if (c !== '\\') continue;
    value += line.slice(segment, i);
    const e = line[++i];
    if (e === undefined) return undefined; // an escaped line break
    if (Object.hasOwn(ESCAPES, e)) value += ESCAPES[e];
    else if (Object.hasOwn(HEX_LENGTH, e)) {
      const hex = line.slice(i + 1, i + 1 + HEX_LENGTH[e]!);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== HEX_LENGTH[e]) return undefined;
      const code = parseInt(hex, 16);
      // libyaml refuses a surrogate or a code point past U+10FFFF (yaml-invalid-escape.ts).
      if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return undefined;
      value += charFromCodepoint(code);
      i += hex.length;
    } else return undefined; // js-yaml's "unknown escape sequence"
    segment = i + 1;
  }
  return undefined;
}

// js-yaml's charFromCodepoint.
function charFromCodepoint(c: number): string {
  if (c <= 0xffff) return String.fromCharCode(c);
  return String.fromCharCode(((c - 0x010000) >> 10) + 0xd800, ((c - 0x010000) & 0x03ff) + 0xdc00);
}

/** `[a, 'b', 3]` on one line: plain or quoted items separated by commas. */
function flowList(line: string, from: number, zone: string | undefined): unknown {
  const items: unknown[] = [];
  let i = countSpaces(line, from + 1);
  if (line[i] === ']') return restIsBlank(line, i + 1) ? items : NOT_SIMPLE;
  for (;;) {
    const ch = line[i];
    if (ch === undefined) return NOT_SIMPLE;
    let end: number;
    if (ch === "'" || ch === '"') {
      const quoted = ch === "'" ? singleQuoted(line, i) : doubleQuoted(line, i);
      if (!quoted) return NOT_SIMPLE;
      items.push(quoted.value);
      end = countSpaces(line, quoted.end);
    } else {
      // (a `?` there is a key in libyaml whatever follows it: yaml-flow-key.ts)
      if (NOT_PLAIN_START.has(ch) || ch === '[' || ch === ':' || ch === '?' || (ch === '-' && ' ,[]{}'.includes(line[i + 1] ?? ' '))) return NOT_SIMPLE;
      const plain = plainScalar(line, i, line.length, true);
      if (plain === undefined || plain.text === '' || line[plain.end] === '#' || plain.text === '<<') return NOT_SIMPLE;
      items.push(resolve(plain.text, zone));
      end = plain.end;
    }
    if (line[end] === ']') return restIsBlank(line, end + 1) ? items : NOT_SIMPLE;
    if (line[end] !== ',') return NOT_SIMPLE;
    i = countSpaces(line, end + 1);
    if (line[i] === ']') return NOT_SIMPLE; // a trailing comma
  }
}

function countSpaces(line: string, from: number): number {
  let i = from;
  while (line.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Where the line starting at `from` ends, before its `\n` or `\r\n`. */
function lineEnd(text: string, from: number): number {
  let nl = text.indexOf('\n', from);
  if (nl === -1) nl = text.length;
  return nl > from && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
}

function nextLine(text: string, end: number): number {
  return text.charCodeAt(end) === 0x0d ? end + 2 : end + 1;
}

/** Does Psych's tokenizer leave this text a String? (A `:symbol` is refused: the full reader says where.) */
function staysString(text: string, zone: string | undefined): boolean {
  try {
    return tokenize(text, zone) === AS_STRING;
  } catch {
    return false;
  }
}
