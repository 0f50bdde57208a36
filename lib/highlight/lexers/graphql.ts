// Follows Rouge 3.30 lib/rouge/lexers/graphql.rb (block descriptions delegated to Markdown).
import { rx, type Callback, type LexerDef, type Lexing } from '../engine.js';
import { markdown } from './markdown.js';

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const W = rx(`\\b${NAME}\\b`);
const BUILTIN = /\b(?:Int|Float|String|Boolean|ID)\b/;
/** `pop! if state?(...)` after the pop of a closing bracket. */
const closeIn = (...states: string[]) => (lx: Lexing<any>, m: RegExpExecArray): void => {
  lx.token('Punctuation', m[0]);
  lx.pop();
  if (states.some((s) => lx.state(s))) lx.pop();
};
/** The value rules' pop_unless_list */
const value = (tok: string): Callback<any> => (lx, m) => { lx.token(tok, m[0]); if (!lx.state('list')) lx.pop(); };

export const graphql: LexerDef<any> = {
  name: 'graphql',
  states: {
    root: [
      [/\b(?:query|mutation|subscription)\b/, 'Keyword', 'query_definition'],
      [/\{/, (lx, m) => { lx.token('Punctuation', m[0]); lx.push('query_definition'); lx.push('selection_set'); }],
      [/\bfragment\b/, 'Keyword', 'fragment_definition'],
      [/\bscalar\b/, 'Keyword', 'value'],
      [/\b(?:type|interface|enum)\b/, 'Keyword', 'type_definition'],
      [/\b(?:input|schema)\b/, 'Keyword', 'type_definition'],
      [/\bunion\b/, 'Keyword', 'union_definition'],
      [/\bextend\b/, 'Keyword'],
      { mixin: 'basic' },
      [/(""")(\n)(.*?)(\n)(""")/s, (lx, m) => {
        lx.token('Str.Double', m[1]);
        lx.token('Text.Whitespace', m[2]);
        lx.delegate(markdown, m[3]!, true);
        lx.token('Text.Whitespace', m[4]);
        lx.token('Str.Double', m[5]);
      }],
    ],
    basic: [[/\s+/, 'Text.Whitespace'], [/#.*$/, 'Comment'], [/[!,]/, 'Punctuation']],
    has_directives: [
      [rx(`(@${NAME})(\\s*)(\\()`), (lx, m) => { lx.groups(m, 'Keyword', 'Text.Whitespace', 'Punctuation'); lx.push('arguments'); }],
      [rx(`@${NAME}\\b`), 'Keyword'],
    ],
    fragment_definition: [[/\bon\b/, 'Keyword'], { mixin: 'query_definition' }],
    query_definition: [
      { mixin: 'has_directives' },
      [W, 'Name'],
      [/\(/, 'Punctuation', 'variable_definitions'],
      [/\{/, 'Punctuation', 'selection_set'],
      { mixin: 'basic' },
    ],
    type_definition: [
      [/\bimplements\b/, 'Keyword'],
      [W, 'Name'],
      [/\(/, 'Punctuation', 'variable_definitions'],
      [/\{/, 'Punctuation', 'type_definition_set'],
      { mixin: 'basic' },
    ],
    union_definition: [[W, 'Name'], [/=/, 'Punctuation', 'union_definition_variant'], { mixin: 'basic' }],
    union_definition_variant: [
      [W, (lx, m) => { lx.token('Name', m[0]); lx.pop(); lx.push('union_definition_pipe'); }],
      { mixin: 'basic' },
    ],
    union_definition_pipe: [
      [/\|/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(); lx.push('union_definition_variant'); }],
      [/(?!\||\s+|#[^\n]*)/, (lx) => lx.pop(2)],
      { mixin: 'basic' },
    ],
    type_definition_set: [
      [/\}/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }],
      [rx(`\\b(${NAME})(\\s*)(\\()`), (lx, m) => { lx.groups(m, 'Name', 'Text.Whitespace', 'Punctuation'); lx.push('variable_definitions'); }],
      [W, 'Name'],
      [/:/, 'Punctuation', 'type_names'],
      { mixin: 'basic' },
    ],
    arguments: [[/\)/, 'Punctuation', '#pop'], [W, 'Name'], [/:/, 'Punctuation', 'value'], { mixin: 'basic' }],
    variable_definitions: [
      [/\)/, 'Punctuation', '#pop'],
      [rx(`\\$${NAME}\\b`), 'Name.Variable'],
      [W, 'Name'],
      [/:/, 'Punctuation', 'type_names'],
      [/=/, 'Punctuation', 'value'],
      { mixin: 'basic' },
    ],
    type_names: [[BUILTIN, 'Name.Builtin', '#pop'], [W, 'Name', '#pop'], [/\[/, 'Punctuation', 'type_name_list'], { mixin: 'basic' }],
    type_name_list: [
      [BUILTIN, 'Name.Builtin'],
      [W, 'Name'],
      [/\]/, (lx, m) => { lx.token('Punctuation', m[0]); lx.pop(2); }],
      { mixin: 'basic' },
    ],
    selection_set: [
      { mixin: 'has_directives' },
      [/\}/, closeIn('query_definition', 'fragment_definition')],
      [rx(`\\b(${NAME})(\\s*)(\\()`), (lx, m) => { lx.groups(m, 'Name', 'Text.Whitespace', 'Punctuation'); lx.push('arguments'); }],
      [rx(`\\b(${NAME})(\\s*)(:)`), (lx, m) => lx.groups(m, 'Name', 'Text.Whitespace', 'Punctuation')],
      [W, 'Name'],
      [/(\.\.\.)(\s+)(on)\b/, (lx, m) => lx.groups(m, 'Punctuation', 'Text.Whitespace', 'Keyword')],
      [/\.\.\./, 'Punctuation'],
      [/\{/, 'Punctuation', 'selection_set'],
      { mixin: 'basic' },
    ],
    list: [[/\]/, closeIn('value')], { mixin: 'value' }],
    object: [
      [/\}/, closeIn('value')],
      [rx(`\\b(${NAME})(\\s*)(:)`), (lx, m) => { lx.groups(m, 'Name', 'Text.Whitespace', 'Punctuation'); lx.push('value'); }],
      { mixin: 'basic' },
    ],
    value: [
      [/""".*?"""/s, 'Str.Double'],
      [rx(`\\$${NAME}\\b`), value('Name.Variable')],
      [/\b(?:true|false|null)\b/, value('Keyword.Constant')],
      [/[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?/, value('Num.Float')],
      [/[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?/, value('Num.Integer')],
      [/"(\\[\\"]|[^"])*"/, value('Str.Double')],
      [W, value('Name')],
      [/\{/, 'Punctuation', 'object'],
      [/\[/, 'Punctuation', 'list'],
      { mixin: 'basic' },
    ],
  },
};
