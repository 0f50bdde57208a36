// A TOML reader for `_config.toml` / `--config x.toml`: Jekyll's Configuration#safe_load_file
// reads these with Tomlrb.load_file. Covers TOML 1.0 as config files use it: tables, dotted and
// quoted keys, arrays of tables, inline tables, strings (basic, literal, multi-line), integers
// (with _ and 0x/0o/0b), floats, booleans, dates. Floats stay RubyFloat so `1.0` prints as Ruby's.
import { RubyFloat } from '../values/ruby-float.js';
import { JekyllTime } from '../time/jekyll-time.js';
import type { Data } from '../types.js';

export class TomlError extends Error {}

type Table = Record<string, unknown>;

export function parseToml(text: string): Data {
  return new TomlParser(text.replace(/^\uFEFF/, '')).parse();
}

const BARE_KEY = /[A-Za-z0-9_-]/;
const ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
const DATE = /^(\d{4}-\d{2}-\d{2})(?:[Tt ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|z|[+-]\d{2}:\d{2})?)?/;
const LOCAL_TIME = /^\d{2}:\d{2}:\d{2}(?:\.\d+)?/;

/** `table[key]` when the table holds it itself: `__proto__` or `constructor` is a key like any other. */
const own = (table: Table, key: string): unknown => (Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined);
/** Sets `key` on the table itself (never its prototype: a `__proto__` key is data). */
const setOwn = (table: Table, key: string, value: unknown): void => {
  Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
};

class TomlParser {
  private i = 0;
  private line = 1;
  private readonly root: Table = {};
  /** Tables made by inline `{...}` or a value can not be reopened (TOML: they are complete). */
  private readonly sealed = new WeakSet<object>();

  constructor(private readonly s: string) {}

  parse(): Data {
    let current = this.root;
    for (;;) {
      this.skipBlank();
      if (this.i >= this.s.length) return this.root;
      const c = this.s[this.i];
      if (c === '[') {
        const arrayOfTables = this.s[this.i + 1] === '[';
        this.i += arrayOfTables ? 2 : 1;
        const keys = this.keyPath();
        this.expect(arrayOfTables ? ']]' : ']');
        current = arrayOfTables ? this.appendTable(keys) : this.openTable(keys);
      } else {
        const keys = this.keyPath();
        this.expect('=');
        const value = this.value();
        this.assign(current, keys, value);
      }
      this.endOfLine();
    }
  }

  private fail(message: string): never {
    throw new TomlError(`${message} at line ${this.line}`);
  }

  private skipSpace(): void {
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
  }

  private skipComment(): void {
    if (this.s[this.i] === '#') while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }

  /** Spaces, comments and newlines (between statements and inside arrays). */
  private skipBlank(): void {
    for (;;) {
      this.skipSpace();
      this.skipComment();
      if (this.s[this.i] === '\r' && this.s[this.i + 1] === '\n') this.i++;
      if (this.s[this.i] !== '\n') return;
      this.i++;
      this.line++;
    }
  }

  private endOfLine(): void {
    this.skipSpace();
    this.skipComment();
    if (this.s[this.i] === '\r') this.i++;
    if (this.i < this.s.length && this.s[this.i] !== '\n') this.fail('Expected a newline');
  }

  private expect(token: string): void {
    this.skipSpace();
    if (!this.s.startsWith(token, this.i)) this.fail(`Expected '${token}'`);
    this.i += token.length;
  }

  private keyPath(): string[] {
    const keys: string[] = [];
    for (;;) {
      this.skipSpace();
      const c = this.s[this.i];
      if (c === '"') keys.push(this.basicString());
      else if (c === "'") keys.push(this.literalString());
      else {
        const start = this.i;
        while (this.i < this.s.length && BARE_KEY.test(this.s[this.i]!)) this.i++;
        if (start === this.i) this.fail('Expected a key');
        keys.push(this.s.slice(start, this.i));
      }
      this.skipSpace();
      if (this.s[this.i] !== '.') return keys;
      this.i++;
    }
  }

  /** Walk (making) the tables of a dotted path; a defined non-table is an error. */
  private descend(table: Table, keys: string[], reopen: boolean): Table {
    let t = table;
    for (const key of keys) {
      let next = own(t, key);
      if (next === undefined) {
        next = {};
        setOwn(t, key, next);
      } else if (Array.isArray(next) && reopen) {
        next = next[next.length - 1];
      }
      if (next === null || typeof next !== 'object' || Array.isArray(next) || this.sealed.has(next)) {
        this.fail(`Key '${keys.join('.')}' is already defined`);
      }
      t = next as Table;
    }
    return t;
  }

  private openTable(keys: string[]): Table {
    return this.descend(this.root, keys, true);
  }

  private appendTable(keys: string[]): Table {
    const parent = this.descend(this.root, keys.slice(0, -1), true);
    const last = keys[keys.length - 1]!;
    const list = own(parent, last) ?? [];
    if (!Array.isArray(list) || this.sealed.has(list)) this.fail(`Key '${keys.join('.')}' is already defined`);
    setOwn(parent, last, list);
    const table: Table = {};
    list.push(table);
    return table;
  }

  private assign(table: Table, keys: string[], value: unknown): void {
    const parent = this.descend(table, keys.slice(0, -1), false);
    const last = keys[keys.length - 1]!;
    if (Object.prototype.hasOwnProperty.call(parent, last)) this.fail(`Key '${keys.join('.')}' is already defined`);
    setOwn(parent, last, value);
  }

  private value(): unknown {
    this.skipSpace();
    const rest = this.s.slice(this.i, this.i + 64);
    const c = rest[0];
    if (c === '"') return rest.startsWith('"""') ? this.multilineBasic() : this.basicString();
    if (c === "'") return rest.startsWith("'''") ? this.multilineLiteral() : this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    // Tomlrb 1.3 reads `key =` with nothing after it as nil.
    if (c === undefined || c === '\n' || c === '\r' || c === '#') return null;
    if (rest.startsWith('true')) return this.word('true', true);
    if (rest.startsWith('false')) return this.word('false', false);
    const date = DATE.exec(rest);
    if (date) {
      this.i += date[0].length;
      const [, day, time, zone] = date;
      // Tomlrb 1.3 makes every date a Time at its offset; no offset (a local date or date-time)
      // is +0000, whatever ENV['TZ'] is, and `Z` too is +0000 (not a UTC Time).
      const t = !time ? '00:00:00' : time.length === 5 ? `${time}:00` : time;
      const offset = !zone || /z/i.test(zone) ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
      return new JekyllTime(Date.parse(`${day}T${t}Z`) - offset * 1000, offset);
    }
    const localTime = LOCAL_TIME.exec(rest);
    if (localTime) {
      this.i += localTime[0].length;
      return localTime[0];
    }
    return this.number();
  }

  private word<T>(text: string, value: T): T {
    this.i += text.length;
    return value;
  }

  private number(): number | RubyFloat {
    const m = /^[+-]?(?:inf|nan|0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[0-9_]+(?:\.[0-9_]+)?(?:[eE][+-]?[0-9_]+)?)/.exec(
      this.s.slice(this.i, this.i + 128),
    );
    if (!m) this.fail('Expected a value');
    this.i += m[0].length;
    const text = m[0].replace(/_/g, '');
    const body = text.replace(/^[+-]/, '');
    const sign = text.startsWith('-') ? -1 : 1;
    if (body === 'inf') return new RubyFloat(sign * Infinity);
    if (body === 'nan') return new RubyFloat(NaN);
    if (/^0[xob]/.test(body)) return sign * parseInt(body.slice(2), { x: 16, o: 8, b: 2 }[body[1] as 'x' | 'o' | 'b']);
    if (/[.eE]/.test(body)) return new RubyFloat(Number(text));
    return Number(text);
  }

  private basicString(): string {
    this.i++;
    let out = '';
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined || c === '\n') this.fail('Unterminated string');
      if (c === '"') return out;
      out += c === '\\' ? this.escape() : c;
    }
  }

  private escape(): string {
    const c = this.s[this.i++]!;
    if (c in ESCAPES) return ESCAPES[c]!;
    if (c === 'u' || c === 'U') {
      const n = c === 'u' ? 4 : 8;
      const hex = this.s.slice(this.i, this.i + n);
      if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail('Invalid unicode escape');
      this.i += n;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return this.fail(`Invalid escape '\\${c}'`);
  }

  private literalString(): string {
    const end = this.s.indexOf("'", this.i + 1);
    const nl = this.s.indexOf('\n', this.i + 1);
    if (end < 0 || (nl >= 0 && nl < end)) this.fail('Unterminated string');
    const out = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return out;
  }

  /** A newline right after the opening quotes is dropped. */
  private skipFirstNewline(): void {
    if (this.s[this.i] === '\r' && this.s[this.i + 1] === '\n') this.i += 2;
    else if (this.s[this.i] === '\n') this.i++;
    else return;
    this.line++;
  }

  private multilineBasic(): string {
    this.i += 3;
    this.skipFirstNewline();
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.fail('Unterminated string');
      if (this.s.startsWith('"""', this.i)) {
        // Up to two quotes may end the content: `""""` is `"` then the closing quotes.
        let extra = 0;
        while (extra < 2 && this.s[this.i + 3 + extra] === '"') extra++;
        out += '"'.repeat(extra);
        this.i += 3 + extra;
        return out;
      }
      const c = this.s[this.i++]!;
      if (c === '\n') this.line++;
      if (c !== '\\') {
        out += c;
        continue;
      }
      // A line-ending backslash trims the newline and the whitespace after it.
      const ws = /^[ \t]*\r?\n[\s]*/.exec(this.s.slice(this.i));
      if (ws) {
        this.line += (ws[0].match(/\n/g) ?? []).length;
        this.i += ws[0].length;
      } else out += this.escape();
    }
  }

  private multilineLiteral(): string {
    this.i += 3;
    this.skipFirstNewline();
    const end = this.s.indexOf("'''", this.i);
    if (end < 0) this.fail('Unterminated string');
    let close = end;
    while (close - end < 2 && this.s[close + 3] === "'") close++;
    const out = this.s.slice(this.i, close);
    this.line += (out.match(/\n/g) ?? []).length;
    this.i = close + 3;
    return out;
  }

  private array(): unknown[] {
    this.i++;
    const out: unknown[] = [];
    for (;;) {
      this.skipBlank();
      if (this.s[this.i] === ']') break;
      out.push(this.value());
      this.skipBlank();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail("Expected ',' or ']'");
    }
    this.i++;
    this.sealed.add(out);
    return out;
  }

  private inlineTable(): Table {
    this.i++;
    const table: Table = {};
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i++;
      this.sealed.add(table);
      return table;
    }
    for (;;) {
      const keys = this.keyPath();
      this.expect('=');
      this.assign(table, keys, this.value());
      this.skipSpace();
      const c = this.s[this.i++];
      if (c === '}') break;
      if (c !== ',') this.fail("Expected ',' or '}'");
    }
    this.sealed.add(table);
    return table;
  }
}
