// kyll's TOML reader against Tomlrb 1.3.0, which Jekyll 4.3.1 reads `_config.toml` / `--config x.toml`
// with. Each row: a TOML text and what Tomlrb 1.3.0 made of it, recorded from Tomlrb 1.3.0 (Ruby 3.1)
// by scripts/toml-oracle.rb: its value as a plain Ruby inspect (strings escaped to ASCII, times as
// "%Y-%m-%d %H:%M:%S %z", nanoseconds, UTC), or the exception it raised (Jekyll then stops with it;
// kyll must refuse the text with a TomlError naming the line). scripts/fuzz-toml.mjs compares many more.
import { parseToml, TomlError } from '../../lib/config/toml.js';
import { loadConfig } from '../../lib/config/load-config.js';
import { memorySource } from '../../lib/source/index.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import { rubyKeys } from '../../lib/values/typed-keys.js';
import { strftime } from '../../lib/liquid/ruby/strftime.js';
import { JekyllTime } from '../../lib/time/jekyll-time.js';

/** As toml-oracle.rb renders Tomlrb's value. */
function render(v: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
  if (typeof v === 'string') {
    const plain = (c: string): boolean => c.codePointAt(0)! >= 0x20 && c.codePointAt(0)! <= 0x7e && c !== '"' && c !== '\\';
    return `"${[...v].map((c) => (plain(c) ? c : `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`)).join('')}"`;
  }
  if (v instanceof RubyFloat) return String(v);
  if (v instanceof JekyllTime) return `Time(${strftime(v, '%Y-%m-%d %H:%M:%S %z')} ${v.nanosecond}${v.isUtc ? ' UTC' : ''})`;
  if (typeof v === 'object') return `{${rubyKeys(v).map((k) => `${render(k)}=>${render((v as Record<string, unknown>)[k])}`).join(', ')}}`;
  return String(v);
}

const CASES: Array<[string, string | { refused: string }]> = [
  ["a.b = 1", { refused: "Tomlrb::ParseError: parse error on value \".\" (\".\")" }],
  ["\"a\".b = 1", { refused: "Tomlrb::ParseError: parse error on value \".\" (\".\")" }],
  ["a = { b.c = 1 }", { refused: "Tomlrb::ParseError: parse error on value \".\" (\".\")" }],
  ["a = 0x1F", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
  ["a = 0o17", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
  ["a = 0b11", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
  ["a = 07:32:00", { refused: "Tomlrb::ParseError: parse error on value \":\" (error)" }],
  ["a = 01", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
  ["a = .5", { refused: "Tomlrb::ParseError: parse error on value \".\" (\".\")" }],
  ["a = 1979-05-27t00:32:00z", { refused: "ArgumentError: \"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: z" }],
  ["a = 1979-05-27T07:32", { refused: "Tomlrb::ParseError: parse error on value \":\" (error)" }],
  ["a = 1__0", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
  ["a = {\"x\" = 1}", { refused: "Tomlrb::ParseError: parse error on value \"x\" (STRING_BASIC)" }],
  ["truex = 1", { refused: "Tomlrb::ParseError: parse error on value \"x\" (IDENTIFIER)" }],
  ["info = 1", { refused: "Tomlrb::ParseError: parse error on value \"inf\" (FLOAT_INF)" }],
  ["\uFEFFa = 1", { refused: "Tomlrb::ParseError: parse error on value \"\uFEFF\" (error)" }],
  ["a = 1\na = 2", "{\"a\"=>2}"],
  ["[a]\nx = 1\nx = 2", "{\"a\"=>{\"x\"=>2}}"],
  ["a = {x = 1, x = 2}", "{\"a\"=>{\"x\"=>2}}"],
  ["a = {x = 1}\n[a]\ny = 2", "{\"a\"=>{\"x\"=>1, \"y\"=>2}}"],
  ["a = [1]\n[[a]]\nx = 1", "{\"a\"=>[1, {\"x\"=>1}]}"],
  ["a = 1.", "{\"a\"=>1.0}"],
  ["[[a]]\n[a]", { refused: "Tomlrb::ParseError: Cannot define a normal table with the same name as an already established array" }],
  ["[[\"a.b\"]]\n[a.b]", { refused: "Tomlrb::ParseError: Cannot define a normal table with the same name as an already established array" }],
  ["[[a]]\n[a.b]\nx = 1", "{\"a\"=>[{\"b\"=>{\"x\"=>1}}]}"],
  ["[a]\n[[a]]", { refused: "NoMethodError: undefined method `<<' for {}:Hash" }],
  ["a = 1\n[a]\nx = 1", { refused: "NoMethodError: undefined method `[]=' for 1:Integer" }],
  ["a = 1\n[a]", "{\"a\"=>1}"],
  ["a = 1\n[a.b]", { refused: "TypeError: no implicit conversion of String into Integer" }],
  ["a = true\n[[a]]", { refused: "NoMethodError: undefined method `<<' for true:TrueClass" }],
  ["a = [{x = 1}]\n[a]\ny = 2", "{\"a\"=>[{\"x\"=>1, \"y\"=>2}]}"],
  ["a = \"xyz\"\n[a]\nx = \"Q\"", "{\"a\"=>\"Qyz\"}"],
  ["a = \"xyz\"\n[a]\nq = \"Q\"", { refused: "IndexError: string not matched" }],
  ["a = []\n[a]\nx = 1", "{\"a\"=>[{\"x\"=>1}]}"],
  ["a = false\n[a]\nx = 1", "{\"a\"=>{\"x\"=>1}}"],
  ["a = 9223372036854775808", "{\"a\"=>9223372036854775808}"],
  ["a = -9223372036854775809", "{\"a\"=>-9223372036854775809}"],
  ["a = 9007199254740993", "{\"a\"=>9007199254740993}"],
  ["a = 2021-01-01T00:00:00.1", "{\"a\"=>Time(2021-01-01 00:00:00 +0000 100000000)}"],
  ["a = 1979-05-27 07:32:00.999999-07:00", "{\"a\"=>Time(1979-05-27 07:32:00 -0700 999998999)}"],
  ["a = 2021-02-31", "{\"a\"=>Time(2021-03-03 00:00:00 +0000 0)}"],
  ["a = 2021-04-31T23:00:59-07:00", "{\"a\"=>Time(2021-03-30 23:00:59 -0700 0)}"],
  ["a = 2021-01-01T24:00:00", "{\"a\"=>Time(2021-01-02 00:00:00 +0000 0)}"],
  ["a = 2021-01-01T23:59:60", "{\"a\"=>Time(2021-01-02 00:00:00 +0000 0)}"],
  ["a = 2021-01-01T24:00:01", { refused: "ArgumentError: sec out of range" }],
  ["a = 2021-01-01T24:00:00.5", "{\"a\"=>Time(2021-01-02 00:00:00 +0000 500000000)}"],
  ["a = 2021-02-30T24:00:00.9999999999-12:00", "{\"a\"=>Time(2021-03-03 00:00:00 -1200 999999999)}"],
  ["a = 2021-01-01T24:00:01.5", { refused: "ArgumentError: sec out of range" }],
  ["a = 2021-13-01", { refused: "ArgumentError: mon out of range" }],
  ["a = 2021-01-32", { refused: "ArgumentError: argument out of range" }],
  ["a = 2021-01-01+24:00", { refused: "ArgumentError: utc_offset out of range" }],
  ["a = 2021-01-01+01:60", { refused: "ArgumentError: \"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: +01:60" }],
  ["a = 2021-01-01-00:00", "{\"a\"=>Time(2021-01-01 00:00:00 +0000 0 UTC)}"],
  ["a = 1979-05-27\n07:32:00", "{\"a\"=>Time(1979-05-27 07:32:00 +0000 0)}"],
  ["a = -0001-01-01", "{\"a\"=>Time(-0001-01-01 00:00:00 +0000 0)}"],
  ["a = 2021-01-01Z", "{\"a\"=>Time(2021-01-01 00:00:00 +0000 0)}"],
  ["a =\nb = 2", "{\"a\"=>nil, \"b\"=>2}"],
  ["a =", "{\"a\"=>nil}"],
  ["a =\n[b]", { refused: "Tomlrb::ParseError: parse error on value \"b\" (IDENTIFIER)" }],
  ["a =\n[1]", "{\"a\"=>[1]}"],
  ["a = [1,,2]", { refused: "Tomlrb::ParseError: Unclosed table" }],
  ["a = {x = }", { refused: "Tomlrb::ParseError: Unclosed table" }],
  ["a = [1, 2,]", "{\"a\"=>[1, 2]}"],
  ["a = {x = 1,}", "{\"a\"=>{\"x\"=>1}}"],
  ["a = 1 b = 2", "{\"a\"=>1, \"b\"=>2}"],
  ["{x = 1}\nb = 2", "{\"b\"=>2}"],
  ["[a.]\nx = 1", "{\"a\"=>{\"x\"=>1}}"],
  ["[]\nx = 1", "{\"x\"=>1}"],
  ["[a..b]", { refused: "Tomlrb::ParseError: parse error on value \".\" (\".\")" }],
  ["[a]]", { refused: "Tomlrb::ParseError: Unclosed table" }],
  ["[[a]", { refused: "Tomlrb::ParseError: Unclosed table" }],
  ["[ [a] ]\nx = 1", "{\"a\"=>[{\"x\"=>1}]}"],
  ["[1.5]", { refused: "Tomlrb::ParseError: parse error on value \"1.5\" (FLOAT)" }],
  ["[a.1]\n[true]", "{\"a\"=>{\"1\"=>{}}, \"true\"=>{}}"],
  ["1 = 2\n-1 = 3\ntrue = 4\n1_0 = 5", "{\"1\"=>2, \"-1\"=>3, \"true\"=>4, \"1_0\"=>5}"],
  ["2 = \"b\"\n1 = \"a\"", "{\"2\"=>\"b\", \"1\"=>\"a\"}"],
  ["\"a\\\"b\" = 1\n[\"c\\\"d\"]", "{\"a\\u{5C}\\u{22}b\"=>1, \"c\\u{5C}d\"=>{}}"],
  ["'a\"b' = 1", "{\"a\\u{22}b\"=>1}"],
  ["x = \"a\\u00e9\\U0001F600\"", "{\"x\"=>\"a\\u{E9}\\u{1F600}\"}"],
  ["x = \"\\x\"", { refused: "Tomlrb::ParseError: Escape sequence \\x is reserved" }],
  ["x = \"\\u12\"", { refused: "Tomlrb::ParseError: Escape sequence \\u is reserved" }],
  ["x = \"\\uD800\"", { refused: "RangeError: invalid codepoint 0xD800 in UTF-8" }],
  ["x = \"\\U00110000\"", { refused: "RangeError: 1114112 out of char range" }],
  ["x = \"a\\\"", "{\"x\"=>\"a\\u{5C}\"}"],
  ["x = 'a\\'b'", "{\"x\"=>\"a\\u{5C}'b\"}"],
  ["x = 'a\\'", "{\"x\"=>\"a\\u{5C}\"}"],
  ["x = \"\"\"\nline\\\n   next\"\"\"", "{\"x\"=>\"linenext\"}"],
  ["x = \"\"\"a\\\nb\"\"\"", "{\"x\"=>\"a\\u{5C}\\u{A}b\"}"],
  ["x = \"\"\"a \\  \n b\"\"\"", { refused: "Tomlrb::ParseError: Escape sequence \\" }],
  ["x = \"\"\"\r\nab\"\"\"", "{\"x\"=>\"\\u{D}\\u{A}ab\"}"],
  ["x = \"\"\"a\"\"\"\"", "{\"x\"=>\"a\\u{22}\"}"],
  ["x = '''\nraw\\n'''", "{\"x\"=>\"raw\\u{5C}n\"}"],
  ["x = 1_000", "{\"x\"=>1000}"],
  ["x = 1_0.5", "{\"x\"=>10.5}"],
  ["x = _1.5", "{\"x\"=>0.0}"],
  ["x = 1__0.5", "{\"x\"=>1.0}"],
  ["x = 1e5", "{\"x\"=>100000.0}"],
  ["x = 1.e5", "{\"x\"=>1.0}"],
  ["x = 1.5e_5", "{\"x\"=>1.5}"],
  ["x = -_.", "{\"x\"=>0.0}"],
  ["x = +inf", "{\"x\"=>Infinity}"],
  ["x = -nan", "{\"x\"=>NaN}"],
  ["x = -0.0", "{\"x\"=>-0.0}"],
  ["x = 1e400", "{\"x\"=>Infinity}"],
  ["x = [[1, 2], [\"x\"]]", "{\"x\"=>[[1, 2], [\"x\"]]}"],
  ["x = [\n  1, # one\n  2\n]", "{\"x\"=>[1, 2]}"],
  ["a = trueish", { refused: "Tomlrb::ParseError: parse error on value \"$\" ($end)" }],
];

describe('the TOML reader reads what Tomlrb 1.3.0 reads', () => {
  test.each(CASES)('%j', (text, tomlrb) => {
    if (typeof tomlrb === 'string') expect(render(parseToml(text))).toBe(tomlrb);
    else {
      expect(() => parseToml(text)).toThrow(TomlError);
      // Jekyll's read_config_files rescues an ArgumentError: kyll must know which are.
      try {
        parseToml(text);
      } catch (e) {
        expect((e as TomlError).isArgumentError).toBe(tomlrb.refused.startsWith('ArgumentError: '));
      }
    }
  });
});

describe('a TOML config Tomlrb refuses stops the build', () => {
  test('with the file and the line', () => {
    const src = memorySource({ '_config.toml': 'title = "T"\n\n[site]\nx.y = 1\n' });
    expect(() => loadConfig(src)).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', file: '_config.toml', line: 4, message: expect.stringMatching(/parse error on value "\." .* at line 4 in _config\.toml$/) }));
  });

  test('an ArgumentError (Time.new out of range, bytes not UTF-8) is a warning: the files before it are kept', () => {
    // jekyll 4.3.1 --config a.toml,b.toml: "WARNING: Error reading configuration. Using defaults (and
    // options)." then "mon out of range", and the build goes on with a.toml's title.
    for (const b of ['title = "B"\nd = 2021-13-01\n', new Uint8Array([...Buffer.from('title = "B"\n# '), 0xff, 0x0a])]) {
      const warnings: string[] = [];
      const src = memorySource({ 'a.toml': 'title = "A"\n', 'b.toml': b });
      const c = loadConfig(src, { configFiles: ['a.toml', 'b.toml'], onWarning: (d) => void warnings.push(d.message) }) as any;
      expect(c.title).toBe('A');
      expect(warnings[0]).toMatch(/^Error reading configuration\. Using defaults \(and options\)\. (mon out of range|invalid byte sequence in UTF-8)$/);
    }
  });

  test('a Ruby error of its handler too (NoMethodError: [a] over an Integer, then a key)', () => {
    const src = memorySource({ '_config.toml': 'a = 1\n[a]\nx = 1\n' });
    expect(() => loadConfig(src)).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', line: 3, message: expect.stringMatching(/NoMethodError.* at line 3 in _config\.toml$/) }));
  });
});
