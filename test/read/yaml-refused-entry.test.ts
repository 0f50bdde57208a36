// A `- ` or `? ` on the line of a tag, an anchor, an alias, a quoted scalar, a flow collection's
// end, a `---` marker or after a key's `: `, as Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) reads it: libyaml's scanner
// refuses it there (no simple key allowed), before its parser or Psych's loader finds anything else.
import { parseYamlFully } from '../../lib/read/yaml.js';

const read = (text: string): string => {
  try {
    return JSON.stringify(parseYamlFully(text, 'f.yml'));
  } catch (e) {
    return (e as Error).message.replace(/^YAML Exception reading f\.yml: \(<unknown>\): /, '').split('\n')[0]!;
  }
};

const ENTRY = 'block sequence entries are not allowed in this context';
const KEY = 'mapping keys are not allowed in this context';

describe('a `- ` or `? ` where libyaml allows no simple key (Psych 4.0.3)', () => {
  const rows: Array<[string, string, string]> = [
    ['after a tag in a list', '- !!str -', `${ENTRY} at line 1 column 9`],
    ['after a tag, then text', '- !!str - a', `${ENTRY} at line 1 column 9`],
    ['after a tag that resolves to nothing', '- !!int -', `${ENTRY} at line 1 column 9`],
    ['after a local tag', '- !x -', `${ENTRY} at line 1 column 6`],
    ['after a tag and an anchor', '- !!str &a -', `${ENTRY} at line 1 column 12`],
    ['after a tag, a tab then text', '- !!str -\tx', `${ENTRY} at line 1 column 9`],
    ['after a tag, then a comment', '- !!str - # c', `${ENTRY} at line 1 column 9`],
    ['after a tag, a value', 'a: !!str - b', `${ENTRY} at line 1 column 10`],
    ['after a tag at the root', '!!str -', `${ENTRY} at line 1 column 7`],
    ['after an anchor', 'a: &x - b', `${ENTRY} at line 1 column 7`],
    ['after an anchor of a quoted key', '"k": &a - x', `${ENTRY} at line 1 column 9`],
    ['after an alias (before the alias is looked up)', '- *a -', `${ENTRY} at line 1 column 6`],
    ['after an alias, in a mapping', 'x: &a\n  - b\ny: *a -\n', `${ENTRY} at line 3 column 7`],
    ['after ---', '--- - a', `${ENTRY} at line 1 column 5`],
    ['after --- and a tag', '--- !!str - a', `${ENTRY} at line 1 column 11`],
    ['after a quoted scalar that closes on a later line', 'a: "multi\n  line" - b', `${ENTRY} at line 2 column 9`],
    ['after a flow sequence that closes on a later line', 'a: [x,\n  y] - b', `${ENTRY} at line 2 column 6`],
    ['a key after a tag', '- !!str ? x', `${KEY} at line 1 column 9`],
    ['a key after a tag and an anchor', 'a: !!str &x ? y', `${KEY} at line 1 column 13`],
    ['a key after a quoted scalar', '- "q" ? x', `${KEY} at line 1 column 7`],
    ['after a tag on an explicit value line', '? a\n: !x - y', `${ENTRY} at line 2 column 6`],
    // a simple key's `: ` allows no simple key after it (yaml_parser_fetch_value): the scanner
    // meets it before an unknown alias above is looked up, or another refused entry below it
    ['after a key, below an unknown alias', 'x: *a2\ny: -\nz: &q -\n', `${ENTRY} at line 2 column 4`],
    ['after a quoted key, below an unknown alias', 'x: *a2\n"y": -\nz: &q -\n', `${ENTRY} at line 2 column 6`],
    ['a key after a key', 'a: ? b', `${KEY} at line 1 column 4`],
    ['a key after a key, below an unknown alias', 'x: *a\ny: ? b\nz: &q -\n', `${KEY} at line 2 column 4`],
  ];
  test.each(rows)('%s', (_name, text, expected) => {
    expect(read(text)).toBe(expected);
  });

  const fine: Array<[string, string, string]> = [
    ['in a plain scalar', 'a: foo !x - y', '{"a":"foo !x - y"}'],
    ['in the next line of a plain scalar', 'a: foo\n  !x - y', '{"a":"foo !x - y"}'],
    ['in a block scalar', 'a: |\n  !x - y\n  "q" - z\nb: 1', '{"a":"!x - y\\n\\"q\\" - z\\n","b":1}'],
    ['in a comment', '# !x - y\na: 1', '{"a":1}'],
    ['in a quoted scalar', 'a: "multi\n  line - b"', '{"a":"multi line - b"}'],
    ['on the next line', 'a:\n  - !!str\n    - b', '{"a":[["b"]]}'],
    ['a tag before a plain scalar', '- !x x - y', '["x - y"]'],
    ['a `:` after a tag (an empty key)', '- !!str :', '[{"":null}]'],
    ['a `-` that starts a plain scalar', '- !!str -x', '["-x"]'],
    ['in a flow sequence', '[!!str -]', '["-"]'],
    ["after a complex key's `: `", '? a\n: - b', '{"a":["b"]}'],
    ['after a key, in a quoted scalar', 'a: "x: - y"', '{"a":"x: - y"}'],
  ];
  test.each(fine)('none %s', (_name, text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
