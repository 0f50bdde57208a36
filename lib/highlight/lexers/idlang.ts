// Follows Rouge 3.30 lib/rouge/lexers/idlang.rb (IDL; its routines in idlang-words.ts, built on first use).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';
import { idlangRoutines } from './idlang-words.js';

const KEYWORDS = wordSet('STRUCT INHERITS RETURN CONTINUE BEGIN END BREAK GOTO');
const STANDALONE = wordSet('COMMON FORWARD_FUNCTION');
const DECORATORS = wordSet('COMPILE_OPT');
const OPERATORS = wordSet('AND= EQ= GE= GT= LE= LT= MOD= NE= OR= XOR= NOT=');
const CONDITIONALS = wordSet(`OF DO ENDIF ENDELSE ENDFOR ENDFOREACH ENDWHILE ENDREP ENDCASE ENDSWITCH IF THEN ELSE FOR FOREACH
  WHILE REPEAT UNTIL CASE SWITCH AND EQ GE GT LE LT MOD NE OR XOR NOT`);
const NAME = '(?:[_A-Za-z]\\w*)'; // /[_A-Z]\w*/i
const KIND_PARAM = `(\\d+|${NAME})`;
const EXPONENT = '(?:[dDeE][+-]\\d+)';

export const idlang: LexerDef = {
  name: 'idlang',
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/;.*$/, 'Comment.Single'],
      [/\,\s*\,/, 'Error'],
      [rx(`\\!${NAME}`), 'Name.Variable.Global'],
      [/[(),:\&\$]/, 'Punctuation'],
      [rx(`[+-]?((\\d+[.]\\d*|[.]\\d+)(${EXPONENT})?|\\d+${EXPONENT})(_${KIND_PARAM})?`, 'i'), 'Num.Float'],
      [/\d+(B|S|U|US|LL|L|ULL|UL)?/i, 'Num.Integer'],
      [/"[0-7]+(B|O|U|ULL|UL|LL|L)?/i, 'Num.Oct'],
      [/'[0-9A-F]+'X(B|S|US|ULL|UL|U|LL|L)?/i, 'Num.Hex'],
      [rx(`(${KIND_PARAM}_)?'`), 'Str.Single', 'string_single'],
      [rx(`(${KIND_PARAM}_)?"`), 'Str.Double', 'string_double'],
      [/\#\#|\#|\&\&|\|\||\/=|<=|>=|->|\@|\?|[-+*\/<=~^{}]/, 'Operator'],
      [rx(`(${NAME})(\\.)([^\\s,]*)`, 'i'), (lx, m) => lx.groups(m, 'Name', 'Operator', 'Name')],
      [/(function|pro)((?:\s|\$\s)+)/i, (lx, m) => { lx.groups(m, 'Keyword', 'Text.Whitespace'); lx.push('funcname'); }],
      [rx(NAME, 'm'), (lx, m) => {
        const w = m[0].toUpperCase();
        lx.token(KEYWORDS.has(w) || CONDITIONALS.has(w) ? 'Keyword' : DECORATORS.has(w) ? 'Name.Decorator'
          : STANDALONE.has(w) ? 'Keyword.Reserved' : OPERATORS.has(w) ? 'Operator.Word'
          : idlangRoutines().has(w) ? 'Name.Builtin' : 'Name', m[0]);
      }],
    ],
    funcname: [
      [rx(NAME), 'Name.Function'],
      [/\s+/, 'Text.Whitespace'],
      [/(:+|\$)/, 'Operator'],
      [/;.*/, 'Comment.Single'],
      [/$/, 'Text.Whitespace', '#pop'], // done at the end of the line or a comma
      [/,/, 'Operator', '#pop'],
    ],
    string_single: [[/[^']+/, 'Str.Single'], [/''/, 'Str.Escape'], [/'/, 'Str.Single', '#pop']],
    string_double: [[/[^"]+/, 'Str.Double'], [/"/, 'Str.Double', '#pop']],
    format_spec: [
      [/'/, 'Str.Single', 'string_single'],
      [/"/, 'Str.Double', 'string_double'],
      [/\(/, 'Punctuation', 'format_spec'],
      [/\)/, 'Punctuation', '#pop'],
      [/,/, 'Punctuation'],
      [/\s+/, 'Text.Whitespace'],
      [/[^\s'"(),]+/, 'Literal'],
    ],
  },
};
