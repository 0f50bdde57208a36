// Follows Rouge 3.30 lib/rouge/lexers/csharp.rb.
import { rx, type LexerDef } from '../engine.js';

const ID = String.raw`(?:@?[_a-zA-Z]\w*)`; // Rouge's /@?[_a-z]\w*/i, interpolated
const words = (s: string): string => s.trim().split(/\s+/).join('|');
const KEYWORDS = words(`abstract as base break case catch checked const continue default delegate do else enum event
  explicit extern false finally fixed for foreach goto if implicit in interface internal is lock new null operator out
  override params private protected public readonly ref return sealed sizeof stackalloc static switch this throw true
  try typeof unchecked unsafe virtual void volatile while add alias async await get global partial remove set value
  where yield nameof ascending by descending equals from group in into join let on orderby select`);
const TYPES = words('bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var');
const CPP = words('if endif else elif define undef line error warning region endregion pragma');

export const csharp: LexerDef = {
  name: 'csharp',
  aliases: ['c#', 'cs'],
  states: {
    whitespace: [
      [/\s+/s, 'Text'],
      [/\/\/.*?$/, 'Comment.Single'],
      [/\/[*].*?[*]\//s, 'Comment.Multiline'],
    ],
    nest: [[/{/, 'Punctuation', 'nest'], [/}/, 'Punctuation', '#pop'], { mixin: 'root' }],
    splice_string: [
      [/\\./, 'Str'],
      [/{/, 'Punctuation', 'nest'],
      [/"|\n/, 'Str', '#pop'],
      [/./, 'Str'],
    ],
    splice_literal: [
      [/""/, 'Str'],
      [/{/, 'Punctuation', 'nest'],
      [/"/, 'Str', '#pop'],
      [/./, 'Str'],
    ],
    root: [
      { mixin: 'whitespace' },
      [/[$]\s*"/, 'Str', 'splice_string'],
      [/[$]@\s*"/, 'Str', 'splice_literal'],
      [rx(`(<\\[)\\s*(${ID}:)?`), 'Keyword'],
      [/\]>/, 'Keyword'],
      [/[~!%^&*()+=|\[\]{}:;,.<>\/?-]/, 'Punctuation'],
      [/@"(""|[^"])*"/s, 'Str'],
      [/"(\\.|.)*?["\n]/, 'Str'],
      [/'(\\.|.)'/, 'Str.Char'],
      [/0x[0-9a-f]+[lu]?/i, 'Num'],
      [/[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?/i, 'Num'],
      [/\b(?:class|struct|interface)\b/, 'Keyword', 'class'],
      [/\b(?:namespace|using)\b/, 'Keyword', 'namespace'],
      [rx(`^#[ \\t]*(${CPP})\\b.*?\\n`), 'Comment.Preproc'],
      [rx(`\\b(${KEYWORDS})\\b`), 'Keyword'],
      [rx(`\\b(${TYPES})\\b`), 'Keyword.Type'],
      [rx(`${ID}(?=\\s*[(])`), 'Name.Function'],
      [rx(ID), 'Name'],
    ],
    class: [{ mixin: 'whitespace' }, [rx(ID), 'Name.Class', '#pop']],
    namespace: [
      { mixin: 'whitespace' },
      [/(?=[(])/, 'Text', '#pop'],
      [rx(`(${ID}|[.])+`), 'Name.Namespace', '#pop'],
    ],
  },
};
