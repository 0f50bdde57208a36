// Utils.to_integer, as truncate's length (after `return if input.nil?`), slice, truncatewords and
// for's limit take it: an Integer or the text of one; nil, any Float (`2.0`) and other text fail
// with "invalid integer". Expected values printed by Jekyll
// 4.3.1 rendering the same templates (scripts/liquid-oracle.rb).
import { render } from './helpers.js';

test.each([
  ['{{ "abcdefghij" | truncate: "5" }}|{{ "abc" | truncate: "5", "" }}', 'ab...|abc'],
  ['{{ "abcdefghij" | truncate: " 4 " }}', 'a...'],
  ['{{ "abcdefghij" | truncate: -3 }}', '...'],
  ['{{ nil | truncate: "x" }}', ''],
  // a short text comes back as input.to_s: a String, which has no `last`, and slugify can read
  ['{{ 3 | truncate: 3, "&" | last | default: ", " }}|{{ 2 | truncate: 3 | slugify: "none" }}|{{ 1.5 | truncate: 10 | size }}', ', |2|3'],
  ['{{ "héllo wörld" | slice: 1, 3 }}|{{ "abc" | slice: -1 }}|{{ "abc" | slice: 3, 1 }}|{{ "abc" | slice: 4 }}|{{ "a😀b" | slice: 1, 1 }}|{{ "abc" | slice: -4, 2 }}|{{ "abcdef" | slice: 2, 100 }}', 'éll|c|||😀||cdef'],
  // Kernel#Integer's prefixes and underscores (octal for a leading 0, `08` refused)
  ['{{ "abcdefghijklmnopqrstuvwxyz0123" | slice: 0, "0x1A" | size }}|{{ "abcdefghijklmnopqrstuvwxyz" | slice: "017" }}|{{ "abcdef" | slice: "0b10", "0o2" }}|{{ "abc" | slice: "0d1" }}|{{ "a b c d e" | truncatewords: "0_2", "" }}|{{ "abc" | slice: "\t1\n" }}', '26|p|cd|b|a b|b'],
])('%s', (template, expected) => {
  expect(render(template, {})).toBe(expected);
});

test.each([
  '{{ "abcdefghij" | truncate: nil }}',
  '{{ "abcdefghij" | truncate: 2.0 }}',
  '{{ "abcdefghij" | truncate: "4x" }}',
  '{{ "abc" | slice: 2.0 }}',
  '{% for x in (1..5) limit: 2.0 %}{{ x }}{% endfor %}',
  '{{ "a b c d" | truncatewords: 2.0 }}',
  '{{ "abc" | slice: "08" }}',
  '{{ "abc" | slice: "1__0" }}',
  '{{ "abc" | slice: "0x" }}',
  '{{ "abc" | slice: "1e3" }}',
  '{{ "abc" | slice: "\u00a01" }}',
])('%s fails: invalid integer', (template) => {
  expect(() => render(template, {})).toThrow('invalid integer');
});

// `num.to_s` of a list is its inspect (`[2]`), which Integer() refuses: Jekyll 4.3.1 stops on
// `limit: site.arr` with arr: [2] (and jekyll-feed on `feed: {posts_limit: [2]}`), where kyll read 2.
test.each([
  '{% for x in (1..5) limit: arr %}{{ x }}{% endfor %}',
  '{{ "abcdef" | truncate: arr }}',
  '{{ "abc" | slice: arr }}',
])('%s with arr = [2] fails: invalid integer', (template) => {
  expect(() => render(template, { arr: [2] })).toThrow('invalid integer');
});

// String#to_i, as Utils.to_number (math filters) and a range's bounds read a text: ASCII blanks,
// single underscores (`1__2` is 1), nothing before the sign (`_12` is 0). Jekyll 4.3.1's outputs.
test('math filters and range bounds read texts as String#to_i', () => {
  expect(render('{{ "1__2" | plus: 0 }}|{{ "_12" | minus: 1 }}|{% for i in ("1__2".."3") %}{{ i }}{% endfor %}|{{ " 12abc" | times: 2 }}', {})).toBe('1|-1|123|24');
});
