// The engine's speed-ups (first-character filter, matching on the whole input, ASCII regexes)
// keep Rouge's StringScanner semantics: anchors and look-behinds see only the rest of the
// input. Expected output from real Rouge 3.30 for this lexer, written in Ruby as:
//   class T < Rouge::RegexLexer
//     state :root do
//       rule %r/(?<!\.)foo/, Keyword;   rule %r/y?\bbar/, Name::Class;   rule %r/(?<=x)baz/, Name::Tag
//       rule %r/\Aqux/, Name::Function;  rule %r/^lin/, Name::Label;      rule %r/z*(?<!a)end/, Name::Entity
//       mixin :m;                        rule %r/./m, Text
//     end
//     state :m do rule %r/(?=q)/, Comment; rule %r/q/, Operator end
//   end
import { Lexing, type LexerDef } from '../../lib/highlight/engine.js';

const T: LexerDef = {
  name: 't',
  states: {
    root: [
      [/(?<!\.)foo/, 'Keyword'],
      [/y?\bbar/, 'Name.Class'],
      [/(?<=x)baz/, 'Name.Tag'],
      [/\Aqux/, 'Name.Function'],
      [/^lin/, 'Name.Label'],
      [/z*(?<!a)end/, 'Name.Entity'],
      { mixin: 'm' },
      [/./s, 'Text'],
    ],
    m: [[/(?=q)/, 'Comment'], [/q/, 'Operator']],
  },
};

function lex(def: LexerDef, code: string): string {
  let html = '';
  new Lexing(def).reset().run(code, (tok, val) => { html += tok ? `<${tok}>${val}</${tok}>` : val; });
  return html.replace(/<\/(\w+)><\1>/g, '');
}

const EXPECTED = '<nf>qux</nf> .<k>foo</k> x<k>foo</k> xy<nc>bar</nc> a<nc>bar</nc> xbaz q <nf>qux</nf>\n' +
  '<nl>lin</nl> alin a<ni>end</ni> <ni>zend</ni>';

test('look-behinds, \\A, ^ and \\b at the scan position behave as on the rest of the input', () => {
  expect(lex(T, 'qux .foo xfoo xybar abar xbaz q qux\nlin alin aend zend')).toBe(EXPECTED);
});

test('the same with non-ASCII input (Unicode regexes)', () => {
  expect(lex(T, 'qux .foo xfoo xybar abar xbaz q qux\nlin alin aend zendé')).toBe(`${EXPECTED}é`);
});

test('too many empty matches in a mixin: Rouge goes on with the rules after the mixin', () => {
  expect(lex(T, 'q')).toBe('q');
});

test('a look-behind with an alternative that needs no character (^) holds at the scan position, its negation fails', () => {
  // Rouge 3.30: rule %r/(?<=[^a]|^)foo/, Keyword; rule %r/(?<![^a]|^)bar/, Name::Class; rule %r/./m, Text
  const L: LexerDef = {
    name: 'l',
    states: { root: [[/(?<=[^a]|^)foo/, 'Keyword'], [/(?<![^a]|^)bar/, 'Name.Class'], [/./s, 'Text']] },
  };
  expect(lex(L, 'foo afoo bar abar\nfoo')).toBe('<k>foo</k> a<k>foo</k> bar abar\n<k>foo</k>');
});

test('a state\'s rules are compiled when the input first enters it, not with the lexer', () => {
  // `broken` names a token class Rouge lacks: compiling its rules throws (short()).
  const L: LexerDef = {
    name: 'lazy',
    states: {
      root: [[/"/, 'Literal.String', 'string'], [/!/, 'Error', 'broken'], [/[^"!]+/, 'Text']],
      string: [[/"/, 'Literal.String', '#pop'], [/[^"]+/, 'Literal.String']],
      broken: [[/./, 'No.Such.Token']],
    },
  };
  expect(lex(L, 'a "b" c')).toBe('a <s>"b"</s> c');
  expect(() => lex(L, 'a ! c')).toThrow('highlight: unknown token No.Such.Token');
});
