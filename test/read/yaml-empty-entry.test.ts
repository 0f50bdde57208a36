// An empty block sequence entry that a less indented `- ` line follows: libyaml ends its sequence
// there, js-yaml 4 took the next entry into it. Values and messages as Jekyll 4.3.1 (Psych 4.0.3 /
// libyaml 0.2.5) loaded each text (fuzz-documents --yaml, seed 51500).
import { parseYamlFully } from '../../lib/read/yaml.js';

test.each<[string, unknown]>([
  ['v0:\n  - -\n  - {}\n', { v0: [[null], {}] }],
  ['- -\n- b\n', [[null], 'b']],
  ['v:\n- -\n- b\n', { v: [[null], 'b'] }],
  ['- - -\n  - c\n- b\n', [[[null], 'c'], 'b']],
  ['- - -\n- b\n', [[[null]], 'b']],
  ['- - \n- b\n', [[null], 'b']],
  ['- -   # c\n- b\n', [[null], 'b']],
  ['- -\n\n- b\n', [[null], 'b']],
  ['- -\n# c\n- b\n', [[null], 'b']],
  ['- - a\n  -\n- b\n', [['a', null], 'b']],
  ['- -\n-\n', [[null], null]],
  ['- -\r\n- b\r\n', [[null], 'b']],
])('an empty entry before an outer one (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});

test.each<[string, unknown]>([
  ['- -\n  - c\n', [[null, 'c']]],
  ['a:\n  - x\n  -\nb: 1\n', { a: ['x', null], b: 1 }],
  ['- |\n    - -\n- b\n', ['- -\n', 'b']],
  ['- "a\n  - -\n- b"\n', ['a - - - b']],
  ['- - &a\n- b\n', [[null], 'b']],
])('an empty entry of the same sequence, or `- -` inside a scalar (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});

test('an entry between the two columns is libyaml’s error', () => {
  expect(() => parseYamlFully('- -\n -\n- c\n', 'f.yml')).toThrow("did not find expected '-' indicator while parsing a block collection at line 1 column 1");
});
