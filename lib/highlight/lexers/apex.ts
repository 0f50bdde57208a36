// Follows Rouge 3.30 lib/rouge/lexers/apex.rb (Salesforce Apex, with SOQL words).
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`assert break case catch continue default do else finally for if goto instanceof new return switch
  this throw try while insert update delete`);
const DECLARATIONS = wordSet(`abstract const enum extends final implements native private protected public static super
  synchronized throws transient volatile with sharing without inherited virtual global testmethod`);
const SOQL = wordSet(`SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA CATEGORY GROUP BY ROLLUP CUBE HAVING
  ORDER BY ASC DESC NULLS FIRST LAST LIMIT OFFSET FOR VIEW REFERENCE UPDATE TRACKING VIEWSTAT OR AND`);
// Looked up downcased, as Rouge does (so `String` is never found).
const TYPES = wordSet('String boolean byte char double float int long short var void');
const CONSTANTS = wordSet('true false null');
const ID = '(?:[a-z_][a-z0-9_]*)';
const DIGIT = '(?:[0-9]_+[0-9]|[0-9])';

function word(lx: Lexing<unknown>, m: RegExpExecArray): void {
  const lower = m[0].toLowerCase();
  const tok = KEYWORDS.has(lower) || SOQL.has(m[0].toUpperCase()) ? 'Keyword' : DECLARATIONS.has(lower) ? 'Keyword.Declaration'
    : TYPES.has(lower) ? 'Keyword.Type' : CONSTANTS.has(lower) ? 'Keyword.Constant'
    : lower === 'package' ? 'Keyword.Namespace' : m[1] === '@' ? 'Name.Decorator' : null;
  if (tok) lx.token(tok, m[0]);
  else if (m[3] === ':') lx.groups(m, 'Operator', 'Name.Label', 'Punctuation');
  else if (m[3] === '(') lx.groups(m, 'Operator', 'Name.Function', 'Punctuation');
  else if (m[1] === '.') lx.groups(m, 'Operator', 'Name.Property', 'Punctuation');
  else lx.token('Name', m[0]);
}

export const apex: LexerDef = {
  name: 'apex',
  states: {
    root: [
      [/\s+/s, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/\*.*?\*\//s, 'Comment.Multiline'],
      [/(?:class|interface)\b/, 'Keyword.Declaration', 'class'],
      [/import\b/, 'Keyword.Namespace', 'import'],
      [rx(`([@$.]?)(${ID})([:(]?)`, 'i'), word],
      [/"/, 'Str.Double', 'dq'],
      [/'/, 'Str.Single', 'sq'],
      [rx(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`), 'Num.Float'],
      [/0b(?:[01]_+[01]|[01])+/i, 'Num.Bin'],
      [rx(String.raw`0x(?:\h_+\h|\h)+`, 'i'), 'Num.Hex'],
      [/0(?:[0-7]_+[0-7]|[0-7])+/, 'Num.Oct'],
      [rx(`${DIGIT}+L?`), 'Num.Integer'],
      [/[-+\/*~^!%&<>|=.?]/, 'Operator'],
      [/[\[\](){},:;]/, 'Punctuation'],
    ],
    class: [[/\s+/s, 'Text'], [rx(ID, 'i'), 'Name.Class', '#pop']],
    import: [[/\s+/s, 'Text'], [/[a-z0-9_.]+\*?/i, 'Name.Namespace', '#pop']],
    escape: [[/\\[btnfr\\"']/, 'Str.Escape']],
    dq: [{ mixin: 'escape' }, [/[^\\"]+/, 'Str.Double'], [/"/, 'Str.Double', '#pop']],
    sq: [{ mixin: 'escape' }, [/[^\\']+/, 'Str.Double'], [/'/, 'Str.Double', '#pop']],
  },
};
