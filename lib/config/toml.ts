// A TOML reader for `_config.toml` / `--config x.toml`: Jekyll's Configuration#safe_load_file reads
// these with Tomlrb.load_file, and Jekyll 4.3 ships with Tomlrb 1.3.0, which is not TOML 1.0. This
// reads what Tomlrb 1.3.0 reads, as it reads it (checked by scripts/fuzz-toml.mjs):
// - its scanner (scanner.rb) cuts tokens with the same regexps, newlines being plain spaces (so
//   `a = 1 b = 2` is two assignments) and a key a single token (no dotted keys, inline-table keys
//   bare only); quoted keys keep their escapes as written; `1.` is a Float, `01` or 0x1F refused;
// - its grammar (parser.y): `a =` with no value is nil, `[a.]` is `[a]`, `[]` the root again;
// - its handler (handler.rb): keys are simply (re)assigned (the last one wins), `[a]` reopens or
//   enters whatever `a` holds (the last element of an array), `[[a]]` appends to any array. Where
//   that is a Ruby error (NoMethodError, TypeError, Time.new's ArgumentError...), Jekyll stops: so
//   does this, with a TomlError naming the line.
import { RubyFloat } from '../values/ruby-float.js';
import { JekyllTime } from '../time/jekyll-time.js';
import { keepRubyOrder } from '../values/typed-keys.js';
import type { Data } from '../types.js';

export class TomlError extends Error {
  constructor(
    /** The Ruby exception Tomlrb raises, "Class: message". */
    readonly reason: string,
    readonly line: number,
  ) {
    super(`${reason} at line ${line}`);
  }

  /** Configuration#read_config_files rescues an ArgumentError (Time.new's, a byte that is not UTF-8): Jekyll warns and goes on. */
  get isArgumentError(): boolean {
    return this.reason.startsWith('ArgumentError: ');
  }

  /** The exception's message, as Jekyll's warning prints it. */
  get rubyMessage(): string {
    return this.reason.slice(this.reason.indexOf(': ') + 2);
  }
}

type Table = Record<string, unknown>;

export function parseToml(text: string): Data {
  return new TomlrbParser(text).parse();
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A TOML file's bytes as Tomlrb.load_file reads them: UTF-8, a BOM kept (the scanner then refuses
 * it); bytes that are not UTF-8, even in a comment, fail its first scan ("invalid byte sequence").
 */
export function parseTomlFile(bytes: Uint8Array): Data {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    let line = 1;
    for (let start = 0; start < bytes.length; line++) {
      const end = bytes.indexOf(0x0a, start);
      try {
        UTF8.decode(bytes.subarray(start, end < 0 ? bytes.length : end));
      } catch {
        break;
      }
      start = end < 0 ? bytes.length : end + 1;
    }
    throw new TomlError('ArgumentError: invalid byte sequence in UTF-8', line);
  }
  return parseToml(text);
}

// --- the scanner (Tomlrb::Scanner): tried in this order at each place ---------------------------
type Kind =
  | 'DATETIME' | 'STRING_MULTI' | 'STRING_BASIC' | 'STRING_LITERAL_MULTI' | 'STRING_LITERAL'
  | 'FLOAT' | 'FLOAT_INF' | 'FLOAT_NAN' | 'INTEGER' | 'TRUE' | 'FALSE' | 'IDENTIFIER' | 'CHAR' | 'EOF';

interface Token {
  kind: Kind;
  text: string;
  line: number;
  match?: RegExpExecArray;
}

// Ruby's `.` is any character but \n, `\s` is [ \t\n\v\f\r]; both written out for JavaScript.
const RULES: Array<[Exclude<Kind, 'CHAR' | 'EOF'>, RegExp]> = [
  ['DATETIME', /(-?\d{4})-(\d{2})-(\d{2})(?:(?:[tT]|[ \t\n\v\f\r])(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?([zZ]|[-+]\d{2}:\d{2})?/uy],
  ['STRING_MULTI', /"{3}(?:[^]*?"{3,4})/uy],
  ['STRING_BASIC', /"(?:\\?[^\n])*?"/uy],
  ['STRING_LITERAL_MULTI', /'{3}(?:[^]*?'{3})/uy],
  ['STRING_LITERAL', /'(?:\\?[^\n])*?'/uy],
  ['FLOAT', /[+-]?(?:[0-9_]+\.[0-9_]*|\d+(?=[eE]))(?:[eE][+-]?[0-9_]+)?/uy],
  ['FLOAT_INF', /[+-]?inf/uy],
  ['FLOAT_NAN', /[+-]?nan/uy],
  ['INTEGER', /[+-]?(?:[1-9](?:_?\d)*|0)(?![A-Za-z0-9_-]+)/uy],
  ['TRUE', /true/uy],
  ['FALSE', /false/uy],
  ['IDENTIFIER', /[A-Za-z0-9_-]+/uy],
];
const SKIP = /(?:[ \t\r\n]|#[^\n]*)+/uy;
const NEWLINES = /\n/g;

function* tokens(s: string): Generator<Token> {
  let i = 0;
  let line = 1;
  const advance = (to: number): void => {
    line += (s.slice(i, to).match(NEWLINES) ?? []).length;
    i = to;
  };
  for (;;) {
    SKIP.lastIndex = i;
    if (SKIP.exec(s)) advance(SKIP.lastIndex);
    if (i >= s.length) {
      yield { kind: 'EOF', text: '$end', line };
      return;
    }
    let token: Token | undefined;
    for (const [kind, re] of RULES) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (m) {
        token = { kind, text: m[0], line, match: m };
        break;
      }
    }
    token ??= { kind: 'CHAR', text: String.fromCodePoint(s.codePointAt(i)!), line };
    advance(i + token.text.length);
    yield token;
  }
}

// --- values (the parser's actions) ----------------------------------------------------------------
const SPECIAL: Record<string, string> = { t: '\t', b: '\b', f: '\f', n: '\n', r: '\r', '"': '"', '\\': '\\' };

/** StringUtils.replace_escaped_chars: \uXXXX, \UXXXXXXXX and the seven escapes; any other is an error. */
function replaceEscapes(s: string, line: number): string {
  return s.replace(/\\(u[\da-fA-F]{4}|U[\da-fA-F]{8}|[^\n])/gu, (m, code: string) => {
    if (!/^[uU][\da-fA-F]/.test(code)) {
      if (code in SPECIAL) return SPECIAL[code]!;
      throw new TomlError(`Tomlrb::ParseError: Escape sequence ${m} is reserved`, line);
    }
    const n = parseInt(code.slice(1), 16);
    // Integer#chr(UTF_8): a RangeError past U+10FFFF or for a surrogate.
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) throw new TomlError(`RangeError: invalid codepoint 0x${n.toString(16).toUpperCase()} in UTF-8`, line);
    return String.fromCodePoint(n);
  });
}

/** StringUtils.strip_spaces: one leading "\n" (only that: "\r\n" stays). */
const stripFirstNewline = (s: string): string => (s.startsWith('\n') ? s.slice(1) : s);

/** String#to_f: the longest leading number, underscores only between digits; no digits is 0.0. */
export function rubyToF(text: string): number {
  const m = /^([+-]?)(\d+(?:_\d+)*)(\.\d+(?:_\d+)*)?([eE][+-]?\d+(?:_\d+)*)?/.exec(text);
  if (!m) return 0;
  return Number(`${m[1]}${m[2]}${m[3] ?? ''}${m[4] ?? ''}`.replace(/_/g, ''));
}

/** String#to_i of an INTEGER token (the scanner has checked its form): a bigint past 2^53. */
function toInteger(text: string): number | bigint {
  const big = BigInt(text.replace(/_/g, ''));
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** floor(x × 10^9) for 0 <= x < 1, exactly (x as the binary fraction it is, as Ruby's Rational keeps it). */
function exactNanos(x: number): number {
  if (x === 0) return 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const shift = BigInt((exponent === 0 ? 1 : exponent) - 1075);
  return Number((mantissa * 1_000_000_000n) >> -shift);
}

/**
 * `Time.new(year, mon, day, hour || 0, min || 0, sec.to_f, offset)` as the DATETIME action makes it:
 * no offset is "+00:00" and `Z` too (a lower-case `z` is not replaced, an ArgumentError), `-00:00`
 * a UTC time; a day past its month's end (up to 31), 24:00:00 and a 60th second roll over.
 */
function toTime(m: RegExpExecArray, line: number): JekyllTime {
  const fail = (what: string): never => {
    throw new TomlError(`ArgumentError: ${what}`, line);
  };
  const [, y, mo, d, h, mi, sec, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const seconds = Number(sec ?? 0);
  let offset = 0;
  let utc = false;
  if (zone !== undefined && zone !== 'Z') {
    if (zone === 'z') fail(`"+HH:MM", "-HH:MM", "UTC" or "A".."I","K".."Z" expected for utc_offset: z`);
    const hh = Number(zone.slice(1, 3));
    const mm = Number(zone.slice(4, 6));
    if (mm > 59) fail(`"+HH:MM", "-HH:MM", "UTC" or "A".."I","K".."Z" expected for utc_offset: ${zone}`);
    if (hh > 23) fail('utc_offset out of range');
    offset = (zone[0] === '-' ? -1 : 1) * (hh * 3600 + mm * 60);
    utc = zone === '-00:00';
  }
  if (month < 1 || month > 12) fail('mon out of range');
  if (day < 1) fail('mday out of range');
  if (day > 31) fail('argument out of range');
  if (hour > 24) fail('hour out of range');
  if (minute > 59 || (hour === 24 && minute > 0)) fail('min out of range');
  if (seconds >= 61 || (hour === 24 && seconds > 0)) fail('sec out of range');
  const whole = Math.floor(seconds);
  const nanos = exactNanos(seconds - whole);
  const f = utc ? { year, month, day, hour, minute } : toUtcFields(year, month, day, hour, minute, offset);
  const date = new Date(0);
  date.setUTCFullYear(f.year, f.month - 1, f.day);
  date.setUTCHours(f.hour, f.minute, whole, Math.floor(nanos / 1e6));
  return new JekyllTime(date.getTime(), offset, utc).withSubMillisecondNanos(nanos % 1e6);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Ruby 3.1's vtm_add_offset (time.c), which Time.new uses to move the fields given to UTC: minutes and
 * hours carry, a day steps to the next or previous day by the month's length as if the day were
 * valid, and the day is a 5-bit field: April 31 + 1 is 32, stored as 0 (March 31). The fields are
 * then counted on as they are (a 31st of April is May 1st).
 */
function toUtcFields(year: number, month: number, day: number, hour: number, minute: number, offset: number) {
  const sign = offset < 0 ? 1 : -1;
  let min = sign * Math.floor((Math.abs(offset) / 60) % 60);
  let hr = sign * Math.floor(Math.abs(offset) / 3600);
  let dayStep = 0;
  if (min) {
    min += minute;
    if (min < 0) {
      min += 60;
      hr -= 1;
    }
    if (min >= 60) {
      min -= 60;
      hr += 1;
    }
    minute = min;
  }
  if (hr) {
    hr += hour;
    if (hr < 0) {
      hr += 24;
      dayStep = -1;
    }
    if (hr >= 24) {
      hr -= 24;
      dayStep = 1;
    }
    hour = hr;
  }
  if (dayStep < 0) {
    if (month === 1 && day === 1) [year, month, day] = [year - 1, 12, 31];
    else if (day === 1) {
      month -= 1;
      day = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
    } else day -= 1;
  } else if (dayStep > 0) {
    if (month === 12 && day === 31) [year, month, day] = [year + 1, 1, 1];
    else if (day === (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) [month, day] = [month + 1, 1];
    else day = (day + 1) & 31;
  }
  return { year, month, day, hour, minute };
}

// --- Ruby's view of what `@current` holds ------------------------------------------------------------
const own = (table: Table, key: string): unknown => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
const isTable = (v: unknown): v is Table =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof RubyFloat) && !(v instanceof Date);

/** The Ruby class whose method Tomlrb calls on `v` (for the error message). */
function rubyClass(v: unknown): string {
  if (v === null || v === undefined) return 'NilClass';
  if (v === true) return 'TrueClass';
  if (v === false) return 'FalseClass';
  if (typeof v === 'number' || typeof v === 'bigint') return 'Integer';
  if (v instanceof RubyFloat) return 'Float';
  if (v instanceof Date) return 'Time';
  if (typeof v === 'string') return 'String';
  return Array.isArray(v) ? 'Array' : 'Hash';
}

/** Where Handler's @current is: a hash or array, or a String (Ruby changes it in place: kept with where it lives). */
interface Place {
  value: unknown;
  /** Writes a changed String back where it is held; undefined for a copy (String#[] returns one). */
  store?: (s: string) => void;
}

class TomlrbParser {
  private readonly tokens: Generator<Token>;
  private token: Token;
  private readonly root: Table = {};
  /** Each hash's keys in the order Ruby added them (a JavaScript object lists "1" before "b"). */
  private readonly order = new Map<Table, string[]>();
  private current: Place = { value: this.root };
  /** Handler's @array_names: the `[[a.b]]` paths, joined with "." (`[a.b]` after them is an error). */
  private readonly arrayNames = new Set<string>();
  /** `[[]]` makes an array under the key nil, which no Liquid name reaches: kept aside. */
  private nilArray: Table[] | undefined;

  constructor(text: string) {
    this.tokens = tokens(text);
    this.token = this.tokens.next().value as Token;
  }

  parse(): Data {
    for (;;) {
      const t = this.token;
      if (t.kind === 'EOF') break;
      if (t.kind === 'CHAR' && t.text === '[') this.tableHeader();
      else if (t.kind === 'CHAR' && t.text === '{') this.inlineTable(); // an expression of its own: read, then dropped
      else if (KEY_KINDS.has(t.kind)) {
        const key = this.keyText(this.next());
        this.expect('=');
        const value = this.value();
        this.assign(this.current, key, value, t.line);
      } else this.syntaxError();
    }
    this.keepOrder(this.root, new Set());
    return this.root;
  }

  // --- tokens ---------------------------------------------------------------------------------
  private next(): Token {
    const t = this.token;
    this.token = this.tokens.next().value as Token;
    return t;
  }

  private isChar(c: string): boolean {
    return this.token.kind === 'CHAR' && this.token.text === c;
  }

  private expect(c: string): void {
    if (!this.isChar(c)) this.syntaxError();
    this.next();
  }

  private syntaxError(): never {
    const t = this.token;
    throw new TomlError(`Tomlrb::ParseError: parse error on value ${JSON.stringify(t.text)} (${t.kind === 'CHAR' ? JSON.stringify(t.text) : t.kind === 'EOF' ? '$end' : t.kind})`, t.line);
  }

  /** A key token's text as written: quotes off, escapes not read (`"a\"b" = 1` is the key `a\"b`). */
  private keyText(t: Token): string {
    return t.kind === 'STRING_BASIC' || t.kind === 'STRING_LITERAL' ? t.text.slice(1, -1) : t.text;
  }

  // --- the grammar ----------------------------------------------------------------------------
  /** `value`: a scalar, array or inline table; nothing (an empty `literal`) where no value can start. */
  private value(): unknown {
    const t = this.token;
    const line = t.line;
    switch (t.kind) {
      case 'STRING_MULTI':
        this.next();
        return replaceEscapes(stripFirstNewline(t.text.slice(3, -3)).replace(/\\\n[ \t\n\v\f\r]+/g, ''), line);
      case 'STRING_BASIC':
        this.next();
        return replaceEscapes(t.text.slice(1, -1), line);
      case 'STRING_LITERAL_MULTI':
        this.next();
        return stripFirstNewline(t.text.slice(3, -3));
      case 'STRING_LITERAL':
        this.next();
        return t.text.slice(1, -1);
      case 'FLOAT':
        this.next();
        return new RubyFloat(rubyToF(t.text));
      case 'FLOAT_INF':
        this.next();
        return new RubyFloat(t.text[0] === '-' ? -Infinity : Infinity);
      case 'FLOAT_NAN':
        this.next();
        return new RubyFloat(NaN);
      case 'INTEGER':
        this.next();
        return toInteger(t.text);
      case 'TRUE':
        this.next();
        return true;
      case 'FALSE':
        this.next();
        return false;
      case 'DATETIME':
        this.next();
        return toTime(t.match!, line);
      default:
        if (this.isChar('[')) return this.array();
        if (this.isChar('{')) return this.inlineTable();
        return null;
    }
  }

  /** Handler#end_ pops back to its marker and takes a nil for a missing one: "Unclosed table". */
  private noNil(values: unknown[], line: number): void {
    if (values.includes(null)) throw new TomlError('Tomlrb::ParseError: Unclosed table', line);
  }

  private array(): unknown[] {
    this.next();
    const out: unknown[] = [];
    if (!this.isChar(']')) {
      for (;;) {
        out.push(this.value());
        if (this.isChar(']')) break;
        this.expect(',');
        if (this.isChar(']')) break;
      }
    }
    const line = this.next().line;
    this.noNil(out, line);
    return out;
  }

  /** `{ k = v, ... }`: bare keys only; a key given twice keeps its place and takes the last value (Hash[]). */
  private inlineTable(): Table {
    this.next();
    const table: Table = {};
    const values: unknown[] = [];
    const pairs: Array<[string, unknown]> = [];
    while (!this.isChar('}')) {
      if (this.token.kind !== 'IDENTIFIER') this.syntaxError();
      const key = this.next().text;
      this.expect('=');
      const value = this.value();
      values.push(value);
      pairs.push([key, value]);
      if (this.isChar('}')) break;
      this.expect(',');
    }
    this.noNil(values, this.next().line);
    for (const [k, v] of pairs) this.put(table, k, v);
    return table;
  }

  /** `[a.b]` / `[[a.b]]`: keys with dots between (one may end it: `[a.]`), or none (`[]`). */
  private tableHeader(): void {
    const line = this.next().line;
    const arrayOfTables = this.isChar('[');
    if (arrayOfTables) this.next();
    const keys: string[] = [];
    while (!this.isChar(']')) {
      if (!HEADER_KINDS.has(this.token.kind)) this.syntaxError();
      keys.push(this.keyText(this.next()));
      if (this.isChar(']')) break;
      this.expect('.');
    }
    this.next();
    // `[a]]` and `[[a]` are closed with the other table's bracket: Handler#end_ finds no marker.
    if (arrayOfTables !== this.isChar(']')) {
      if (this.isChar(']')) this.next();
      throw new TomlError('Tomlrb::ParseError: Unclosed table', line);
    }
    if (arrayOfTables) this.next();
    this.setContext(keys, arrayOfTables, line);
  }

  // --- the handler ----------------------------------------------------------------------------
  private fail(message: string, line: number): never {
    throw new TomlError(message, line);
  }

  /** Handler#set_context and deal_with_array_of_tables. */
  private setContext(keys: string[], arrayOfTables: boolean, line: number): void {
    this.current = { value: this.root };
    const names = keys.map((k) => k.replace(/"/g, ''));
    const joined = names.join('.');
    if (arrayOfTables) this.arrayNames.add(joined);
    else if (this.arrayNames.has(joined)) {
      this.fail('Tomlrb::ParseError: Cannot define a normal table with the same name as an already established array', line);
    }
    const last = arrayOfTables ? names.pop() : undefined;
    for (const k of names) {
      const held = this.index(this.current, k, line);
      if (Array.isArray(held.value)) {
        if (held.value.length === 0) held.value.push({});
        const list = held.value;
        const at = list.length - 1;
        this.current = { value: list[at], store: (s) => (list[at] = s) };
      } else this.current = this.orAssign(this.current, k, held, () => ({}), line);
    }
    if (!arrayOfTables) return;
    let list: Place;
    if (last === undefined) {
      this.nilArray ??= [];
      list = { value: this.nilArray };
    } else list = this.orAssign(this.current, last, this.index(this.current, last, line), () => [], line);
    // `x << {}`: only an Array takes it.
    if (!Array.isArray(list.value)) this.fail(this.noMethod(list.value, '<<'), line);
    const table: Table = {};
    list.value.push(table);
    this.current = { value: table };
  }

  private noMethod(v: unknown, method: string): string {
    const cls = rubyClass(v);
    if (cls === 'Integer' || cls === 'String') return `TypeError: no implicit conversion of Hash into ${cls}`;
    return `NoMethodError: undefined method \`${method}' for ${cls}`;
  }

  /** `place[k]`: a Hash's value, a String's k if it holds it (a copy) or nil; anything else raises. */
  private index(place: Place, k: string, line: number): Place {
    const v = place.value;
    if (isTable(v)) {
      const held = own(v, k);
      return { value: held, store: (s) => this.put(v, k, s) };
    }
    if (typeof v === 'string') return { value: v.includes(k) ? k : undefined };
    if (Array.isArray(v) || typeof v === 'number' || typeof v === 'bigint') this.fail('TypeError: no implicit conversion of String into Integer', line);
    return this.fail(`NoMethodError: undefined method \`[]' for ${rubyClass(v)}`, line);
  }

  /** `place[k] ||= fresh()`: what is held unless nil or false, else a new value assigned. */
  private orAssign(place: Place, k: string, held: Place, fresh: () => unknown, line: number): Place {
    if (held.value !== undefined && held.value !== null && held.value !== false) return held;
    const value = fresh();
    this.assign(place, k, value, line);
    return { value };
  }

  /** Handler#assign: `@current[k] = value`; a String takes a String for a part of it (String#[]=). */
  private assign(place: Place, k: string, value: unknown, line: number): void {
    const v = place.value;
    if (isTable(v)) return this.put(v, k, value);
    if (typeof v === 'string') {
      if (typeof value !== 'string') this.fail(`TypeError: no implicit conversion of ${rubyClass(value)} into String`, line);
      const at = v.indexOf(k);
      if (at < 0) this.fail('IndexError: string not matched', line);
      const changed = v.slice(0, at) + value + v.slice(at + k.length);
      place.value = changed;
      place.store?.(changed);
      return;
    }
    if (Array.isArray(v)) this.fail('TypeError: no implicit conversion of String into Integer', line);
    this.fail(`NoMethodError: undefined method \`[]=' for ${rubyClass(v)}`, line);
  }

  /** Sets `key` on the table itself (a `__proto__` key is data, never the prototype), noting a new key's place. */
  private put(table: Table, key: string, value: unknown): void {
    if (!Object.prototype.hasOwnProperty.call(table, key)) {
      const keys = this.order.get(table);
      if (keys) keys.push(key);
      else this.order.set(table, [key]);
    }
    Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
  }

  /** Notes Ruby's key order on every hash whose JavaScript order differs (integer-like keys). */
  private keepOrder(v: unknown, seen: Set<unknown>): void {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) this.keepOrder(x, seen);
    } else if (isTable(v)) {
      const keys = this.order.get(v);
      if (keys) keepRubyOrder(v, keys);
      for (const k of Object.keys(v)) this.keepOrder(v[k], seen);
    }
  }
}

const KEY_KINDS = new Set<Kind>(['IDENTIFIER', 'STRING_BASIC', 'STRING_LITERAL', 'INTEGER', 'TRUE', 'FALSE']);
const HEADER_KINDS = KEY_KINDS;
