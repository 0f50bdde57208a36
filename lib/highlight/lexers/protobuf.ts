// Follows Rouge 3.30 lib/rouge/lexers/protobuf.rb.
import type { LexerDef } from '../engine.js';

export const protobuf: LexerDef = {
  name: 'protobuf',
  aliases: ['proto'],
  states: {
    root: [
      [/[\s]+/, 'Text'],
      [/[,;{}\[\]()]/, 'Punctuation'],
      [/\/(\\\n)?\/($|(.|\n)*?[^\\]$)/, 'Comment.Single'],
      [/\/(\\\n)?\*(.|\n)*?\*(\\\n)?\//, 'Comment.Multiline'],
      [/\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b/, 'Keyword'],
      [/\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string|uint32|uint64)\b/, 'Keyword.Type'],
      [/true|false/, 'Keyword.Constant'],
      [/(package)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Namespace', 'Text'); lx.push('package'); }],
      [/(message|extend)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text'); lx.push('message'); }],
      [/(enum|group|service)(\s+)/, (lx, m) => { lx.groups(m, 'Keyword.Declaration', 'Text'); lx.push('type'); }],
      [/".*?"/, 'Str'],
      [/'.*?'/, 'Str'],
      [/(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*/, 'Num.Float'],
      [/(\d+\.\d*|\.\d+|\d+[fF])[fF]?/, 'Num.Float'],
      [/(-?(inf|nan))\b/, 'Num.Float'],
      [/0x[0-9a-fA-F]+[LlUu]*/, 'Num.Hex'],
      [/0[0-7]+[LlUu]*/, 'Num.Oct'],
      [/\d+[LlUu]*/, 'Num.Integer'],
      [/[+-=]/, 'Operator'],
      [/([a-zA-Z_][\w.]*)([ \t]*)(=)/, (lx, m) => lx.groups(m, 'Name.Attribute', 'Text', 'Operator')],
      [/[a-zA-Z_][\w.]*/, 'Name'],
    ],
    package: [[/[a-zA-Z_]\w*/, 'Name.Namespace', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    message: [[/[a-zA-Z_]\w*/, 'Name.Class', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    type: [[/[a-zA-Z_]\w*/, 'Name', '#pop'], [/(?:)/, (lx) => lx.pop()]],
  },
};
