// Psych's words and place for bad YAML, as Jekyll 4.3.1 (Ruby 3.1, Psych 4.0.3 / libyaml) printed
// them for these texts in a _config.yml, a _data file and a page's front matter (yamlerr12 probe).
import { parseYaml, parseYamlFully } from '../../lib/read/yaml.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';

const problem = (text: string): string => {
  try {
    parseYamlFully(text, 'f.yml');
  } catch (e) {
    return (e as Error).message.replace(/^YAML Exception reading f\.yml: \(f\.yml\): /, '');
  }
  return 'OK';
};

describe('YAML errors in Psych wording, at libyaml context mark', () => {
  const rows: Array<[string, string, string]> = [
    ['unclosed flow sequence', 'a: 1\nb: [x\nc: 2\n', "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4"],
    ['unclosed flow mapping', 'a: 1\nb: {x: 1\nc: 2\n', "did not find expected ',' or '}' while parsing a flow mapping at line 2 column 4"],
    ['flow sequence over lines', 'tags: [a,\n  b\nc: 1\n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 7"],
    ['missing comma', 'x: [a, "b" c]\n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 4"],
    ['innermost flow collection', 'x:\n  y: {a: 1, b: [1, 2}\n', "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 16"],
    ['flow mapping in a list', 'x:\n  - {a: 1\n  - b\n', "did not find expected ',' or '}' while parsing a flow mapping at line 2 column 5"],
    ['flow key at the key column', 'a: 1\n[b: 2\n', "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ['unclosed double quote', 'a: 1\nb: "abc\nc: 2\n', 'found unexpected end of stream while scanning a quoted scalar at line 2 column 4'],
    ['unclosed single quote', "x:\n  - y: 'abc\n", 'found unexpected end of stream while scanning a quoted scalar at line 2 column 8'],
    ['colon in a plain value', 'title: Foo: bar baz\n', 'mapping values are not allowed in this context at line 1 column 11'],
    ['key indented under a value', 'a: 1\n  b: 2\nc: 3\n', 'mapping values are not allowed in this context at line 2 column 4'],
    ['tab indentation', 'a:\n\tb: 1\nc: 2\n', 'found character that cannot start any token while scanning for the next token at line 2 column 1'],
    ['key between two indents', 'a:\n  b: 1\n c: 2\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['key between deeper indents', 'x:\n  y:\n    z: 1\n   w: 2\n', 'did not find expected key while parsing a block mapping at line 2 column 3'],
    ['list item in a nested mapping', 'x:\n  y: 1\n  - z\n', 'did not find expected key while parsing a block mapping at line 2 column 3'],
    ['list item in the top mapping', '# c\n\na: 1\n- b\n', 'did not find expected key while parsing a block mapping at line 3 column 1'],
    ['outdented key in a list item', '- a: 1\n  b: 2\n c: 3\n', "did not find expected '-' indicator while parsing a block collection at line 1 column 1"],
    ['item without a space', 'x:\n  - a\n  -b: c\n', "did not find expected '-' indicator while parsing a block collection at line 2 column 3"],
    ['key without a colon', 'a:\n  b: 1\n  c\n', "could not find expected ':' while scanning a simple key at line 3 column 3"],
    ['after a block scalar', 'a: |\n  text\n b: 1\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
  ];
  test.each(rows)('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  test('a repeated key is no error: the last one wins, as in Psych', () => {
    expect(parseYaml('a: 1\na: 2\n', 'f.yml')).toEqual({ a: 2 });
  });

  test('front matter: lines counted from the file, the `---` line being line 1', () => {
    expect(() => readFrontMatter('---\na: 1\nb: [x\nc: 2\n---\nbody\n', 'p.md')).toThrow(
      "YAML Exception reading p.md: (<unknown>): did not find expected ',' or ']' while parsing a flow sequence at line 3 column 4",
    );
  });
});
