// Where libyaml 0.2.5 ends a tag: a shorthand one at `,`, `[`, `]` or any other character that is no
// URI character, a verbatim one at its `>`; then a blank, a line break or (in a flow collection) a `,`
// must follow (scanner.c yaml_parser_scan_tag). Values and messages as Jekyll 4.3.1 (Psych 4.0.3 /
// libyaml 0.2.5) loaded each text; kyll had refused every tag right before a `,` with js-yaml's
// "tag suffix cannot contain flow indicator characters".
import { parseYaml, parseYamlFully } from '../../lib/read/yaml.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';

test.each<[string, unknown]>([
  ['{a: !!str, b: 1}', { a: '', b: 1 }],
  ['[!!str, x]', ['', 'x']],
  ['[!!str,]', ['']],
  ['{a: !!str,}', { a: '' }],
  ['{a: !!str,b: 1}', { a: '', b: 1 }],
  ['[ !!str,x ]', ['', 'x']],
  ['[!!str,#c\n x]', ['', 'x']],
  ['[!!str, #c\n x]', ['', 'x']],
  ['[a, !!str,\n b]', ['a', '', 'b']],
  ['a: [!!str,\n  x]', { a: ['', 'x'] }],
  ['{a: !str, b: 1}', { a: '', b: 1 }],
  ['{a: !foo, b: 1}', { a: null, b: 1 }],
  ['{a: !, b: 1}', { a: null, b: 1 }],
  ['[!,]', [null]],
  ['{a: !!int, b: 1}', { a: null, b: 1 }],
  ['[!!binary, x]', ['', 'x']],
  ['[!!bool, x]', [null, 'x']],
  ['[!ruby/object:Foo, x]', [null, 'x']],
  ['{!!str, a: 1}', { '': null, a: 1 }],
  ['[&a !!str, *a]', ['', '']],
  ['- [!!str, x]\n- {a: [!!str, [!!int,]]}\n', [['', 'x'], { a: ['', [null]] }]],
  ['a: [ !<tag:yaml.org,2002:str>, x]', { a: ['', 'x'] }],
  ['{a:!!str, b: 1}', { 'a:!!str': null, b: 1 }],
])('a tag a flow collection’s `,` follows (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});

test.each<[string, string]>([
  ['[!!str]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 2'],
  ['{a: !!str}', 'did not find expected whitespace or line break while scanning a tag at line 1 column 5'],
  ['{a: !!str, b: !!str}', 'did not find expected whitespace or line break while scanning a tag at line 1 column 15'],
  ['[a, !!str]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 5'],
  ['[!foo]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 2'],
  ['[!]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 2'],
  ['a: !!str}', 'did not find expected whitespace or line break while scanning a tag at line 1 column 4'],
  ['!!str}', 'did not find expected whitespace or line break while scanning a tag at line 1 column 1'],
  ['a: !!str,x', 'did not find expected whitespace or line break while scanning a tag at line 1 column 4'],
  ['a: !!str[x]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 4'],
  ['a: [!!str{x}]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 5'],
  ['a: !!str"x"', 'did not find expected whitespace or line break while scanning a tag at line 1 column 4'],
  ['[!标签, x]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 2'],
  ['a: [ !<tag:yaml.org,2002:str>]', 'did not find expected whitespace or line break while scanning a tag at line 1 column 6'],
  ['a: { b: !<!>}', 'did not find expected whitespace or line break while scanning a tag at line 1 column 9'],
  ['[!!, x]', 'did not find expected tag URI while parsing a tag at line 1 column 2'],
  ['a: !! x', 'did not find expected tag URI while parsing a tag at line 1 column 4'],
  ['[!a%zz, x]', 'did not find URI escaped octet while parsing a tag at line 1 column 2'],
  ['a: [!e!str, x]', 'found undefined tag handle while parsing a node at line 1 column 5'],
  ['a: !e!str x', 'found undefined tag handle while parsing a node at line 1 column 4'],
  ['[!!str, a:]', "found unexpected ':' while scanning a plain scalar at line 1 column 9"],
])('a tag libyaml refuses (%j)', (text, message) => {
  expect(() => parseYamlFully(text, 'f.yml')).toThrow(`(<unknown>): ${message}`);
});

test.each<[string, unknown]>([
  ['title: Wow !!', { title: 'Wow !!' }],
  ['title: "x" # a !!str,', { title: 'x' }],
  ['title: |\n  !!str, x\n  [!!str]', { title: '!!str, x\n[!!str]' }],
  ['%TAG !e! tag:example.com,2000:\n---\na: !e!str x', { a: 'x' }],
])('tag-like text that is no tag, and a declared handle (%j)', (text, value) => {
  expect(parseYaml(text, 'f.yml')).toEqual(value);
});

test('in front matter, the place is the file’s line', () => {
  expect(() => readFrontMatter('---\ntitle: t\ntags: [!!str]\n---\nhi\n', 'p.md')).toThrow('did not find expected whitespace or line break while scanning a tag at line 3 column 8');
  expect(readFrontMatter('---\ntitle: t\ntags: [!!str, x]\n---\nhi\n', 'p.md')?.data).toEqual({ title: 't', tags: ['', 'x'] });
});
