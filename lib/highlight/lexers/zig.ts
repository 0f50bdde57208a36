// Follows Rouge 3.30 lib/rouge/lexers/zig.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`align linksection threadlocal struct enum union error break return anyframe fn c_longlong
  c_ulonglong c_longdouble c_void comptime_float c_short c_ushort c_int c_uint c_long c_ulong continue asm defer
  errdefer const var extern packed export pub if else switch and or orelse while for bool unreachable try catch async
  suspend nosuspend await resume undefined usingnamespace test void noreturn type anyerror usize noalias inline
  noinline comptime callconv volatile allowzero`);
const BUILTINS = wordSet(`@addWithOverflow @as @atomicLoad @atomicStore @bitCast @breakpoint @alignCast @alignOf @cDefine @cImport
  @cInclude @bitOffsetOf @atomicRmw @bytesToSlice @byteOffsetOf @OpaqueType @panic @ptrCast @bitReverse
  @Vector @sin @cUndef @canImplicitCast @clz @cmpxchgWeak @cmpxchgStrong @compileError @compileLog @ctz
  @popCount @divExact @divFloor @cos @divTrunc @embedFile @export @tagName @TagType @errorName @call
  @errorReturnTrace @fence @fieldParentPtr @field @unionInit @errorToInt @intToEnum @enumToInt @setAlignStack
  @frame @Frame @exp @exp2 @log @log2 @log10 @fabs @floor @ceil @trunc @round @floatCast @intToFloat
  @floatToInt @boolToInt @errSetCast @intToError @frameAddress @import @newStackCall @asyncCall @intToPtr
  @intCast @frameSize @memcpy @memset @mod @mulWithOverflow @splat @ptrToInt @rem @returnAddress @setCold
  @Type @shuffle @setGlobalLinkage @setGlobalSection @shlExact @This @hasDecl @hasField @setRuntimeSafety
  @setEvalBranchQuota @setFloatMode @shlWithOverflow @shrExact @sizeOf @bitSizeOf @sqrt @byteSwap
  @subWithOverflow @sliceToBytes comptime_int @truncate @typeInfo @typeName @TypeOf`);
const ID = '[a-zA-Z_]\\w*';
const ESCAPES = String.raw`\\([nrt'"\\0]|x\h{2}|u\h{4}|U\h{8})`;
const DOT = '(?:[.][0-9_]+)';
const EXP = '(?:e[-+]?[0-9_]+)';

export const zig: LexerDef = {
  name: 'zig',
  aliases: ['zir'],
  states: {
    bol: [{ mixin: 'whitespace' }, [/#\s[^\n]*/, 'Comment.Special'], [/(?:)/, (lx) => lx.pop()]],
    attribute: [
      { mixin: 'whitespace' },
      { mixin: 'literals' },
      [/[(,)=:]/, 'Name.Decorator'],
      [/\]/, 'Name.Decorator', '#pop'],
      [rx(ID), 'Name.Decorator'],
    ],
    whitespace: [[/\s+/, 'Text'], [/\/\/[^\n]*/, 'Comment']],
    root: [
      [/\n/, 'Text', 'bol'],
      { mixin: 'whitespace' },
      [/\b(?:(i|u)[0-9]+)\b/, 'Keyword.Type'],
      [/\b(?:f(16|32|64|128))\b/, 'Keyword.Type'],
      [/\b(?:(isize|usize))\b/, 'Keyword.Type'],
      { mixin: 'literals' },
      [rx(`'${ID}`), 'Name.Variable'],
      [rx(`([.]?)(\\s*)(@?${ID})(\\s*)([(]?)`), (lx, m) => {
        const name = m[3]!;
        const t = KEYWORDS.has(name) ? 'Keyword' : BUILTINS.has(name) ? 'Name.Builtin'
          : m[1] && m[5] ? 'Name.Function' : m[1] ? 'Name.Property' : 'Name';
        lx.groups(m, 'Punctuation', 'Text', t, 'Text', 'Punctuation');
      }],
      [/[()\[\]{}|,:;]/, 'Punctuation'],
      [/[*\/!@~&+%^<>=?-]|\.{1,3}/, 'Operator'],
    ],
    literals: [
      [/\b(?:true|false|null)\b/, 'Keyword.Constant'],
      [rx(`'(?:${ESCAPES}|[^\\\\])'`), 'Str.Char'],
      [/"/, 'Str', 'string'],
      [/r(#*)".*?"\1/s, 'Str'],
      [rx(`[0-9]+(${DOT}${EXP}?|${DOT}?${EXP})`), 'Num.Float'],
      [/(0b[10_]+|0x[0-9a-fA-F_]+|[0-9_]+)/, 'Num.Integer'],
    ],
    string: [[/"/, 'Str', '#pop'], [rx(ESCAPES), 'Str.Escape'], [/[^"\\]+/, 'Str']],
  },
};
