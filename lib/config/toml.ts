// A TOML reader for `_config.toml` / `--config x.toml`: Jekyll's Configuration#safe_load_file reads
// these with Tomlrb.load_file, and Jekyll 4.3 ships with Tomlrb 1.3.0, which is not TOML 1.0. This
// reads what Tomlrb 1.3.0 reads, as it reads it (checked by scripts/fuzz-toml.mjs):
// - its scanner (scanner.rb, toml-scanner.ts) cuts tokens with the same regexps, newlines being
//   plain spaces (so `a = 1 b = 2` is two assignments) and a key a single token (no dotted keys,
//   inline-table keys bare only); quoted keys keep their escapes; `1.` is a Float, `01` or 0x1F refused;
// - its grammar (parser.y; the values its actions make: toml-values.ts): `a =` with no value is nil,
//   `[a.]` is `[a]`, `[]` the root again;
// - its handler (handler.rb): keys are simply (re)assigned (the last one wins), `[a]` reopens or
//   enters whatever `a` holds (the last element of an array), `[[a]]` appends to any array.
// Where Ruby raises (a ParseError, NoMethodError, TypeError, Time.new's ArgumentError...), this throws
// a TomlError with the line and Ruby's exception: Jekyll stops, but for an ArgumentError (a warning).
import { RubyFloat } from '../values/ruby-float.js';
import { keepRubyOrder } from '../values/typed-keys.js';
import type { Data } from '../types.js';
import { tokens, type Kind, type Token } from './toml-scanner.js';
import { replaceEscapes, rubyToF, stripFirstNewline, toInteger, toTime, TomlError } from './toml-values.js';

export { TomlError } from './toml-values.js';

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
