// Follows Rouge 3.30 lib/rouge/lexers/vb.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`AddHandler Alias ByRef ByVal CBool CByte CChar CDate CDbl CDec CInt CLng CObj CSByte CShort
  CSng CStr CType CUInt CULng CUShort Call Case Catch Class Const Continue Declare Default Delegate Dim DirectCast Do
  Each Else ElseIf End EndIf Enum Erase Error Event Exit False Finally For Friend Function Get Global GoSub GoTo
  Handles If Implements Imports Inherits Interface Let Lib Loop Me Module MustInherit MustOverride MyBase MyClass
  Namespace Narrowing New Next Not NotInheritable NotOverridable Nothing Of On Operator Option Optional Overloads
  Overridable Overrides ParamArray Partial Private Property Protected Public RaiseEvent ReDim ReadOnly RemoveHandler
  Resume Return Select Set Shadows Shared Single Static Step Stop Structure Sub SyncLock Then Throw To True Try TryCast
  Using Wend When While Widening With WithEvents WriteOnly`);
const TYPES = wordSet('Boolean Byte Char Date Decimal Double Integer Long Object SByte Short Single String Variant UInteger ULong UShort');
const OPERATOR_WORDS = wordSet('AddressOf And AndAlso As GetType In Is IsNot Like Mod Or OrElse TypeOf Xor');
const BUILTINS = wordSet('Console ConsoleColor');
const ID = /[a-z_]\w*/i;

export const vb: LexerDef = {
  name: 'vb',
  aliases: ['visualbasic'],
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/\n/, 'Text', 'bol'],
      [/rem\b.*?$/i, 'Comment.Single'],
      [/%\{.*?%\}/s, 'Comment.Multiline'],
      [/'.*$/, 'Comment.Single'],
    ],
    bol: [[/\s+/, 'Text'], [/<.*?>/, 'Name.Attribute'], [/(?:)/, () => {}]], // sic: `{ :pop! }` does not pop
    root: [
      { mixin: 'whitespace' },
      [rx(String.raw`
          [#]If\b .*? \bThen
        | [#]ElseIf\b .*? \bThen
        | [#]End \s+ If
        | [#]Const
        | [#]ExternalSource .*? \n
        | [#]End \s+ ExternalSource
        | [#]Region .*? \n
        | [#]End \s+ Region
        | [#]ExternalChecksum`, 'x'), 'Comment.Preproc'],
      [/[.]/, 'Punctuation', 'dotted'],
      [/[(){}!#,:]/, 'Punctuation'],
      [/Option\s+(Strict|Explicit|Compare)\s+(On|Off|Binary|Text)/, 'Keyword.Declaration'],
      [/End\b/, 'Keyword', 'end'],
      [/(Dim|Const)\b/, 'Keyword', 'dim'],
      [/(Function|Sub|Property)\b/, 'Keyword', 'funcname'],
      [/(Class|Structure|Enum)\b/, 'Keyword', 'classname'],
      [/(Module|Namespace|Imports)\b/, 'Keyword', 'namespace'],
      [/[A-Z]\w*/, (lx, m) => {
        const w = m[0];
        lx.token(KEYWORDS.has(w) ? 'Keyword' : TYPES.has(w) ? 'Keyword.Type' : OPERATOR_WORDS.has(w) ? 'Operator.Word'
          : BUILTINS.has(w) ? 'Name.Builtin' : 'Name', w);
      }],
      [/&=|[*]=|\/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*\/\\^+=<>.]/, 'Operator'],
      [/"/, 'Str', 'string'],
      [/[a-z_]\w*[%&@!#$]?/i, 'Name'],
      [/#.*?#/, 'Literal.Date'],
      [/(\d+\.\d*|\d*\.\d+)(f[+-]?\d+)?/i, 'Num.Float'],
      [/\d+([SILDFR]|US|UI|UL)?/, 'Num.Integer'],
      [/&H[0-9a-f]+([SILDFR]|US|UI|UL)?/, 'Num.Integer'],
      [/&O[0-7]+([SILDFR]|US|UI|UL)?/, 'Num.Integer'],
      [/_\n/, 'Keyword'],
    ],
    dotted: [{ mixin: 'whitespace' }, [ID, 'Name', '#pop']],
    string: [[/""/, 'Str.Escape'], [/"C?/, 'Str', '#pop'], [/[^"]+/, 'Str']],
    dim: [{ mixin: 'whitespace' }, [ID, 'Name.Variable', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    funcname: [{ mixin: 'whitespace' }, [ID, 'Name.Function', '#pop']],
    classname: [{ mixin: 'whitespace' }, [ID, 'Name.Class', '#pop']],
    namespace: [{ mixin: 'whitespace' }, [/[a-z_]\w*([.][a-z_]\w*)*/i, 'Name.Namespace', '#pop']],
    end: [
      { mixin: 'whitespace' },
      [/(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b/, 'Keyword', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
  },
};
