// Psych's words and place for bad YAML, as Jekyll 4.3.1 (Ruby 3.1, Psych 4.0.3 / libyaml) printed
// them for these texts in a _config.yml, a _data file and a page's front matter (yamlerr12 probe).
import { parseYaml, parseYamlFully } from '../../lib/read/yaml.js';
import { rubyInspect } from '../../lib/liquid/ruby/to-s.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';

const problem = (text: string): string => {
  try {
    parseYamlFully(text, 'f.yml');
  } catch (e) {
    return (e as Error).message.replace(/^YAML Exception reading f\.yml: (?:\(<unknown>\): )?/, '');
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
    // The text ends where a flow collection wants a node: libyaml's parse_node fails at the stream
    // end, the line after the last break (Ruby 3.1's Psych on each text; safe25 probe).
    ['stream end after [', 'x: 1\ny: 2\nz: [\n', 'did not find expected node content while parsing a flow node at line 4 column 1'],
    ['stream end after [ without a break', 'z: [', 'did not find expected node content while parsing a flow node at line 2 column 1'],
    ['stream end after a comma', 'z: [a, b, \n  c, \n', 'did not find expected node content while parsing a flow node at line 3 column 1'],
    ['stream end after blank lines', 'z: [a, \n\n', 'did not find expected node content while parsing a flow node at line 3 column 1'],
    ['stream end after a comment', 'z: [\n# c\n', 'did not find expected node content while parsing a flow node at line 3 column 1'],
    ['stream end after {', 'z: {\n', 'did not find expected node content while parsing a flow node at line 2 column 1'],
    ["stream end after a flow key's colon", 'z: [a, {b: \n', 'did not find expected node content while parsing a flow node at line 2 column 1'],
    ['stream end after a closed inner collection and a comma', 'z: {a: [1], \n', 'did not find expected node content while parsing a flow node at line 2 column 1'],
    ['stream end after a value', 'z: [a, "b" \n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 4"],
    ['stream end after a closed inner collection', 'z: [a, [b]\n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 4"],
    ['stream end after a flow key', 'z: {a\n', "did not find expected ',' or '}' while parsing a flow mapping at line 1 column 4"],
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
    // fidelity13 probe: more mistakes from real _config.yml and front matter.
    ["key after a root list", "- a\nc: 1\n", "did not find expected '-' indicator while parsing a block collection at line 1 column 1"],
    ["key after root list items", "- a\n- b\nc: 1\n", "did not find expected '-' indicator while parsing a block collection at line 1 column 1"],
    ["tab after a plain value", "a: 1\n\tb: 2\n", "found a tab character that violates indentation while scanning a plain scalar at line 1 column 4"],
    ["tab after a list item", "a:\n  - x\n\tb: 2\n", "found a tab character that violates indentation while scanning a plain scalar at line 2 column 5"],
    ["tab in a block scalar", "a:\n  b: |-\n    x\n\ty\n", "found a tab character where an indentation space is expected while scanning a block scalar at line 2 column 6"],
    ["junk after a block scalar indicator", "a: |x\n  y\n", "did not find expected comment or line break while scanning a block scalar at line 1 column 4"],
    ["folded scalar with text on its header", "a: >foo\n  y\n", "did not find expected comment or line break while scanning a block scalar at line 1 column 4"],
    ["two chomping indicators", "a: |-+\n  y\n", "did not find expected comment or line break while scanning a block scalar at line 1 column 4"],
    ["indentation indicator 0", "a: |0\n  y\n", "found an indentation indicator equal to 0 while scanning a block scalar at line 1 column 4"],
    ["indentation indicator of two digits", "a: |10\n  y\n", "did not find expected comment or line break while scanning a block scalar at line 1 column 4"],
    ["a second block scalar header", "a: |\n  x\nb: |1x\n  y\n", "did not find expected comment or line break while scanning a block scalar at line 3 column 4"],
    ["colon in a comment-like value", "key: value# comment: x\n", "mapping values are not allowed in this context at line 1 column 20"],
    ["unknown escape", "a: \"\\q\"\n", "found unknown escape character while parsing a quoted scalar at line 1 column 4"],
    ["unknown escape deeper", "x:\n  a: \"\\q\"\n", "found unknown escape character while parsing a quoted scalar at line 2 column 6"],
    ["unknown escape in a flow list", "a: [\"\\q\"]\n", "found unknown escape character while parsing a quoted scalar at line 1 column 5"],
    ["escaped single quote in double quotes", "a: \"x\\'y\"\n", "found unknown escape character while parsing a quoted scalar at line 1 column 4"],
    ["unknown escape on a later line", "a: \"line\n  \\q\"\n", "found unknown escape character while parsing a quoted scalar at line 1 column 4"],
    ["Windows path in double quotes", "a: \"C:\\Users\\me\"\n", "did not find expected hexdecimal number while parsing a quoted scalar at line 1 column 4"],
    ["short unicode escape", "a: \"\\u12\"\n", "did not find expected hexdecimal number while parsing a quoted scalar at line 1 column 4"],
    ["@ at value start", "a: @foo\n", "found character that cannot start any token while scanning for the next token at line 1 column 4"],
    ["backquote at value start", "a: `cmd`\n", "found character that cannot start any token while scanning for the next token at line 1 column 4"],
    ["@ as a list item", "- @x\n", "found character that cannot start any token while scanning for the next token at line 1 column 3"],
    ["@ in a flow list", "a: [@x]\n", "found character that cannot start any token while scanning for the next token at line 1 column 5"],
    ["@ at key start", "@a: 1\n", "found character that cannot start any token while scanning for the next token at line 1 column 1"],
    ["% at value start", "a: %foo\n", "found character that cannot start any token while scanning for the next token at line 1 column 4"],
    ["YAML 2.0 directive", "%YAML 2.0\n---\na: 1\n", "found incompatible YAML document at line 1 column 1"],
    // yaml_parser_scan_directive_name: only YAML and TAG are known, before the document or at column 0 inside it
    // (Jekyll 4.3.1 on each in a _config.yml; js-yaml only warns of an unknown one before the document)
    ["unknown directive", "%FOO bar\n---\na: 1\n", "found unknown directive name while scanning a directive at line 1 column 1"],
    ["unknown directive alone", "%FOO", "found unknown directive name while scanning a directive at line 1 column 1"],
    ["unknown directive after a known one", "# c\n\n%TAG ! tag:x,2000:\n%BAR\n---\na: 1\n", "found unknown directive name while scanning a directive at line 4 column 1"],
    ["directive name with - and _, then a tab", "%FOO-bar_1\t x\n---\na: 1\n", "found unknown directive name while scanning a directive at line 1 column 1"],
    ["directive without a name", "%\n---\na: 1\n", "could not find expected directive name while scanning a directive at line 1 column 1"],
    ["directive name then a colon", "%FOO:x\n---\na: 1\n", "found unexpected non-alphabetical character while scanning a directive at line 1 column 1"],
    ["unknown directive inside the document", "---\n%FOO bar\n", "found unknown directive name while scanning a directive at line 2 column 1"],
    ["unknown directive after a block scalar", "a: |\n  x\n%FOO\n", "found unknown directive name while scanning a directive at line 3 column 1"],
    // a root plain scalar runs on over the next lines, so the `:` of a key there is inside a multi-line scalar (Psych 4.0.3)
    ["key line after a root ~", "~\nmeta: {a: 1, b: 2\n", "mapping values are not allowed in this context at line 2 column 5"],
    ["key line after a root word and a blank line", "abc\n\nmeta: 1\n", "mapping values are not allowed in this context at line 3 column 5"],
    ["indented key line after a root word", "abc\n  k: v\n", "mapping values are not allowed in this context at line 2 column 4"],
    ["key line after a tagged root word", "!!str abc\nk: v\n", "mapping values are not allowed in this context at line 2 column 2"],
    ["quoted key line after a root ~", '~\n"k": 1\n', "mapping values are not allowed in this context at line 2 column 4"],
    ["key line after a root word below a --- marker and a comment", "---\n# c\n\n!!str abc\nk: v\n", "mapping values are not allowed in this context at line 5 column 2"],
    ["key line after a root list below a --- marker", "---\n- a\nb: c\n", "did not find expected '-' indicator while parsing a block collection at line 2 column 1"],
    ["anchor with no name", "a: &a b\nc: &\n", "did not find expected alphabetic or numeric character while scanning an anchor at line 2 column 4"],
    ["anchor with a space", "a: & x\n", "did not find expected alphabetic or numeric character while scanning an anchor at line 1 column 4"],
    ["alias with no name", "a: *\n", "did not find expected alphabetic or numeric character while scanning an alias at line 1 column 4"],
    // libyaml names anchors and aliases with [0-9A-Za-z_-] only (an arXiv digest's `author: &#xd6;zge ...`, amds123.github.io)
    ["anchor named by an HTML entity", "title: x\nauthor: &#xd6;zge Nilay\n", "did not find expected alphabetic or numeric character while scanning an anchor at line 2 column 9"],
    ["alias with CJK letters", "title: *强调* text\n", "did not find expected alphabetic or numeric character while scanning an alias at line 1 column 8"],
    ["anchor with a dot in a flow list", "a: [&x.y 1]\n", "did not find expected alphabetic or numeric character while scanning an anchor at line 1 column 5"],
    ["anchor with CJK letters on an item", "- &锚 b\n", "did not find expected alphabetic or numeric character while scanning an anchor at line 1 column 3"],
    ["unknown alias", "a: &x 1\nb: *y\n", "Unknown alias: y"],
    ["alias before its anchor", "a: *x\nb: &x 1\n", "Unknown alias: x"],
    ["Ruby object tag", "a: !ruby/object:Foo {}\n", "Tried to load unspecified class: Foo"],
    ["Ruby regexp tag", "a: !ruby/regexp /a/\n", "Tried to load unspecified class: Regexp"],
    ["Ruby struct tag", "a: !ruby/struct:Foo {}\n", "Tried to load unspecified class: Foo"],
    ['Ruby symbol tag', 'a: !ruby/sym x\n', 'Tried to load unspecified class: Symbol'],
    ['Ruby struct tag without a class', 'a: !ruby/struct {}\n', 'Tried to load unspecified class: Struct'],
    ['Ruby object tag without a class', 'a: !ruby/object {}\n', 'Tried to load unspecified class: Object'],
    // Psych parses the whole document before it makes a value: a syntax error after a refused one is
    // the error (Ruby 3.1's YAML.safe_load on each; fuzz-errors seed 60005 case 2)
    ['syntax error after a class tag', 'x: !ruby/object:Foo {}\n- a\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['syntax error after a symbol', 'a: :sym\nb: [1, 2\n', "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4"],
    ['syntax error after a regexp tag', 'a: !ruby/regexp /x/\nb: "unclosed\n', 'found unexpected end of stream while scanning a quoted scalar at line 2 column 4'],
    ['a symbol in a document without a syntax error', 'a: :sym\nb: 1\n', 'Tried to load unspecified class: Symbol'],
    ["list after a key on its line", "a: - b\n", "block sequence entries are not allowed in this context at line 1 column 4"],
    ["list after a nested key", "x:\n  a: - b\n", "block sequence entries are not allowed in this context at line 2 column 6"],
    ["dash after a key", "a: ~\nb: -\n", "block sequence entries are not allowed in this context at line 2 column 4"],
    ["closing bracket for a value", "a: ]\n", "did not find expected node content while parsing a block node at line 1 column 4"],
    ["comma for a value", "a: ,\n", "did not find expected node content while parsing a block node at line 1 column 4"],
    ["text after a single-quoted value", "a: 'it's'\n", "did not find expected key while parsing a block mapping at line 1 column 1"],
    ["text after a double-quoted value", "a: \"say \"hi\"\"\n", "did not find expected key while parsing a block mapping at line 1 column 1"],
    ["text after a flow list", "a: [b]]\n", "did not find expected key while parsing a block mapping at line 1 column 1"],
    ["text after a nested flow list", "x:\n  a: [b]]\n", "did not find expected key while parsing a block mapping at line 2 column 3"],
    ["text after a quoted item", "- 'x'y\n", "did not find expected '-' indicator while parsing a block collection at line 1 column 1"],
    ["text after a quoted value in an item", "- a: 'x'y\n", "did not find expected key while parsing a block mapping at line 1 column 3"],
    ["empty flow entry", "a: [b, , c]\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["empty flow mapping entry", "a: {b: 1, , c: 2}\n", "did not find expected node content while parsing a flow node at line 1 column 11"],
    // A closing bracket of the other kind where a node is wanted: libyaml names it (Psych 4.0.3 on
    // each text, errors6 probe: a _data JSON file missing its `]`).
    ['] wanted, } after a comma over lines', '{"a": 1,\n "b": [1,2,\n}\n', 'did not find expected node content while parsing a flow node at line 3 column 1'],
    ['} right after [', 'x: [}\n', 'did not find expected node content while parsing a flow node at line 1 column 5'],
    ['] after a flow key', 'x: {a, ]\n', 'did not find expected node content while parsing a flow node at line 1 column 8'],
    ["] after a flow key's colon", 'x: {"a":]\n', 'did not find expected node content while parsing a flow node at line 1 column 9'],
    ['} in an inner sequence', 'x: {a: [1, }, b: 2}\n', 'did not find expected node content while parsing a flow node at line 1 column 12'],
    ['} after a comment', 'x: [1, # c\n }\n', 'did not find expected node content while parsing a flow node at line 2 column 2'],
    ['} after a quoted item holding #', 'x: ["a #b", }\n', 'did not find expected node content while parsing a flow node at line 1 column 13'],
    ['} after a value', 'x: [1, 2 }\n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 4"],
    ["plain line between keys", "a: 1\nfoo\nbar: 2\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["plain line at the end", "a: 1\nfoo bar\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["dashes glued to text", "a: b\n---x\nc: d\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["plain line after a literal block", "t: |\n  a\nb\n", "could not find expected ':' while scanning a simple key at line 3 column 1"],
    ["plain line after a folded block and a blank line", "t: >-\n  a\n\n  c\nb\n", "could not find expected ':' while scanning a simple key at line 5 column 1"],
    ["plain line after a root list", "- a\nb\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["flow list line after a root list", "- a\n  - b\n[x]\n", "could not find expected ':' while scanning a simple key at line 3 column 1"],
    ["plain line after a root list's literal block", "- |\n  a\nb\n", "could not find expected ':' while scanning a simple key at line 3 column 1"],
    // A post whose closing `---` lost a dash: the front matter runs to a later `---` through the
    // body's paragraphs, blank lines between (pixyll, s39 errors2; Jekyll 4.3.1 named line 7)
    ["plain lines over blank lines", "a: b\n--\n\nThe following is text.\n\nMore text here: x\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["plain line then an indented one", "a: b\nc\n  d\n\ne: x\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["plain line below a value's next line", "a: b\n  c\nd\ne: x\n", "could not find expected ':' while scanning a simple key at line 3 column 1"],
    // Psych resolves aliases after the whole document parses: a later syntax error comes first (fuzz-errors seed 3901)
    ["syntax error after an unknown alias", "ref: *missing_anchor\n- title: Home\n  url: /\n", "did not find expected key while parsing a block mapping at line 1 column 1"],
    ["flow error after an unknown alias", "a: *x\nb: [1\n", "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4"],
    ["an unknown alias and no syntax error", "a: *x\nb: *y\n", "Unknown alias: x"],
    ["plain line below a comment", "a: b\n# c\nd\n\ne: x\n", "could not find expected ':' while scanning a simple key at line 3 column 1"],
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

  test("front matter ending where a flow collection wants a node: the line of the closing `---` (Jekyll 4.3.1)", () => {
    expect(() => readFrontMatter('---\na: 1\ntitle: [\n---\nx\n', 'index.html')).toThrow(
      'YAML Exception reading index.html: (<unknown>): did not find expected node content while parsing a flow node at line 4 column 1',
    );
    expect(() => readFrontMatter('---\ntitle: {\n\n---\nx\n', 'b.html')).toThrow('while parsing a flow node at line 4 column 1');
  });

  test('front matter with an unknown directive: named at its `%` (Jekyll 4.3.1 warns and renders the page without data)', () => {
    expect(() => readFrontMatter('---\n%FOO bar\n---\ntitle: x\n---\nbody\n', 'index.md')).toThrow(
      'YAML Exception reading index.md: (<unknown>): found unknown directive name while scanning a directive at line 2 column 1',
    );
  });

  test('an & or * that starts no token, or names with [0-9A-Za-z_-] only, reads as before (Psych 4.0.3)', () => {
    expect(parseYamlFully("a: AT&T\nb: x &#1 y\nc: '&#x1'\nd: &a-b_c 1\ne: *a-b_c\nf: |\n  *强调*\ng: b # &#x\n", 'f.yml')).toEqual({
      a: 'AT&T', b: 'x &#1 y', c: '&#x1', d: 1, e: 1, f: '*强调*\n', g: 'b',
    });
  });

  // libyaml's scanner refuses a flow collection's plain scalar with a `:` right before `,?[]{}`, at the
  // scalar's start; js-yaml read `[a:]` as a key and `[a:}` as a missed comma (Jekyll 4.3.1 on
  // `tags: [a:}` in a post; Psych 4.0.3 on each front matter below; errors7 probe).
  test.each([
    ['[a:}', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['{a: b:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 11'],
    ['[a:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['{a:}', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[a:, b]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[a:?]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[a:[b]]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[a::]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[http://x:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[[a:]]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 9'],
    ['[b,\\n a:]', 'found unexpected \':\' while scanning a plain scalar at line 4 column 2'],
    ['{a: [b:]}', 'found unexpected \':\' while scanning a plain scalar at line 3 column 12'],
    ['[a :]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[? a:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 10'],
    ['[!t a:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 11'],
    ['[a:x:]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 8'],
    ['[{a:}]', 'found unexpected \':\' while scanning a plain scalar at line 3 column 9'],
  ])('front matter `tags: %s`: Psych scans a plain scalar and stops at its `:`', (value, message) => {
    const text = `---\ntitle: t\ntags: ${value.replace(/\\n/g, '\n')}\n---\nhi\n`;
    expect(() => readFrontMatter(text, 'p.md')).toThrow(`YAML Exception reading p.md: (<unknown>): ${message}`);
  });

  test.each(['[x: ]', '[a:b, c:d]', '["a":]', '{url: http://x:8080/, b: c}', '[a:\\n]', '[a, #c:]\\n b]'])('front matter `tags: %s` reads as in Psych: no `:` before a flow indicator', (value) => {
    expect(() => readFrontMatter(`---\ntitle: t\ntags: ${value.replace(/\\n/g, '\n')}\n---\nhi\n`, 'p.md')).not.toThrow();
  });
});

// A BLOCK-ENTRY (`- `) or a KEY (`?`) where a flow collection wants a node: libyaml's scanner lets
// them through and its parser stops there ("did not find expected node content", at the token),
// unless the scanner, reading ahead for a possible simple key, meets a refused `a:]` scalar first
// (Jekyll 4.3.1, Psych 4.0.3 / libyaml 0.2.5, each text checked; js-yaml read them as a missed comma).
describe('a - or ? where a flow node should be, in Psych wording and place', () => {
  const rows: Array<[string, string, string]> = [
    ["a ? where a value should be", "k: [a: ?]\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["a - in a value's flow sequence: the parser stops before the refused scalar", "k: [- a:]\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a ? after a key's colon, in a flow sequence that may be a key", "[a: ?]\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a - in a flow sequence that may be a key: the scanner reads the refused scalar first", "[- a:]\n", "found unexpected ':' while scanning a plain scalar at line 1 column 4"],
    ["a - on a later line", "x: 1\nk: [- a:]\n", "did not find expected node content while parsing a flow node at line 2 column 5"],
    ["a - as a flow mapping's value", "k: {a: - b}\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["a - as a flow mapping's key", "k: {- a}\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a nested flow sequence that may be a key reads ahead", "k: [[- a:]]\n", "found unexpected ':' while scanning a plain scalar at line 1 column 8"],
    ["a comma ends a nested key's read-ahead", "k: [[x], - a:]\n", "did not find expected node content while parsing a flow node at line 1 column 10"],
    ["a key's read-ahead ends with its line", "[a,\n - b:]\n", "did not find expected node content while parsing a flow node at line 2 column 2"],
    ["the first token of the next line is still read", "[- a,\n b:]\n", "found unexpected ':' while scanning a plain scalar at line 2 column 2"],
    ["but not the second", "[- a,\n b, c:]\n", "did not find expected node content while parsing a flow node at line 1 column 2"],
    ["after a block sequence's dash a key may begin", "- [x, - a,\n b:]\n", "found unexpected ':' while scanning a plain scalar at line 2 column 2"],
    ["a nested key read ahead inside an item", "k:\n  - [x, [y, - a:]]\n", "found unexpected ':' while scanning a plain scalar at line 2 column 15"],
    ["a flow mapping after a comma may be a key", "k: [x, {a: - b:}]\n", "found unexpected ':' while scanning a plain scalar at line 1 column 14"],
    ["a ? after a ?", "k: [? ?]\n", "did not find expected node content while parsing a flow node at line 1 column 7"],
    ["a - with no refused scalar", "k: [- a]\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a - on the line after a root [", "[\n- a:]\n", "did not find expected node content while parsing a flow node at line 2 column 1"],
    ["no key after the document start", "--- [- a:]\n", "did not find expected node content while parsing a flow node at line 1 column 6"],
    ["an anchor begins the key", "- &x [- a:]\n", "found unexpected ':' while scanning a plain scalar at line 1 column 9"],
    ["a comment after it", "k: [- a:] # c\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["after a block ?", "? [- a:]\n", "found unexpected ':' while scanning a plain scalar at line 1 column 6"],
    ["a ? before a refused scalar", "k: [a: ?, b:]\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["a - after a quoted entry", "k: [\"a\", - b:]\n", "did not find expected node content while parsing a flow node at line 1 column 10"],
    ["a comment ends the root key's line", "[a # c\n, - b:]\n", "did not find expected node content while parsing a flow node at line 2 column 3"],
    ["a - where a comma is wanted", "[a #c\n - b:]\n", "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 1"],
    ["a root [ at the key column", "a: 1\n[- b,\n c]\n", "could not find expected ':' while scanning a simple key at line 2 column 1"],
    ["a : that begins an entry", "--- {\n :}\n", "did not find expected node content while parsing a flow node at line 2 column 2"],
    ["a : after a comma", "x: 1\nk: [b? ,: a\n", "did not find expected node content while parsing a flow node at line 2 column 9"],
    ["a comma that begins a sequence, read ahead past", "--- [\n &n [, ? {- a:]\n", "found unexpected ':' while scanning a plain scalar at line 2 column 13"],
    ["a # right after [ is a comment", "? [#c\n:{]\n", "did not find expected node content while parsing a flow node at line 2 column 1"],
    ["the other collection's bracket, read ahead past", "? [{]\n a:? ]\n", "found unexpected ':' while scanning a plain scalar at line 2 column 2"],
    ["a sequence's empty ? key swallows the token after it", "x: 1\nk: [? : ?\n - ]\n", "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4"],
    ["an anchored empty node before a -", "- [&n - a:&n ? \n", "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 3"],
    // libyaml 0.2.5 reads a `:` at a token's start in a flow collection as a value indicator,
    // whatever follows it: no node there (js-yaml read `:s` as a symbol; Ruby 3.1, Psych 4.0.3)
    ["a : before text, first in a flow sequence", "a: [:s]\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a : before text, after a comma", "a: [b, :s]\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["a : before text as a flow mapping's value", "a: {b: :s}\n", "did not find expected node content while parsing a flow node at line 1 column 8"],
    ["a : before text as a flow mapping's key", "a: {:s: 1}\n", "did not find expected node content while parsing a flow node at line 1 column 5"],
    ["a : before text on the next line", "a: [x,\n  :s]\n", "did not find expected node content while parsing a flow node at line 2 column 3"],
  ];
  test.each(rows)('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });
});

// A tag or an anchor before an alias: libyaml's parse_node makes the properties an empty scalar,
// then the collection holding it meets the alias where it wants its next entry, and is named at
// its start (Ruby 3.1, Psych 4.0.3 / libyaml 0.2.5 on each text; js-yaml: "alias node should not
// have any properties", at the line after).
describe('properties before an alias, in Psych wording and place', () => {
  const rows: Array<[string, string, string]> = [
    ['an anchor, as a root mapping value', 'y: &y 1\na: &x *y\nb: 2\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['a tag, as a root mapping value', 'y: &y 1\na: !!str *y\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['an anchor, as a nested mapping value', 'y: &y 1\na:\n  # c\n  b: &x *y\n', 'did not find expected key while parsing a block mapping at line 4 column 3'],
    ['the mapping begins at its first key\'s anchor', '&y y: 1\na: !x &q *y\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['a mapping in a list item', 'a: &y 1\nb:\n  - &m k: 1\n    j: &x *y\n', 'did not find expected key while parsing a block mapping at line 3 column 5'],
    ['an explicit key', 'y: &y 1\n? &x *y\n: 1\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
    ['a list item', '- &y 1\n- &x *y\n', "did not find expected '-' indicator while parsing a block collection at line 1 column 1"],
    ['a nested list item', 'y: &y 1\na:\n  - &x *y\n  - b\n', "did not find expected '-' indicator while parsing a block collection at line 3 column 3"],
    ['a flow sequence entry', 'y: &y 1\na: [&x *y]\n', "did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4"],
    ['a flow mapping value', 'y: &y 1\na: {b: &x *y}\n', "did not find expected ',' or '}' while parsing a flow mapping at line 2 column 4"],
    ['a flow mapping key', 'y: &y 1\na: {&x *y : 1}\n', "did not find expected ',' or '}' while parsing a flow mapping at line 2 column 4"],
  ];
  test.each(rows)('%s', (_name, text, expected) => {
    expect(problem(text)).toBe(expected);
  });
});

// libyaml's `-` is an indicator only before a blank: before a flow indicator it is the plain
// scalar "-" (Jekyll 4.3.1 read each of these; js-yaml refused them as a missed comma).
test.each([
  ['k: [-]\n', { k: ['-'] }],
  ['k: [a, -]\n', { k: ['a', '-'] }],
  ['k: [-, a]\n', { k: ['-', 'a'] }],
  ['k: [-,]\n', { k: ['-'] }],
  ['k: [ -]\n', { k: ['-'] }],
  ['k: [[-]]\n', { k: [['-']] }],
  ['k: {a: -}\n', { k: { a: '-' } }],
  ['k: {a: -, b: 1}\n', { k: { a: '-', b: 1 } }],
  ['a: [-]\nb: "x"\nc: [1, -]\n', { a: ['-'], b: 'x', c: [1, '-'] }],
])('a bare - in a flow collection is the string "-" (%j)', (text, value) => {
  expect(parseYamlFully(text, 'f.yml')).toEqual(value);
});

// ... in a mapping whose keys are not all strings too (a RubyHash: `~`, numbers, true as keys;
// Psych 4.0.3 under Jekyll 4.3.1 read each as shown by inspect)
test.each([
  ['k: {~: -}\n', '{"k"=>{nil=>"-"}}'],
  ['k: {~: -, b: -}\n', '{"k"=>{nil=>"-", "b"=>"-"}}'],
  ['k: {1: [-]}\n', '{"k"=>{1=>["-"]}}'],
  ['k: [{true: -}]\n', '{"k"=>[{true=>"-"}]}'],
  ['k: {1: a, -: -}\n', '{"k"=>{1=>"a", "-"=>"-"}}'],
])('a bare - in a flow mapping with keys that are no strings is "-" (%j)', (text, inspected) => {
  expect(rubyInspect(parseYamlFully(text, 'f.yml'))).toBe(inspected);
});

test('a bare - and a later error: the error is the text\'s own (Psych names the later one)', () => {
  expect(problem('k: [-]\nx: [1\n')).toBe("did not find expected ',' or ']' while parsing a flow sequence at line 2 column 4");
});

// A `?` with no blank after it where a flow node is wanted is still a KEY token in libyaml (in the
// flow context `?` is an indicator whatever follows), so after a key's `:` or another `?` the parser
// finds no node there; js-yaml read the plain scalar "?b" (Jekyll 4.3.1, Psych 4.0.3, each text checked).
test.each([
  ['k: [a: ?b]\n', 'did not find expected node content while parsing a flow node at line 1 column 8'],
  ['k: {a: ?b}\n', 'did not find expected node content while parsing a flow node at line 1 column 8'],
  ['k: [? ?b]\n', 'did not find expected node content while parsing a flow node at line 1 column 7'],
  ['k: [?b, "x\n', 'found unexpected end of stream while scanning a quoted scalar at line 1 column 9'],
  ['k: [?b, [c}]\n', "did not find expected ',' or ']' while parsing a flow sequence at line 1 column 9"],
  ['k: [?b, c:]\n', "found unexpected ':' while scanning a plain scalar at line 1 column 9"],
])('a ? with no blank after it in a flow collection (%j)', (text, expected) => {
  expect(problem(text)).toBe(expected);
});

// After a flow collection or a quoted scalar its line goes on: libyaml scans the next token
// before its parser finds it out of place, so a token it cannot scan is Psych's error, named where
// it starts (Jekyll 4.3.1, Psych 4.0.3, each text checked; kyll had named the block mapping).
test.each([
  ['k: [a]@\n', 'found character that cannot start any token while scanning for the next token at line 1 column 7'],
  ['k: {a: 1}@\n', 'found character that cannot start any token while scanning for the next token at line 1 column 10'],
  ['k: "a"@\n', 'found character that cannot start any token while scanning for the next token at line 1 column 7'],
  ['k: [a]`\n', 'found character that cannot start any token while scanning for the next token at line 1 column 7'],
  ['k: [[a]@]\n', 'found character that cannot start any token while scanning for the next token at line 1 column 8'],
  ['k: {a: [b]@}\n', 'found character that cannot start any token while scanning for the next token at line 1 column 11'],
  ['- [a]@\n', 'found character that cannot start any token while scanning for the next token at line 1 column 6'],
  ['k: [a] "x\n', 'found unexpected end of stream while scanning a quoted scalar at line 1 column 8'],
  ['k: [a]"x\n', 'found unexpected end of stream while scanning a quoted scalar at line 1 column 7'],
  ["k: [a] 'x\n  y: 1\n", 'found unexpected end of stream while scanning a quoted scalar at line 1 column 8'],
  ['k: "a" \'x\n', 'found unexpected end of stream while scanning a quoted scalar at line 1 column 8'],
  ['k: [a] "x\\q"\n', 'found unknown escape character while parsing a quoted scalar at line 1 column 8'],
  ['k: [a] "x\\u12"\n', 'did not find expected hexdecimal number while parsing a quoted scalar at line 1 column 8'],
  ['k: [a] ? b\n', 'mapping keys are not allowed in this context at line 1 column 8'],
  ['k: &x [a] ?\n', 'mapping keys are not allowed in this context at line 1 column 11'],
  ['a:\n  k: [a] ?\n', 'mapping keys are not allowed in this context at line 2 column 10'],
  ['- [a] ?\n', 'mapping keys are not allowed in this context at line 1 column 7'],
  ['k: "a" - b\n', 'block sequence entries are not allowed in this context at line 1 column 8'],
  ['k: [a] -\n', 'block sequence entries are not allowed in this context at line 1 column 8'],
  ['[a] ?\n', 'mapping keys are not allowed in this context at line 1 column 5'],
  ['{a: b} - c\n', 'block sequence entries are not allowed in this context at line 1 column 8'],
  // a token that scans: the parser's error, as before
  ['k: [a] "x"\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
  ['k: [a] ?x\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
  ['k: [a]\n  ? b\n', 'did not find expected key while parsing a block mapping at line 1 column 1'],
])('a token libyaml cannot scan after a value on its line (%j)', (text, expected) => {
  expect(problem(text)).toBe(expected);
});
