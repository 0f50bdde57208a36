// Follows Rouge 3.30 lib/rouge/lexers/eiffel.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordAlt } from '../regex.js';

const KEYWORDS = wordAlt(`across agent alias all and attached as assign attribute check class convert create debug deferred
  detachable do else elseif end ensure expanded export external feature from frozen if implies inherit inspect
  invariant like local loop not note obsolete old once or Precursor redefine rename require rescue retry select
  separate some then undefine until variant Void when xor`);
const SPECIAL = String.raw`%[A-DFHLNQR-V%'"()<>]|%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/`;
const SIMPLE_STRING = rx(String.raw`(?:[^"%\b\f\v]|${SPECIAL})+?`);

export const eiffel: LexerDef = {
  name: 'eiffel',
  states: {
    root: [
      [/"\[/, 'Str.Other', 'aligned_verbatim_string'],
      [/"\{/, 'Str.Other', 'non_aligned_verbatim_string'],
      [rx(String.raw`"(?:[^%\b\f\n\r\v]|${SPECIAL})*?"`), 'Str.Double'],
      [/--.*/, 'Comment.Single'],
      [rx(String.raw`'(?:[^%\b\f\n\r\t\v]|${SPECIAL})'`), 'Str.Char'],
      [rx(`(?:${KEYWORDS})\\b`), 'Keyword'],
      [/(?:Current|Result)\b/, 'Keyword.Variable'],
      [/(?:True|False)\b/, 'Keyword.Constant'],
      [/\b0[xX][\da-fA-F](?:_*[\da-fA-F])*b/, 'Num.Hex'],
      [/\b0[cC][0-7](?:_*[0-7])*\b/, 'Num.Oct'],
      [/\b0[bB][01](?:_*[01])*\b/, 'Num.Bin'],
      [/\d(?:_*\d)*/, 'Num.Integer'],
      [/(?:\d(?:_*\d)*)?\.(?:(?:\d(?:_*\d)*)?[eE][+-]?)?\d(?:_*\d)*|\d(?:_*\d)*\.?/, 'Num.Float'],
      [/:=|<<|>>|\(\||\|\)|->|\.|[{}\[\];(),:?]/, 'Punctuation.Indicator'],
      [/\\\\|\|\.\.\||\.\.|\/[~\/]?|[><\/]=?|[-+*^=~]/, 'Operator'],
      [/[A-Z][\dA-Z_]*/, 'Name.Class'],
      [/[A-Za-z][\dA-Za-z_]*/, 'Name'],
      [/\s+/, 'Text'],
    ],
    aligned_verbatim_string: [[/]"/, 'Str.Other', '#pop'], [SIMPLE_STRING, 'Str.Other']],
    non_aligned_verbatim_string: [[/}"/, 'Str.Other', '#pop'], [SIMPLE_STRING, 'Str.Other']],
  },
};
