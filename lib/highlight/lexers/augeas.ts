// Follows Rouge 3.30 lib/rouge/lexers/augeas.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const RESERVED = wordSet(`_ let del store value counter seq key label autoload incl excl transform test get put in after set
  clear insa insb print_string print_regexp print_endline print_tree lens_ctype lens_atype lens_ktype lens_vtype
  lens_format_atype regexp_match`);

export const augeas: LexerDef = {
  name: 'augeas',
  aliases: ['aug'],
  states: {
    basic: [[/\s+/, 'Text'], [/\(\*/, 'Comment.Multiline', 'comment']],
    comment: [
      [/\*\)/, 'Comment.Multiline', '#pop'],
      [/\(\*/, 'Comment.Multiline', 'comment'],
      [/[^*)]+/, 'Comment.Multiline'],
      [/[*)]/, 'Comment.Multiline'],
    ],
    root: [
      { mixin: 'basic' },
      [/(:)(\w\w*)/, (lx, m) => lx.groups(m, 'Punctuation', 'Keyword.Type')],
      [/\w[\w']*/, (lx, m) => {
        const name = m[0];
        if (name === 'module') { lx.token('Keyword.Reserved', name); lx.push('module'); }
        else lx.token(RESERVED.has(name) ? 'Keyword.Reserved' : /^[A-Z]/.test(name) ? 'Keyword.Namespace' : 'Name', name);
      }],
      [/"/, 'Str', 'string'],
      [/\//, 'Str', 'regexp'],
      [/[-*+.=?\|]+/, 'Operator'],
      [/[\[\](){}:;]/, 'Punctuation'],
    ],
    module: [[/\s+/, 'Text'], [/[A-Z][a-zA-Z0-9_.]*/, 'Name.Namespace', '#pop']],
    regexp: [[/\//, 'Str.Regex', '#pop'], [/[^\\\/]+/, 'Str.Regex'], [/\\[\\\/]/, 'Str.Regex'], [/\\/, 'Str.Regex']],
    string: [[/"/, 'Str', '#pop'], [/\\/, 'Str.Escape', 'escape'], [/[^\\"]+/, 'Str']],
    escape: [
      [/[abfnrtv"'&\\]/, 'Str.Escape', '#pop'],
      [/\^[\]\[A-Z@\^_]/, 'Str.Escape', '#pop'],
      [/o[0-7]+/i, 'Str.Escape', '#pop'],
      [/x[\da-f]+/i, 'Str.Escape', '#pop'],
      [/\d+/, 'Str.Escape', '#pop'],
      [/\s+/, 'Str.Escape', '#pop'],
      [/./, 'Str', '#pop'],
    ],
  },
};
