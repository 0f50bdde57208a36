// A double-quoted scalar's \u/\U escape naming no character (a surrogate, or past U+10FFFF) stops
// libyaml: Psych's message, at the opening quote, as Jekyll 4.3.1 printed it for each case below
// (front matter and a JSON data file, which Jekyll reads as YAML). The same characters where no
// double-quoted scalar reads them as an escape are text.
import { parseYaml } from '../../lib/read/yaml.js';

const message = (column: number, line = 1): string =>
  `YAML Exception reading x: (<unknown>): found invalid Unicode character escape code while parsing a quoted scalar at line ${line} column ${column}`;

test.each([
  ['v: "a \\ud83d\\ude00 b"\n', message(4)],
  ['t: x\nv: "\\U00110000"\n', message(4, 2)],
  ['v: ["ok", "\\uDFFF"]\n', message(11)],
  ['v: "line one\n  \\udc00"\n', message(4)],
  ['{"a": 1, "g": "\\u00e9\\ud83d\\ude00"}\n', message(15)],
])('%j fails as in Psych', (text, expected) => {
  expect(() => parseYaml(text, 'x')).toThrow(expected);
});

test.each([
  ['v: "\\u00e9 \\U0001F600"\n', { v: 'é 😀' }],
  ['v: a \\ud83d b\n', { v: 'a \\ud83d b' }],
  ["v: 'a \\ud83d b'\n", { v: 'a \\ud83d b' }],
  ['v: |\n  "\\ud83d"\n', { v: '"\\ud83d"\n' }],
  ['v: "a \\\\ud83d b"\n', { v: 'a \\ud83d b' }],
  ['# "\\ud83d"\nv: 1\n', { v: 1 }],
])('%j is read', (text, expected) => {
  expect(parseYaml(text, 'x')).toEqual(expected);
});

test('an earlier mistake is the one reported', () => {
  expect(() => parseYaml('a: "\\q"\nb: "\\ud800"\n', 'x')).toThrow('found unknown escape character');
});
