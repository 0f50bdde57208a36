// Follows Rouge 3.30 lib/rouge/lexers/stan.rb (word lists in stan-words.ts, built on first use).
// A string pushes a state stan.rb never defines: Rouge raises "unknown state: :string" and
// Jekyll stops with a conversion error; so does this lexer.
import { rx, type LexerDef } from '../engine.js';
import { RougeCrash } from '../rouge-crash.js';
import { stanWords } from './stan-words.js';

const WS = '(?:(?:\\s|//.*?\\n|/[*].*?[*]/)+)';
const ID = '[a-zA-Z_][a-zA-Z0-9_]*';
const RT = '(?:(?:[a-z_]\\s*(?:\\[[0-9, ]\\])?)\\s+)*';
const OP = String.raw`=|<|<=|>|>=|==|!=|!|&&|\|\||\+|-|\*|/|\^|'|\.\+|\.-|\.\*|\./|\.\^|\\|\+=|-=|\*=|/=|\.\*=|\./=|~|\?|:`;
const NUM = String.raw`((\d+[.]\d*|[.]?\d+)e[+-]?\d+|\d*[.]\d+|\d+)`;

export const stan: LexerDef = {
  name: 'stan',
  states: {
    root: [
      { mixin: 'whitespace' },
      [/#include/, 'Comment.Preproc', 'include'],
      [/#.*$/, 'Generic.Deleted'],
      [/functions|(?:transformed\s+)?data|(?:transformed\s+)?parameters|model|generated\s+quantities/, 'Name.Namespace'],
      [/\{/, 'Punctuation', 'bracket_scope'],
      { mixin: 'scope' },
    ],
    include: [[/(\s+)(\S+)(\s*)/, (lx, m) => { lx.groups(m, 'Text', 'Comment.PreprocFile', 'Text'); lx.pop(); }]],
    whitespace: [[/\n+/, 'Text'], [/\/\/(\\.|.)*?$/, 'Comment.Single'], { mixin: 'inline_whitespace' }],
    inline_whitespace: [[/[ \t\r]+/, 'Text'], [/\/(\\\n)?[*].*?[*](\\\n)?\//s, 'Comment.Multiline']],
    statements: [
      { mixin: 'whitespace' },
      [/#include/, 'Comment.Preproc', 'include'],
      [/#.*$/, 'Generic.Deleted'],
      [/"/, () => { throw new RougeCrash('unknown state: :string'); }],
      [rx(`(${NUM}(${WS})[+-](${WS})${NUM}i)|${NUM}i|((\\d+[.]\\d*|[.]?\\d+)e[+-]?\\d+|\\d*[.]\\d+)`), 'Num.Float'],
      [/\d+/, 'Num.Integer'],
      [/\*\//, 'Error'],
      [rx(OP), 'Operator'],
      [/[\[\],.;]/, 'Punctuation'],
      [/[|](?![|])/, 'Punctuation'],
      [/T\b/, 'Keyword.Reserved'],
      [/(lower|upper)\b/, 'Name.Attribute'],
      [rx(ID), (lx, m) => {
        const w = stanWords();
        lx.token(w.keywords.has(m[0]) ? 'Keyword' : w.types.has(m[0]) ? 'Keyword.Type' : w.reserved.has(m[0]) ? 'Keyword.Reserved' : 'Name.Variable', m[0]);
      }],
    ],
    scope: [
      { mixin: 'whitespace' },
      [rx(`(${RT})(${ID})(?=\\([^;]*?\\))`), (lx, m) => { // return type, function name, signature or arguments
        if (m[1]) lx.recurse(m[1]);
        const w = stanWords();
        const name = m[2]!;
        lx.token(w.builtinFunctions.has(name) || w.distributions.has(name) ? 'Name.Builtin'
          : w.constants.has(name) ? 'Keyword.Constant' : 'Name.Function', name);
      }],
      [/\{/, 'Punctuation', 'bracket_scope'],
      [/\(/, 'Punctuation', 'parens_scope'],
      { mixin: 'statements' },
    ],
    bracket_scope: [{ mixin: 'scope' }, [/\}/, 'Punctuation', '#pop']],
    parens_scope: [{ mixin: 'scope' }, [/\)/, 'Punctuation', '#pop']],
  },
};
