// Follows Rouge 3.30 lib/rouge/lexers/q.rb (q / kdb+).
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('do if while select update delete exec from by');
const WORD_OPERATORS = wordSet(`and or except inter like each cross vs sv within where in asof bin binr cor cov cut ej fby
  div ij insert lj ljf mavg mcount mdev mmax mmin mmu mod msum over prior peach pj scan scov setenv ss sublist uj union
  upsert wavg wsum xasc xbar xcol xcols xdesc xexp xgroup xkey xlog xprev xrank`);
const BUILTINS = wordSet(`first enlist value type get set count string key max min sum prd last flip distinct raze neg desc
  differ dsave dev eval exit exp fills fkeys floor getenv group gtime hclose hcount hdel hopen hsym iasc idesc inv keys
  load log lsq ltime ltrim maxs md5 med meta mins next parse plist prds prev rand rank ratios read0 read1 reciprocal
  reverse rload rotate rsave rtrim save sdev show signum sin sqrt ssr sums svar system tables tan til trim txf ungroup
  var view views wj wj1 ww`);

export const q: LexerDef = {
  name: 'q',
  aliases: ['kdb+'],
  states: {
    root: [[/#!(.*?)$/, 'Comment.Preproc', 'top'], [/(?:)/, 'Text', 'top']],
    top: [[/^[ \t\r]+.*$/, 'Comment.Special'], [/\n+/, 'Text'], [/(?:)/, 'Text', 'base']],
    base: [
      [/\n+/, 'Text'],
      [/^.\)/, 'Keyword.Declaration'],
      [/\.?[a-z][a-z0-9_.]*/i, (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : WORD_OPERATORS.has(w) ? 'Operator.Word' : BUILTINS.has(w) ? 'Name.Builtin'
          : /^\.[zQqho]\./.test(w) ? 'Name.Constant' : 'Name', w);
      }],
      [/\s+\/.*/, 'Comment.Single'],
      [/[ \t\r]+/, 'Text.Whitespace'],
      [/^\/$.*?^\\$/s, 'Comment.Multiline'],
      [/^\/[^\n]*$(\n[^\S\n]+.*$)*/, 'Comment.Multiline'],
      [/^\\$/, 'Comment', 'bottom'],
      [/^\\\\\s+/, 'Keyword', 'bottom'],
      [/"/, 'Str', 'string'],
      [/(?:\d+D|\d{4}\.[01]\d\.[0123]\d[DT])(?:[012]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|([012]\d)?)[zpn]?\b/, 'Literal.Date'],
      [/[012]\d:[0-5]\d(?::[0-5]\d(\.\d+)?)?[uvtpn]?\b/, 'Literal.Date'],
      [/\d{4}\.[01]\d\.[0-3]\d[dpnzm]?\b/, 'Literal.Date'],
      [/0[nNwW][hijefcpmdznuvt]?/, 'Keyword.Constant'],
      [/'|\/:|\\:|':|\\|\/|0:|1:|2:/, 'Operator'],
      [/(\d+[.]\d*|[.]\d+)(e[+-]?\d+)?[ef]?/, 'Num.Float'],
      [/\d+e[+-]?\d+[ef]?/, 'Num.Float'],
      [/\d+[ef]/, 'Num.Float'],
      [/0x[0-9a-f]+/i, 'Num.Hex'],
      [/[01]+b/, 'Num.Bin'],
      [/[0-9]+[hij]?/, 'Num.Integer'],
      [/(`:[:a-z0-9._\/]*|`(?:[a-z0-9.][:a-z0-9._]*)?)/i, 'Str.Symbol'],
      [/(?:<=|>=|<>|::)|[?:$%&|@._#*^\-+~,!><=]:?/, 'Operator'],
      [/[{}\[\]();]/, 'Punctuation'],
      [/\\.*\n/, 'Text'],
    ],
    string: [
      [/\\"/, 'Str'],
      [/"/, 'Str', '#pop'],
      [/\\([\\nr]|[01][0-7]{2})/, 'Str.Escape'],
      [/[^\\"\n]+/, 'Str'],
      [/\\/, 'Str'], // stray backslash
    ],
    bottom: [[rx(String.raw`.+\z`, 'm'), 'Comment.Multiline']],
  },
};
