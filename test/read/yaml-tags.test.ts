// Tagged YAML nodes; expected values from Ruby 3.1 Psych 4.0.3 (Psych.safe_load with Jekyll's
// permitted classes, Date and Time) and sites/read20-wordpress-import-tags.
import { parseYaml } from '../../lib/read/yaml.js';
import { unpackBase64 } from '../../lib/read/yaml-tags.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import { KyllError } from '../../lib/errors/index.js';
import { binaryText } from '../../lib/values/binary-text.js';

const value = (text: string): unknown => (parseYaml(`a: ${text.replace(/\\n/g, '\n')}\n`, 'x.yml') as Record<string, unknown>).a;

describe('tags a WordPress import writes', () => {
  test.each<[string, unknown]>([
    ['!binary |-\\n  SGVsbG8gV29ybGQ=', 'Hello World'],
    ['!binary "SGVsbG8="', 'Hello'],
    ['!!binary SGVsbG8=', 'Hello'],
    ['!<tag:yaml.org,2002:binary> SGVsbG8=', 'Hello'],
    // a binary String: its bytes beyond ASCII kept as they are (values/binary-text.ts)
    ['!binary |-\\n  5pel5pys6Kqe', binaryText(Buffer.from('日本語'))],
    ['!binary |\\n  SGVsbG8=\\n  V29ybGQ=', 'Hello'],
    ['!binary "SGVs\\n  bG8="', 'Hello'],
    ['!binary ""', ''],
    ['!binary', ''],
    ['!str 12', '12'],
    ['!str "12"', '12'],
    ['!str true', 'true'],
    ['!str', ''],
    ['!str\\n  str: x', 'x'],
    ['!ruby/string 1', '1'],
    ['!float 1', new RubyFloat(1)],
    ['!float "1"', new RubyFloat(1)],
    ['!float 1.5', 1.5],
    ['!float 1_000', new RubyFloat(1000)],
    ['!float 0x1A', new RubyFloat(26)],
    ['!float .inf', Infinity],
    ['!!float "2"', new RubyFloat(2)],
    ['!!int 12', 12],
    ['!!int "12"', 12],
    ['!!int abc', 'abc'],
    ['!!int 1.5', 1.5],
    ['!!int', null],
    ['!!bool yes', true],
    ['!!bool "true"', true],
    ['!!bool foo', 'foo'],
    ['!!bool', null],
    ['!!null x', 'x'],
    ['!!null ""', null],
    ['!!timestamp foo', 'foo'],
    ['!!timestamp', null],
    ['!ruby/object:Sequel::SQL::Blob \'x\'', 'x'],
    ['!ruby/encoding UTF-8', 'UTF-8'],
    ['!!omap\\n  - b: 1\\n  - c: 2', { b: 1, c: 2 }],
    ['!!pairs [b: 1]', [{ b: 1 }]],
    ['!!map {b: 1}', { b: 1 }],
    ['!!seq [1]', [1]],
    // an empty node is an empty plain scalar to libyaml: untagged "", nil
    ['!!seq', null],
    ['!!map', null],
    ['&x !!seq\nb: *x', null],
    ['!ruby/object:Hash\\n  b: 1', { b: 1 }],
    ['!ruby/hash\\n  b: 1', { b: 1 }],
    ['!ruby/hash-with-ivars\\n  elements: {b: 1}', { b: 1 }],
    ['!!python/str x', 'x'],
  ])('%s', (text, expected) => expect(value(text)).toEqual(expected));

  test('!!timestamp and a Date or Time class tag on a scalar read the text as Psych does', () => {
    expect(value('!!timestamp 2024-01-02')).toBeInstanceOf(RubyDate);
    expect(value('!ruby/object:Time 2024-01-02')).toBeInstanceOf(RubyDate);
    expect(value('!!timestamp "2024-01-02 10:11:12 +01:00"')).toBeInstanceOf(JekyllTime);
  });
});

describe('tags safe_load refuses', () => {
  const message = (text: string): string => {
    try {
      value(text);
    } catch (e) {
      return (e as KyllError).message;
    }
    return 'no error';
  };
  test.each<[string, string]>([
    ['!str:Foo 12', 'Tried to load unspecified class: Foo'],
    ['!ruby/string:String x', 'Tried to load unspecified class: String'],
    ['!ruby/object:DateTime 2024-01-02 10:00:00', 'Tried to load unspecified class: DateTime'],
    ['!ruby/object:BigDecimal 18:0.1E1', 'Tried to load unspecified class: BigDecimal'],
    ['!ruby/class String', 'Tried to load unspecified class: String'],
    ['!ruby/range 1..2', 'Tried to load unspecified class: Range'],
    ['!ruby/object:Foo\\n  b: 1', 'Tried to load unspecified class: Foo'],
    ['!ruby/hash:Hash\\n  b: 1', 'Tried to load unspecified class: Hash'],
    ['!ruby/hash-with-ivars:Foo\\n  elements: {}', 'Tried to load unspecified class: Foo'],
    ['!ruby/array:Array\\n  - 1', 'Tried to load unspecified class: Array'],
    ['!ruby/exception\\n  message: x', 'Tried to load unspecified class: Exception'],
    ['!!set {x}', 'Tried to load unspecified class: Psych::Set'],
    ['!omap {b: 1}', 'Tried to load unspecified class: Psych::Omap'],
    // Float's ArgumentError, then the retry of Utils.safe_load_yaml with Psych < 3.1 arguments
    ['!float abc', 'wrong number of arguments (given 2, expected 1)'],
    ['!!float', "can't convert nil into Float"],
    ['!!float true', "can't convert true into Float"],
  ])('%s', (text, expected) => expect(message(text)).toBe(`YAML Exception reading x.yml: ${expected}`));
});

describe("String#unpack('m')", () => {
  test.each([
    ['SGVsbG8', 'Hello'], ['SGVsbG', 'Hell'], ['SGVsb', 'Hel'], ['S', ''], ['SG=VsbG8=', 'H'],
    ['SGVs bG8=', 'Hello'], ['=SGVs', 'Hel'], ['SGV=sbG8', 'He'], ['SGVsbG8gV29y=bGQ', 'Hello World'], ['!!SGVsbG8\n\n', 'Hello'], ['@@@', ''],
  ])('%j', (text, expected) => expect(unpackBase64(text)).toBe(expected));
});

// ToRuby#deserialize tokenizes a scalar with any tag, `!` included: old exports write `! '...'`.
describe('the non-specific tag', () => {
  test.each<[string, unknown]>([
    ['! 12', 12], ['! "12"', 12], ["! 'text'", 'text'], ["! ''", null], ['! [1]', [1]], ["[! 1, ! 'x']", [1, 'x']],
  ])('%s', (text, expected) => expect(value(text)).toEqual(expected));

  test('a quoted timestamp is a Time, in front matter of the common shape too', () => {
    expect(value("! '2018-02-14 14:41:28.900082'")).toBeInstanceOf(JekyllTime);
    expect((parseYaml("---\ntitle: ! '2012'\nname: ! 'x'\n", 'p.md') as Record<string, unknown>)).toEqual({ title: 2012, name: 'x' });
  });

  test("! ':sym' is refused", () => expect(() => value("! ':sym'")).toThrow('Tried to load unspecified class: Symbol'));
});
