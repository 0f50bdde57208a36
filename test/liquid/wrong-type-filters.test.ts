// Filters given a value of another type than they expect, as Ruby runs them in Jekyll 4.3.1
// (Liquid 5.4): `input.to_s` where Liquid calls it, Ruby's NoMethodError ("undefined method
// `split' for 12:Integer") where Jekyll calls a String or Array method on the input. Every
// expected value below was printed by real Jekyll 4.3.1 rendering the same template.
import { RubyFloat } from '../../lib/liquid/index.js';
import { JekyllTime } from '../../lib/time/index.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { render, failure } from './helpers.js';
import { withDefault } from '../../lib/values/default-hash.js';
import { noteRubyKey, typedRecord } from '../../lib/values/typed-keys.js';

describe('capitalize is input.to_s.capitalize', () => {
  test.each([
    ['{{ nil | capitalize }}', ''],
    ['{{ page.nope | capitalize }}', ''],
    ['{{ 12 | capitalize }}', '12'],
    ['{{ 1.5 | capitalize }}', '1.5'],
    ['{{ f | capitalize }}', '2.0'],
    ['{{ true | capitalize }}', 'True'],
    ['{% assign a = "a,b" | split: "," %}{{ a | capitalize }}', '["a", "b"]'],
  ])('%s', (template, expected) => {
    expect(render(template, { page: {}, f: new RubyFloat(2) })).toBe(expected);
  });
});

const page = { title: 'T', x: 1, list: ['a', 'b', 'c'], pair: ['a', 'b'], nested: [['a', 'b'], 'c', ['d']] };

describe('number_of_words calls String#split or String#scan', () => {
  test.each([
    ['{{ 12 | number_of_words }}', "undefined method `split' for 12:Integer input.split.length ^^^^^^"],
    ['{{ nil | number_of_words }}', "undefined method `split' for nil:NilClass input.split.length ^^^^^^"],
    ['{{ page.nope | number_of_words }}', "undefined method `split' for nil:NilClass input.split.length ^^^^^^"],
    ['{{ true | number_of_words }}', "undefined method `split' for true:TrueClass input.split.length ^^^^^^"],
    ['{{ page.pair | number_of_words }}', 'undefined method `split\' for ["a", "b"]:Array input.split.length ^^^^^^'],
    ['{{ h | number_of_words }}', "undefined method `split' for {}:Hash input.split.length ^^^^^^"],
    ['{{ 1.5 | number_of_words: "cjk" }}', "undefined method `scan' for 1.5:Float input.scan(cjk_regex).length + input.scan(word_regex).length ^^^^^"],
    ['{{ nil | number_of_words: "auto" }}', "undefined method `scan' for nil:NilClass cjk_count = input.scan(cjk_regex).length ^^^^^"],
  ])('%s', (template, message) => {
    const e = failure(() => render(template, { page, h: {} }));
    expect(e.message).toBe(`Liquid Exception: ${message} in test.html`);
  });

  test('a String is counted', () => {
    expect(render('{{ "a b  c" | number_of_words }}|{{ "a b" | number_of_words: "cjk" }}')).toBe('3|2');
  });
});

describe('array_to_sentence_string indexes whatever it is given', () => {
  test.each([
    ['{{ page.list | array_to_sentence_string }}', 'a, b, and c'],
    ['{{ page.list | array_to_sentence_string: nil }}', 'a, b,  c'],
    ['{{ page.list | array_to_sentence_string: 5 }}', 'a, b, 5 c'],
    // an Array connector is interpolated with its inspect (Jekyll 4.3.1, scripts/fuzz-liquid.mjs --try)
    ['{{ page.pair | array_to_sentence_string: page.list }}', 'a ["a", "b", "c"] b'],
    // so is join's glue (InputIterator#join: glue.to_s) and truncatewords' ending (truncate_string.to_s)
    ['{{ page.pair | join: page.pair }}', 'a["a", "b"]b'],
    ['{{ "a b c" | truncatewords: 1, page.pair }}', 'a["a", "b"]'],
    ['{{ page.pair | array_to_sentence_string: nil }}', 'a  b'],
    // an argument that evaluates to nil is still given: no "and"
    ['{{ page.pair | array_to_sentence_string: page.nope }}', 'a  b'],
    ['{{ page.nested | array_to_sentence_string }}', 'a, b, c, and ["d"]'],
    // a String by its characters
    ['{{ "" | array_to_sentence_string }}', ''],
    ['{{ "a" | array_to_sentence_string }}', 'a'],
    ['{{ "ab" | array_to_sentence_string }}', 'a and b'],
    // a Hash has no key 0 nor 1
    ['{{ h | array_to_sentence_string }}', ''],
    ['{{ h1 | array_to_sentence_string }}', ''],
    ['{{ h2 | array_to_sentence_string }}', ' and '],
    ['{{ h3 | array_to_sentence_string }}', '0 and 1'],
    // a Hash with a default block (site.tags) gives, and stores, an empty list for each
    ['{{ tags2 | array_to_sentence_string }} {{ tags2 | size }}', '[] and [] 4'],
    ['{{ tags3 | array_to_sentence_string }} {{ tags3 | size }}', ', and [] 4'],
  ])('%s', (template, expected) => {
    const tags = (h: Record<string, unknown>) => withDefault(h, (key) => ((h[String(key)] = []), noteRubyKey(h, String(key), key), h[String(key)]));
    const scope = { page, h: {}, h1: { a: 1 }, h2: { a: 1, b: 2 }, h3: typedRecord([[0, 0], [1, 1]]), tags2: tags({ a: 1, b: 2 }), tags3: tags({ a: 1, b: 2, c: 3 }) };
    expect(render(template, scope)).toBe(expected);
  });

  test.each([
    ['{{ 12 | array_to_sentence_string }}', "undefined method `length' for 12:Integer case array.length ^^^^^^^"],
    ['{{ nil | array_to_sentence_string }}', "undefined method `length' for nil:NilClass case array.length ^^^^^^^"],
    ['{{ 1.5 | array_to_sentence_string }}', "undefined method `length' for 1.5:Float case array.length ^^^^^^^"],
    ['{{ true | array_to_sentence_string }}', "undefined method `length' for true:TrueClass case array.length ^^^^^^^"],
    ['{{ "abc" | array_to_sentence_string }}', 'undefined method `join\' for "ab":String "#{array[0...-1].join(", ")}, #{connector} #{array[-1]}" ^^^^^'],
    ['{{ page | array_to_sentence_string }}', "undefined method `join' for nil:NilClass \"#{array[0...-1].join(\", \")}, #{connector} #{array[-1]}\" ^^^^^"],
    // a Range is Enumerable, with no #length
    ['{{ (1..3) | array_to_sentence_string }}', "undefined method `length' for 1..3:Range case array.length ^^^^^^^"],
  ])('%s', (template, message) => {
    const e = failure(() => render(template, { page }));
    expect(e.message).toBe(`Liquid Exception: ${message} in test.html`);
  });
});

// InputIterator: Kernel#Array of what is no Array, Hash nor Enumerable; a Time's is its #to_a,
// a Date has no #to_a (printed by Ruby 3.1: Time.new(2020, 1, 1, 10, 0, 0, "+00:00").to_a).
describe('filters over a Time see its fields', () => {
  const scope = { t: new JekyllTime(Date.UTC(2020, 0, 1, 10), 0), d: new RubyDate(2020, 1, 1) };
  test.each([
    ['{{ t | join: "," }}', '0,0,10,1,1,2020,3,1,false,'],
    ['{{ t | compact | size }}', '9'],
    ['{{ t | reverse | first }}', ''],
    ['{{ t | uniq | join: "," }}', '0,10,1,2020,3,false,'],
    ['{{ d | join: "," }}', '2020-01-01'],
    ['{{ d | compact | size }}', '1'],
    // where: Array(property) of a Date is [date], matched by its to_s alone
    ['{{ ds | where: "when", "2020" | size }}', '0'],
    ['{{ ds | where: "when", "2020-01-01" | size }}', '1'],
    ['{{ ts | where: "when", "2020" | size }}', '1'],
  ])('%s', (template, expected) => {
    expect(render(template, { ...scope, ds: [{ when: scope.d }], ts: [{ when: scope.t }] })).toBe(expected);
  });

  test('map indexes each field: an Integer takes no property', () => {
    expect(failure(() => render('{{ t | map: "title" }}', scope)).message).toBe("Liquid Exception: Liquid error (line 1): cannot select the property 'title' in test.html");
  });
});

test('a Range in an array is one item, printed as its to_s (Array#join and #flatten leave it whole)', () => {
  expect(render('{{ page.nope | compact | push: (3..1) }}|{{ list | push: (1..2) | join: "," }}|{{ (1..3) | join: "," }}', { list: [3, 1, 2] })).toBe('3..1|3,1,2,1..2|1,2,3');
});

test('truncate cuts a text longer than the length, a negative one too (Liquid 5.4 StandardFilters#truncate)', () => {
  expect(render('{{ "" | truncate: -1, "b" }}|{{ "abcdef" | truncate: 5, "中文" }}|{{ "ab" | truncate: 2, "xyz" }}|{{ "😀😀😀" | truncate: 2, "." }}|{{ 12345 | truncate: 4, nil }}', {})).toBe('b|abc中文|ab|😀.|1234');
});

test('truncatewords given a words argument that is nil fails as Utils.to_integer(nil) does', () => {
  expect(failure(() => render('{{ "a b c" | truncatewords: page.nope }}', { page: {} })).message).toBe('Liquid Exception: Liquid error (line 1): invalid integer in test.html');
  expect(render('{{ "a b c d" | truncatewords: 2, nil }}|{{ "a b c d" | truncatewords }}', {})).toBe('a b|a b c d');
});

test('where and find with a Range as the value look at the items (a Range is no Array)', () => {
  expect(failure(() => render('{{ list | where: "x", (1..3) }}', { list: [3, 1, 2] })).message).toBe('Liquid Exception: no implicit conversion of String into Integer in test.html');
});

test('a Range has no #empty?: never equal to empty or blank', () => {
  expect(render('{% case (3..1) %}{% when empty %}C{% else %}D{% endcase %}{% if (1..2) == empty %}E{% endif %}{% unless (3..1) == blank %}U{% endunless %}', {})).toBe('DU');
});

test('first and last of a Range are its ends, even when it is empty (Range#first, Range#last)', () => {
  expect(render('{{ (3..1) | first }}|{{ (3..1) | last }}|{{ (1..4) | last }}', {})).toBe('3|1|4');
});

test('where_exp stops at an `and` whose left side is false, as Condition#evaluate does', () => {
  const items = [{ n: '10', t: [] }, { n: 3, t: [1] }];
  expect(render('{{ items | where_exp: "x", "x.t.size > 0 and x.n < 5" | size }}', { items })).toBe('1');
  expect(render('{{ items | where_exp: "x", "x.t.size == 0 or x.n < 5" | size }}', { items })).toBe('2');
});

describe('join: glue.to_s', () => {
  test.each([
    ['{{ page.list | join: nil }}', 'abc'],
    ['{{ page.list | join: page.nope }}', 'abc'],
    ['{{ page.list | join: 5 }}', 'a5b5c'],
    ['{{ page.list | join: false }}', 'afalsebfalsec'],
    ['{{ page.list | join: empty }}', 'abc'],
    ['{{ page.list | join }}', 'a b c'],
  ])('%s', (template, expected) => {
    expect(render(template, { page })).toBe(expected);
  });
});

// Ruby's NoMethodError and TypeError where a Jekyll filter calls a method of the wrong type, with
// did_you_mean's suggestions as Jekyll's log prints them (one line).
describe('filters on a wrong type stop as Ruby does', () => {
  const scope = { page: { arr: [1, 2], e: [], h: { a: 1 }, ns: [null, { a: 1 }], fs: [1.5], bs: [true], is: [1] }, t: new JekyllTime(Date.UTC(2020, 0, 1, 10), 0), d: new RubyDate(2020, 1, 1), dates: [new RubyDate(2020, 1, 1)] };
  test.each([
    ['{{ 12 | strip_index }}', "undefined method `sub' for 12:Integer input.sub(%r!/index\\.html?$!, \"/\") ^^^^ Did you mean? succ"],
    ['{{ 1.5 | strip_index }}', "undefined method `sub' for 1.5:Float input.sub(%r!/index\\.html?$!, \"/\") ^^^^"],
    ['{{ page.arr | strip_index }}', "undefined method `sub' for [1, 2]:Array input.sub(%r!/index\\.html?$!, \"/\") ^^^^ Did you mean? sum"],
    ['{{ page.e | strip_index }}', "undefined method `sub' for []:Array input.sub(%r!/index\\.html?$!, \"/\") ^^^^ Did you mean? sum"],
    ['{{ page.h | strip_index }}', 'undefined method `sub\' for {"a"=>1}:Hash input.sub(%r!/index\\.html?$!, "/") ^^^^ Did you mean? sum'],
    ['{{ d | to_integer }}', "undefined method `to_i' for #<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)> input.to_i ^^^^^ Did you mean? to_s"],
    ['{{ dates | where: "a", 1 }}', "undefined method `[]' for #<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)> return liquid_data[property] unless property.include?(\".\") ^^^^^^^^^^"],
    ['{{ page.arr | to_integer }}', "undefined method `to_i' for [1, 2]:Array input.to_i ^^^^^ Did you mean? to_s to_a to_h"],
    ['{{ page.h | to_integer }}', 'undefined method `to_i\' for {"a"=>1}:Hash input.to_i ^^^^^ Did you mean? to_s to_a to_h'],
    ['{{ (1..3) | to_integer }}', "undefined method `to_i' for 1..3:Range input.to_i ^^^^^ Did you mean? to_h to_s to_a"],
    ['{{ 12 | sort: "a" }}', "undefined method `map' for 12:Integer input.map { |item| [item_property(item, property), item] } ^^^^ Did you mean? tap"],
    ['{{ "ab" | sort: "a" }}', 'undefined method `map\' for "ab":String input.map { |item| [item_property(item, property), item] } ^^^^ Did you mean? tap'],
    ['{{ 12 | sort }}', "undefined method `sort' for 12:Integer input.sort ^^^^^"],
    // the nils order is checked first
    ['{{ 12 | sort: "a", nil }}', "Liquid error (line 1): Invalid nils order: '' is not a valid nils order. It must be 'first' or 'last'."],
    ['{{ "ab" | sort: "a", "x" }}', "Liquid error (line 1): Invalid nils order: 'x' is not a valid nils order. It must be 'first' or 'last'."],
    // item_property: `item[property]` of an item that is no Hash
    ['{{ page.ns | where: "a", 1 }}', "undefined method `[]' for nil:NilClass return liquid_data[property] unless property.include?(\".\") ^^^^^^^^^^"],
    ['{{ page.fs | where: "a", 1 }}', "undefined method `[]' for 1.5:Float return liquid_data[property] unless property.include?(\".\") ^^^^^^^^^^"],
    ['{{ page.bs | group_by: "a" }}', "undefined method `[]' for true:TrueClass return liquid_data[property] unless property.include?(\".\") ^^^^^^^^^^"],
    ['{{ page.is | where: "a", 1 }}', 'no implicit conversion of String into Integer'],
    ['{{ page.arr | find: "a", 1 }}', 'no implicit conversion of String into Integer'],
    ['{{ page.ns | where: "a.b", 1 }}', 'no implicit conversion of String into Integer'],
    // Sass reads a String: nil and numbers have no empty?, an Array or a Hash is no String
    ['{{ nil | scssify }}', "undefined method `empty?' for nil:NilClass return @template.dup if @template.empty? ^^^^^^^"],
    ['{{ 12 | sassify }}', "undefined method `empty?' for 12:Integer return @template.dup if @template.empty? ^^^^^^^"],
    ['{{ page.arr | scssify }}', 'no implicit conversion of Array into String'],
    // a Float is no date for Liquid::Utils.to_date
    ['{{ 1.5 | date_to_xmlschema }}', "Invalid Date: '1.5' is not a valid datetime."],
    ['{{ 1.5 | date_to_string }}', "Invalid Date: '1.5' is not a valid datetime."],
    // Base64.strict_decode64
    ['{{ "QR==" | base64_decode }}', 'Liquid error (line 1): invalid base64 provided to base64_decode'],
    ['{{ 12 | base64_decode }}', 'Liquid error (line 1): invalid base64 provided to base64_decode'],
    ['{{ 1.5 | base64_decode }}', 'Liquid error (line 1): invalid base64 provided to base64_decode'],
    ['{{ "QUJ=" | base64_url_safe_decode }}', 'Liquid error (line 1): invalid base64 provided to base64_url_safe_decode'],
  ])('%s', (template, message) => {
    const e = failure(() => render(template, scope));
    expect(e.message).toBe(`Liquid Exception: ${message} in test.html`);
  });

  test.each([
    // String#[] finds a substring: the item "abc" has "a"
    ['{% assign a = "abc,x,ab" | split: "," %}{{ a | where: "a", "a" | join: "," }}|{{ a | group_by: "b" | map: "name" | join: "," }}|{{ a | sort: "b" | join: "," }}', 'abc,ab|b,|x,abc,ab'],
    ['{{ nil | strip_index }}|{{ "" | strip_index }}|{{ "/a/index.html" | strip_index }}', '||/a/'],
    ['{{ nil | to_integer }}|{{ "12abc" | to_integer }}|{{ t | to_integer }}|{{ 1.9 | to_integer }}', '0|12|1577872800|1'],
    // Integer#size is 8 (a Bignum's, the bytes it needs); a Float has no size
    ['{{ 12 | size }}|{{ 1.5 | size }}|{{ 12.0 | size }}|{{ 4611686018427387904 | size }}|{{ 18446744073709551616 | size }}', '8|0|0|8|9'],
    ['{{ 1.5 | date: "%Y" }}|{{ 12.0 | date: "%Y" }}|{{ 12 | date: "%Y" }}', '1.5|12.0|1970'],
    // `input.to_s` of an Array is its inspect
    ['{{ page.arr | relative_url }}|{{ page.arr | normalize_whitespace }}|{{ page.arr | truncatewords: 1 }}|{{ page.arr | smartify }}', '/%5B1,%202%5D|[1, 2]|[1,...|[1, 2]'],
    ['{{ "QQ" | base64_url_safe_decode }}|{{ "QUJD" | base64_decode }}|{{ "" | base64_decode }}|{{ 12 | base64_encode | base64_decode }}', 'A|ABC||12'],
  ])('%s', (template, expected) => {
    expect(render(template, scope)).toBe(expected);
  });
});

test("pop and shift with a negative count fail as Array#pop(n) does (Liquid's ArgumentError)", () => {
  for (const template of ['{{ page.list | pop: -1 }}', '{{ page.list | shift: "-2" }}']) {
    expect(failure(() => render(template, { page })).message).toBe('Liquid Exception: Liquid error (line 1): negative array size in test.html');
  }
  expect(render('{{ page.list | pop: 5 | size }}|{{ page.list | shift: 0 | size }}|{{ page.list | pop: "2" | join }}', { page })).toBe('0|3|a');
});
