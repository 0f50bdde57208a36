// Tabs in a line's indentation, as Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) reads them: a line of
// white space holding a tab, or a tab before a comment or a key, is libyaml's error where js-yaml
// reads on (a post's front matter with a tab-indented first key: pixyll, s39 errors2).
import { parseYamlFully } from '../../lib/read/yaml.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';

const problem = (text: string): string => {
  try {
    parseYamlFully(text, 'f.yml');
  } catch (e) {
    return (e as Error).message.replace(/^YAML Exception reading f\.yml: \(<unknown>\): /, '');
  }
  return 'OK';
};

const TOKEN = 'found character that cannot start any token while scanning for the next token';
const PLAIN = 'found a tab character that violates indentation while scanning a plain scalar';
const BLOCK = 'found a tab character where an indentation space is expected while scanning a block scalar';

describe('tabs in indentation (Psych 4.0.3)', () => {
  const rows: Array<[string, string, string]> = [
    ['a tab-indented first key after ---', '---\n\tfoo: bar\nlayout: post\n', `${TOKEN} at line 2 column 1`],
    ['a tab-indented first key', '\tfoo: bar\nlayout: post\n', `${TOKEN} at line 1 column 1`],
    ['spaces then a tab before a key', '---\n  \tfoo: bar\n', `${TOKEN} at line 2 column 3`],
    ['a line of a tab after ---', '---\n\t\n', `${TOKEN} at line 2 column 1`],
    ['a line of a tab after a plain value', 'a: 1\n\t\nb: 2\n', `${PLAIN} at line 1 column 4`],
    ['a tabbed comment after a plain value', 'a: 1\n\t# c\n', `${PLAIN} at line 1 column 4`],
    ['a tab left of a nested plain value', 'a:\n  - x\n\t\n  - y\n', `${PLAIN} at line 2 column 5`],
    ['a tab after a plain value that runs over lines', 'a: b\n  c\n\t\n', `${PLAIN} at line 1 column 4`],
    ['a tab after a value with a comment', 'a: 1 # c\n\t\n', `${TOKEN} at line 2 column 1`],
    ['a tab after a key with no value', 'a:\n  \t\n', `${TOKEN} at line 2 column 3`],
    ['a tab after a flow value', 'a: [1,\n\t2]\n\t\n', `${TOKEN} at line 3 column 1`],
    ['a tab after an empty item', '- a\n- \n\t\n', `${TOKEN} at line 3 column 1`],
    ['a tab after an item dash', '- \tb\n', `${TOKEN} at line 1 column 3`],
    ['a tab before a block scalar has its indent', 'x: 1\na: |\n\t\n  y\n', `${BLOCK} at line 2 column 4`],
    ['a tab left of a block scalar indent', 'a: |\n  x\n\t\n  y\n', `${BLOCK} at line 1 column 4`],
    ['a tab right of a plain value indent', 'a: 1\n  \t\nb: 2\n', 'OK'],
    ['a tab after a block scalar indent', 'a: |\n  x\n  \t\n  y\n', 'OK'],
    ['a tab inside a flow collection', 'a: [1,\n\t2]\n', 'OK'],
    ['a tab inside a quoted value', 'a: "x\n\t\n"\n', 'OK'],
    ['tabs after a colon', 'a:\tb\nc: \td\n', 'OK'],
    ['a tab in a later document', 'a: 1\n---\n\t\n', 'OK'],
    ['an earlier error first', 'a: "unclosed\nb: 1\n\t\n', 'found unexpected end of stream while scanning a quoted scalar at line 1 column 4'],
    ['a plain line first', 'a: 1\n  c: x y\n\n\tq: 1\n', 'mapping values are not allowed in this context at line 2 column 4'],
  ];
  test.each(rows)('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });

  test('front matter: the error names the file and the line of the tab', () => {
    let error: unknown;
    try {
      readFrontMatter('---\n\ttitle: x\nlayout: post\n---\nbody\n', '_posts/2020-01-01-a.md');
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toBe(`YAML Exception reading _posts/2020-01-01-a.md: (<unknown>): ${TOKEN} at line 2 column 1`);
    expect((error as { file?: string; line?: number }).line).toBe(2);
    expect((error as { file?: string }).file).toBe("_posts/2020-01-01-a.md");
  });
});
