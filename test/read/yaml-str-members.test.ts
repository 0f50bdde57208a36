// A `!!str` mapping's keys other than `str` are instance variables of the String Psych makes
// (ToRuby#init_with); expected values and messages from Psych.safe_load (Ruby 3.1, Psych 4.0.3,
// Jekyll's permitted classes), as Jekyll 4.3.1 reads front matter.
import { parseYaml } from '../../lib/read/yaml.js';

test.each<[string, unknown]>([
  ['k: !!str\n  str: x\n  a: b\n', { k: 'x' }],
  ['k: !!str {a: 1, str: x}\n', { k: 'x' }],
  ['k: !!str {str: [1], a: 1}\n', { k: [1] }],
  ['- !!str {str: x, "@b": 1}\n', ['x']],
  ['k: !!str {str: x, true: 1}\n', { k: 'x' }],
  ['k: !!str {str: x, é: 1}\n', { k: 'x' }],
  ['k: !!str {}\n', { k: null }],
])('%j is read', (text, expected) => {
  expect(parseYaml(text, 'x')).toEqual(expected);
});

test.each([
  ['k: !!str\n  a: b\n', "can't modify frozen NilClass: nil"],
  ['k: !!str {str: 1, a: 1}\n', "can't modify frozen Integer: 1"],
  ['k: !!str {str: 2.0, a: 1}\n', "can't modify frozen Float: 2.0"],
  ['k: !!str {str: yes, a: 1}\n', "can't modify frozen TrueClass: true"],
  ['v0:\n- true: !!str\n    null: >\t\n', "`@' is not allowed as an instance variable name"],
  ['k: !!str {str: x, "1a": 1}\n', "`@1a' is not allowed as an instance variable name"],
  ['k: !!str {str: x, 1.5: 1}\n', "`@1.5' is not allowed as an instance variable name"],
  ['k: !!str {str: x, a b: 1}\n', "`@a b' is not allowed as an instance variable name"],
  ['k: !!str {str: x, "@@a": 1}\n', "`@@a' is not allowed as an instance variable name"],
  ['k: !!str {str: x, 2024-01-02: 1}\n', "`@2024-01-02' is not allowed as an instance variable name"],
])('%j fails as in Psych', (text, message) => {
  expect(() => parseYaml(text, 'x')).toThrow(`YAML Exception reading x: ${message}`);
});
