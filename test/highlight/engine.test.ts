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
import { Lexing, rulesTriedAt, rx, type LexerDef } from '../../lib/highlight/engine.js';

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

describe('the rules tried at a character beyond ASCII (first characters)', () => {
  // Each rule's comment: whether a match can start with a character beyond ASCII.
  const WIDE: LexerDef = {
    name: 'wide',
    states: {
      root: [
        [rx('\\p{Alpha}+'), 'Name'], // 0 yes: a property class
        [rx('[a-z_]+'), 'Keyword'], // 1 no
        [rx('[^"]+'), 'Text'], // 2 yes: a negated class
        [rx('"'), 'Literal.String'], // 3 no
        [rx('é+'), 'Operator'], // 4 yes: a literal beyond ASCII
        [rx('if|x|→'), 'Punctuation'], // 5 yes: one alternative
        [rx('if|else\\b'), 'Keyword'], // 6 no
        { mixin: 'm' }, // 7 yes: `.`; 8 no
        [rx('k', 'i'), 'Name'], // 9 only the Kelvin sign (and ſ, by the same table slot): `i` folds it to k
        [rx('[\\t ]+|\\d'), 'Text'], // 10 no
        [rx('[[:space:]]'), 'Text'], // 11 yes: a no-break space (Ruby's \s is ASCII only)
        [rx('(?=\\w)ab'), 'Name'], // 12 no
        [rx('(?!a)'), 'Text'], // 13 yes: it can match empty
      ],
      m: [[rx('.'), 'Error'], [rx('[\\x00-\\x7f]'), 'Error']],
    },
  };

  test('a rule that can start with one is tried there, in order; one that cannot is not', () => {
    expect(rulesTriedAt(WIDE, 'root', 'é')).toEqual([0, 2, 4, 5, 7, 11, 13]);
    expect(rulesTriedAt(WIDE, 'root', '中')).toEqual([0, 2, 4, 5, 7, 11, 13]);
    expect(rulesTriedAt(WIDE, 'root', '\ud83d')).toEqual([0, 2, 4, 5, 7, 11, 13]);
    // The Kelvin sign and the long s: also the rules that `i` lets match them.
    expect(rulesTriedAt(WIDE, 'root', '\u212a')).toEqual([0, 2, 4, 5, 7, 9, 11, 13]);
    expect(rulesTriedAt(WIDE, 'root', '\u017f')).toEqual([0, 2, 4, 5, 7, 9, 11, 13]);
    expect(rulesTriedAt(WIDE, 'root', 'a')).toEqual([0, 1, 2, 7, 8, 12, 13]);
    const fold: LexerDef = { name: 'wide-fold', states: { root: [[rx('k', 'i'), 'Keyword'], [rx('.'), 'Text']] } };
    expect(lex(fold, 'K\u212ak\u017fé')).toBe('<k>K\u212ak</k>\u017fé');
  });

  test('after too many empty matches in a mixin, its parent goes on with its next rules', () => {
    const def: LexerDef = {
      name: 'wide-mixin',
      states: { root: [{ mixin: 'm' }, [rx('[a-z]'), 'Name'], [rx('\\p{Alpha}+'), 'Keyword']], m: [[rx('(?=\\S)'), 'Comment'], [rx('[a-z]'), 'Error']] },
    };
    expect(rulesTriedAt(def, 'root', '中')).toEqual([0, 3]);
    expect(lex(def, 'ab中')).toBe('<n>ab</n><k>中</k>');
    expect(lex(def, '中文')).toBe('<k>中文</k>');

  });
});
