// Follows Rouge 3.30 lib/rouge/lexers/vala.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

/** Rouge's `id` is an /i regex: case-insensitive wherever it is interpolated. */
const ID = String.raw`(?:@?[_a-zA-Z]\w*)`;
const KEYWORDS = wordAlt(`abstract as async base break case catch const construct continue
  default delegate delete do dynamic else ensures enum errordomain
  extern false finally for foreach get global if in inline interface
  internal is lock new null out override owned private protected
  public ref requires return set signal sizeof static switch this
  throw throws true try typeof unowned var value virtual void weak
  while yield`);
const TYPES = wordAlt(`bool char double float int int8 int16 int32 int64 long short size_t
  ssize_t string unichar uint uint8 uint16 uint32 uint64 ulong ushort`);

export const vala: LexerDef = {
  name: 'vala',
  states: {
    whitespace: [
      [/\s+/, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/[*].*?[*]\//s, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/^\s*\[.*?\]/, 'Name.Attribute'],
      [rx(String.raw`(<\[)\s*(${ID}:)?`), 'Keyword'],
      [/\]>/, 'Keyword'],
      [/[~!%^&*()+=|\[\]{}:;,.<>\/?-]/, 'Punctuation'],
      [/@"(\\.|.)*?"/, 'Str'],
      [/"(\\.|.)*?["\n]/, 'Str'],
      [/'(\\.|.)'/, 'Str.Char'],
      [/0x[0-9a-f]+[lu]?/i, 'Num'],
      [/[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?/i, 'Num'],
      [rx(String.raw`\b(${KEYWORDS})\b`), 'Keyword'],
      [rx(String.raw`\b(${TYPES})\b`), 'Keyword.Type'],
      [/class|struct/, 'Keyword', 'class'],
      [/namespace|using/, 'Keyword', 'namespace'],
      [rx(String.raw`${ID}(?=\s*[(])`), 'Name.Function'],
      [rx(ID), 'Name'],
      [/#.*/, 'Comment.Preproc'],
    ],
    class: [
      { mixin: 'whitespace' },
      [rx(ID), 'Name.Class', '#pop'],
    ],
    namespace: [
      { mixin: 'whitespace' },
      [/(?=[(])/, 'Text', '#pop'],
      [rx(`(${ID}|[.])+`), 'Name.Namespace', '#pop'],
    ],
  },
};
