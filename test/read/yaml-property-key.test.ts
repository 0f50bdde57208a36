// A mapping value's anchor or tag followed by a key on the same line (`k: &a a: b`): libyaml allows
// no simple key on the rest of a line after a simple key's `:`, so Psych 4.0.3 (Jekyll 4.3.1) stops
// at the second `:` as it does for `k: a: b`. Each message below is Psych's for the same text.
import { parseYaml } from '../../lib/read/yaml.js';

const message = (column: number, line = 1): string =>
  `YAML Exception reading x: (<unknown>): mapping values are not allowed in this context at line ${line} column ${column}`;

test.each([
  ['k: &a a: b\n', message(8)],
  ['v0:\n    "quoted: key": &a a: b\n', message(24, 2)],
  ['- "k": &a a: b\n', message(12)],
  ['k: !!str a: b\n', message(11)],
  ['k: &a !!str a: b\n', message(14)],
  ["k: &a 'a': b\n", message(10)],
  ['k: &a a:\n', message(8)],
  ['k: &a\ta: b\n', message(8)],
  ['a: 1\nb: &x\n  - c\nd: *x\ne: &y f: g\n', message(8, 5)],
])('%j fails as in Psych', (text, expected) => {
  expect(() => parseYaml(text, 'x')).toThrow(expected);
});

test.each([
  ['k: &a\n  a: b\n', { k: { a: 'b' } }],
  ['? k\n: &a a: b\n', { k: { a: 'b' } }],
  ['- &a a: b\n', [{ a: 'b' }]],
  ['- - &a a: b\n', [[{ a: 'b' }]]],
  ['&a a: b\n', { a: 'b' }],
  ['k: |\n  x: &a a: b\n', { k: 'x: &a a: b\n' }],
  ['k: "x: &a a: b"\n', { k: 'x: &a a: b' }],
  ['k: &a http://x\n', { k: 'http://x' }],
  ['k: &a a # c: d\n', { k: 'a' }],
])('%j is read', (text, expected) => {
  expect(parseYaml(text, 'x')).toEqual(expected);
});
