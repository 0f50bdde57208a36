// libyaml takes a `?` that begins a flow entry as a KEY indicator whatever follows it (scanner.c
// yaml_parser_fetch_next_token); js-yaml only before a blank. Values as Jekyll 4.3.1 (Psych 4.0.3 /
// libyaml 0.2.5) loaded each text; kyll had read the plain scalars "?b".
import { parseYamlFully } from '../../lib/read/yaml.js';

test.each([
  ['k: [?b]\n', { k: [{ b: null }] }],
  ['k: [?b, c]\n', { k: [{ b: null }, 'c'] }],
  ['k: {?b}\n', { k: { b: null } }],
  ['k: [a, ?b: c]\n', { k: ['a', { b: 'c' }] }],
  ['k: {?b: c, d: e}\n', { k: { b: 'c', d: 'e' } }],
  ['k: [?"q": 1]\n', { k: [{ q: 1 }] }],
  ['k: [?b,\n ?c]\n', { k: [{ b: null }, { c: null }] }],
  ['k: [?&x b, *x]\n', { k: [{ b: null }, 'b'] }],
  ['- [?b]\n', [[{ b: null }]]],
  ['[?b]\n', [{ b: null }]],
  ['k: [a, ?b c]\n', { k: ['a', { 'b c': null }] }],
  ['k: [-, ?b]\n', { k: ['-', { b: null }] }],
])('a ? right before its key in a flow collection (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});

test.each([
  ['k: [a ?b]\n', { k: ['a ?b'] }],
  ['title: ?b\n', { title: '?b' }],
  ['k: [x, a?b]\n', { k: ['x', 'a?b'] }],
])('a ? inside a scalar, or in the block context, is text (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});
