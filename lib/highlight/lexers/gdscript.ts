// Follows Rouge 3.30 lib/rouge/lexers/gdscript.rb (Godot's GDScript).
import { rx, type LexerDef, type RuleSpec } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`and in not or as breakpoint class class_name extends is func setget signal tool const enum export
  onready static var break continue if elif else for pass return match while remote master puppet remotesync mastersync
  puppetsync`);
const BUILTINS = wordAlt(`Color8 ColorN abs acos asin assert atan atan2 bytes2var ceil char clamp convert cos cosh db2linear
  decimals dectime deg2rad dict2inst ease exp floor fmod fposmod funcref hash inst2dict instance_from_id is_inf is_nan lerp
  linear2db load log max min nearest_po2 pow preload print print_stack printerr printraw prints printt rad2deg rand_range
  rand_seed randf randi randomize range round seed sign sin sinh sqrt stepify str str2var tan tan tanh type_exist typeof
  var2bytes var2str weakref yield`);
const TYPES = wordAlt(`bool int float String Vector2 Rect2 Transform2D Vector3 AABB Plane Quat Basis Transform Color RID
  Object NodePath Dictionary Array PoolByteArray PoolIntArray PoolRealArray PoolStringArray PoolVector2Array
  PoolVector3Array PoolColorArray null`);
const FORMAT = /%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]/;

/** strings_single / strings_double: % formats and the text of a string closed by `q`. */
const stringsOf = (tok: string, q: string, other: string): RuleSpec<unknown>[] => [
  [FORMAT, 'Str.Interpol'],
  [rx(`[^\\\\${q}%\\n]+`), tok],
  [rx(`[${other}\\\\]`), tok],
  [/%/, tok],
];

export const gdscript: LexerDef = {
  name: 'gdscript',
  aliases: ['gd', 'gdscript'],
  states: {
    root: [
      [/\n/, 'Text'],
      [/[^\S\n]+/, 'Text'],
      [/#.*/, 'Comment.Single'],
      [/[\[\]{}:(),;]/, 'Punctuation'],
      [/\\\n/, 'Text'],
      [/(in|and|or|not)\b/, 'Operator.Word'],
      [/!=|==|<<|>>|&&|\+=|-=|\*=|\/=|%=|&=|\|=|\|\||[-~+\/*%=<>&^.!|$]/, 'Operator'],
      [/(func)((?:\s|\\)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('funcname'); }],
      [/(class)((?:\s|\\)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('classname'); }],
      { mixin: 'keywords' },
      { mixin: 'builtins' },
      [/"""/, 'Str.Double', 'escape_tdqs'],
      [/'''/, 'Str.Double', 'escape_tsqs'],
      [/"/, 'Str.Double', 'escape_dqs'],
      [/'/, 'Str.Double', 'escape_sqs'],
      { mixin: 'name' },
      { mixin: 'numbers' },
    ],
    keywords: [[rx(`\\b(${KEYWORDS})\\b`), 'Keyword'], [/\b(do|switch|case)\b/, 'Keyword.Reserved']],
    builtins: [
      [rx(`\\b(${BUILTINS})\\b`), 'Name.Builtin'],
      [/\b((self|false|true)|(PI|TAU|NAN|INF))\b/, 'Name.Builtin.Pseudo'],
      [rx(`\\b(${TYPES})\\b`), 'Keyword.Type'],
    ],
    numbers: [
      [/(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?/, 'Num.Float'],
      [/\d+[eE][+-]?[0-9]+j?/, 'Num.Float'],
      [/0[xX][a-fA-F0-9]+/, 'Num.Hex'],
      [/\d+j?/, 'Num.Integer'],
    ],
    name: [[/[a-zA-Z_]\w*/, 'Name']],
    funcname: [[/[a-zA-Z_]\w*/, 'Name.Function', '#pop']],
    classname: [[/[a-zA-Z_]\w*/, 'Name.Class', '#pop']],
    string_escape: [[/\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, 'Str.Escape']],
    strings_single: stringsOf('Str.Single', "'", '"'),
    strings_double: stringsOf('Str.Double', '"', "'"),
    dqs: [[/"/, 'Str.Double', '#pop'], [/\\\\|\\"|\\\n/, 'Str.Escape'], { mixin: 'strings_double' }],
    escape_dqs: [{ mixin: 'string_escape' }, { mixin: 'dqs' }],
    sqs: [[/'/, 'Str.Single', '#pop'], [/\\\\|\\'|\\\n/, 'Str.Escape'], { mixin: 'strings_single' }],
    escape_sqs: [{ mixin: 'string_escape' }, { mixin: 'sqs' }],
    tdqs: [[/"""/, 'Str.Double', '#pop'], { mixin: 'strings_double' }, [/\n/, 'Str.Double']],
    escape_tdqs: [{ mixin: 'string_escape' }, { mixin: 'tdqs' }],
    tsqs: [[/'''/, 'Str.Single', '#pop'], { mixin: 'strings_single' }, [/\n/, 'Str.Single']],
    escape_tsqs: [{ mixin: 'string_escape' }, { mixin: 'tsqs' }],
  },
};
