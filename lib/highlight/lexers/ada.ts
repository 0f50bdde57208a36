// Follows Rouge 3.30 lib/rouge/lexers/ada.rb (Ada 2012).
import { rx, type LexerDef } from '../engine.js';

// Each an interpolated Regexp, so a group (`#{XNUM}*` repeats all of it).
const ID = String.raw`(?:\b[[:alpha:]](?:\p{Pc}?[[:alnum:]])*\b)`;
const NUM = String.raw`(?:\d(_?\d)*)`;
const XNUM = String.raw`(?:\h(_?\h)*)`;
/** Rouge's EXP is an /i regex: case-insensitive where it is interpolated. */
const EXP = `(?:([Ee][-+]?${NUM})?)`;

/** Ada.idents: the token of a (lower-cased) identifier; Name when it is none of these words. */
const IDENTS = new Map<string, string>();
const add = (tok: string, words: string): void => { for (const w of words.trim().split(/\s+/)) IDENTS.set(w, tok); };
add('Keyword', `abort abstract accept access aliased all array at begin body
  case constant declare delay delta digits do else elsif end
  exception exit for generic goto if in interface is limited
  loop new null of others out overriding pragma private
  protected raise range record renames requeue return reverse
  select separate some synchronized tagged task terminate then
  until use when while with`);
add('Operator.Word', 'abs and mod not or rem xor');
add('Keyword.Declaration', 'entry function package procedure subtype type');
add('Name.Builtin', `boolean character constraint_error duration float integer
  natural positive long_float long_integer long_long_float
  long_long_integer program_error short_float short_integer
  short_short_integer storage_error string tasking_error
  wide_character wide_string wide_wide_character wide_wide_string`);
const ident = (word: string): string => IDENTS.get(word.toLowerCase()) ?? 'Name';

export const ada: LexerDef = {
  name: 'ada',
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/--.*$/, 'Comment.Single'],
    ],
    dquote_string: [
      [/[^"\n]+/, 'Str.Double'],
      [/""/, 'Str.Escape'],
      [/"/, 'Str.Double', '#pop'],
      [/\n/, 'Error', '#pop'],
    ],
    attr: [
      { mixin: 'whitespace' },
      [rx(ID), 'Name.Attribute', '#pop'],
      [/(?:)/, 'Text', '#pop'],
    ],
    decl_name: [
      { mixin: 'whitespace' },
      [/body\b/i, 'Keyword.Declaration'], // package body Foo.Bar is ...
      [rx(String.raw`(${ID})(\.)`), (lx, m) => lx.groups(m, 'Name.Namespace', 'Punctuation')],
      [rx(String.raw`${ID}|"(and|or|xor|/?=|<=?|>=?|\+|–|&\|/|mod|rem|\*?\*|abs|not)"`), 'Name.Function', '#pop'],
      [/(?:)/, 'Text', '#pop'],
    ],
    libunit_name: [
      { mixin: 'whitespace' },
      [rx(ID), (lx, m) => {
        const t = ident(m[0]);
        // `t <= Name`: Name and its subtypes (Name::Builtin) name a library unit.
        if (t === 'Name' || t === 'Name.Builtin') { lx.token('Name.Namespace', m[0]); return; }
        lx.token(t, m[0]);
        if (t === 'Keyword.Declaration') lx.goto('decl_name');
        else lx.pop();
      }],
      [/[.,]/, 'Punctuation'],
      [/(?:)/, 'Text', '#pop'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/'.'/, 'Str.Char'],
      [/"[^"\n]*/, 'Str.Double', 'dquote_string'],
      [rx(String.raw`${NUM}\.${NUM}${EXP}`), 'Num.Float'],
      [rx(`${NUM}#${XNUM}\\.${XNUM}#${EXP}`), 'Num.Float'],
      [rx(`2#[01](_?[01])*#${EXP}`), 'Num.Bin'],
      [rx(`8#[0-7](_?[0-7])*#${EXP}`), 'Num.Oct'],
      [rx(`16#${XNUM}*#${EXP}`), 'Num.Hex'],
      [rx(`${NUM}#${XNUM}#${EXP}`), 'Num.Integer'],
      [rx(String.raw`${NUM}#\w+#`), 'Error'],
      [rx(`${NUM}${EXP}`), 'Num.Integer'],
      [/'/, 'Punctuation', 'attr'],
      [rx(`<<${ID}>>`), 'Name.Label'],
      [/^(?:(limited)(\s+))?(?:(private)(\s+))?(with)\b/i, (lx, m) => {
        lx.groups(m, 'Keyword.Namespace', 'Text', 'Keyword.Namespace', 'Text', 'Keyword.Namespace');
        lx.push('libunit_name');
      }],
      [/[+*\/&<=>|]|-|=>|\.\.|\*\*|[:><\/]=|<<|>>|<>/, 'Operator'],
      [/[.,:;()]/, 'Punctuation'],
      [rx(ID), (lx, m) => {
        const t = ident(m[0]);
        lx.token(t, m[0]);
        if (t === 'Keyword.Declaration') lx.push('decl_name');
      }],
      // Rouge writes [[alpha]]: a class of the letters a, l, p, h.
      [rx(String.raw`\b(\p{Pc}|[alph])\p{Word}*`), 'Error'],
    ],
  },
};
