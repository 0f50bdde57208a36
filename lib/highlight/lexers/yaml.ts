// Follows Rouge 3.30 lib/rouge/lexers/yaml.rb (its indentation bookkeeping included).
import { rx, type LexerDef, type Lexing } from '../engine.js';

export interface YamlState { indentStack: number[]; nextIndent: number; blockScalarIndent: number | null }
type S = YamlState;
type L = Lexing<S>;

const fresh = (): S => ({ indentStack: [0], nextIndent: 0, blockScalarIndent: null });
function resetIndent(lx: L): void { lx.s = fresh(); }
function indent(lx: L): number {
  if (!lx.s.indentStack.length) throw new Error('empty indent stack!');
  return lx.s.indentStack[lx.s.indentStack.length - 1]!;
}
/** YAML#save_indent: the text up to the current indentation and the rest (an error). */
function saveIndent(lx: L, match: string): [string, string] {
  lx.s.nextIndent = match.length;
  if (lx.s.nextIndent < indent(lx)) {
    while (lx.s.nextIndent < indent(lx)) lx.s.indentStack.pop();
    return [match.slice(0, indent(lx)), match.slice(indent(lx))];
  }
  return [match, ''];
}
/** YAML#set_indent. */
export function setIndent(lx: L, match: string, implicit = false): void {
  if (indent(lx) < lx.s.nextIndent) lx.s.indentStack.push(lx.s.nextIndent);
  if (!implicit) lx.s.nextIndent += match.length;
}
/** Ruby's String#to_i. */
const toI = (s: string): number => Number(/^[+-]?\d+/.exec(s)?.[0] ?? 0);

const PLAIN_SCALAR_START = String.raw`[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'"%@${'`'}]`;

export const yaml: LexerDef<S> = {
  name: 'yaml',
  aliases: ['yml'],
  init: fresh,
  states: {
    basic: [[/#.*$/, 'Comment.Single']],
    root: [
      { mixin: 'basic' },
      [/\n+/, 'Text'],
      [/[ ]+(?=#|$)/, 'Text'],
      [/^%YAML\b/, (lx, m) => { lx.token('Name.Tag', m[0]); resetIndent(lx); lx.push('yaml_directive'); }],
      [/^%TAG\b/, (lx, m) => { lx.token('Name.Tag', m[0]); resetIndent(lx); lx.push('tag_directive'); }],
      [/^(?:---|\.\.\.)(?= |$)/, (lx, m) => { lx.token('Name.Namespace', m[0]); resetIndent(lx); lx.push('block_line'); }],
      [/[ ]*(?!\s|$)/, (lx, m) => {
        const [text, err] = saveIndent(lx, m[0]);
        lx.token('Text', text);
        lx.token('Error', err);
        lx.push('block_line');
        lx.push('indentation');
      }],
    ],
    indentation: [
      [/\s*?\n/, (lx, m) => { lx.token('Text', m[0]); lx.pop(2); }],
      [/[ ]+(?=[-:?](?:[ ]|$))/, (lx, m) => { lx.token('Text', m[0]); lx.s.nextIndent += m[0].length; }],
      [/[?:-](?=[ ]|$)/, (lx, m) => { setIndent(lx, m[0]); lx.token('Punctuation.Indicator', m[0]); }],
      [/[ ]*/, (lx, m) => { lx.token('Text', m[0]); lx.s.nextIndent += m[0].length; lx.pop(); }],
    ],
    block_line: [
      [/[ ]*(?=#|$)/, 'Text', '#pop'],
      [/[ ]+/, 'Text'],
      { mixin: 'descriptors' },
      { mixin: 'block_nodes' },
      { mixin: 'flow_nodes' },
      [rx(`(?=${PLAIN_SCALAR_START}|[?:-][^ \\t\\n\\r\\f\\v])`), (lx, m) => {
        lx.token('Name.Variable', m[0]);
        lx.push('plain_scalar_in_block_context');
      }],
    ],
    descriptors: [
      [/!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>/, 'Keyword.Type'],
      [/(?:![\w-]+)?!(?:[\w;\/?:@&=+$,.!~*'()\[\]%-]*)/, 'Keyword.Type'],
      [rx(String.raw`&[\p{L}\p{Nl}\p{Nd}_-]+`), 'Name.Label'],
      [rx(String.raw`\*[\p{L}\p{Nl}\p{Nd}_-]+`), 'Name.Variable'],
    ],
    block_nodes: [
      [/([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)/, (lx, m) => {
        lx.groups(m, 'Name.Attribute', 'Punctuation.Indicator');
        setIndent(lx, m[0], true);
      }],
      [/[\|>][+-]?/, (lx, m) => {
        lx.token('Punctuation.Indicator', m[0]);
        lx.push('block_scalar_content');
        lx.push('block_scalar_header');
      }],
    ],
    flow_nodes: [
      [/\[/, 'Punctuation.Indicator', 'flow_sequence'],
      [/\{/, 'Punctuation.Indicator', 'flow_mapping'],
      [/'/, 'Str.Single', 'single_quoted_scalar'],
      [/"/, 'Str.Double', 'double_quoted_scalar'],
    ],
    flow_collection: [
      [/\s+/s, 'Text'],
      { mixin: 'basic' },
      [/[?:,]/, 'Punctuation.Indicator'],
      { mixin: 'descriptors' },
      { mixin: 'flow_nodes' },
      [rx(`(?=${PLAIN_SCALAR_START})`), (lx) => lx.push('plain_scalar_in_flow_context')],
    ],
    flow_sequence: [[/\]/, 'Punctuation.Indicator', '#pop'], { mixin: 'flow_collection' }],
    flow_mapping: [[/\}/, 'Punctuation.Indicator', '#pop'], { mixin: 'flow_collection' }],
    block_scalar_content: [
      [/\n+/, 'Text'],
      [/^[ ]+$/, (lx, m) => {
        const mark = lx.s.blockScalarIndent ?? m[0].length;
        lx.token('Text', m[0].slice(0, mark));
        lx.token('Name.Constant', m[0].slice(mark));
      }],
      [/^[ ]*/, (lx, m) => {
        lx.token('Text', m[0]);
        const size = m[0].length;
        const dedent = lx.s.blockScalarIndent ?? indent(lx);
        lx.s.blockScalarIndent ??= size;
        if (size < dedent) {
          saveIndent(lx, m[0]);
          lx.pop();
          lx.push('indentation');
        }
      }],
      [/[^\n\r\f\v]+/, 'Str'],
    ],
    block_scalar_header: [
      [/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (lx, m) => {
        lx.s.blockScalarIndent = null;
        lx.goto('ignored_line');
        if (!m[0]) return;
        lx.s.blockScalarIndent = indent(lx) + toI(m[1]!); // m[1] || m[2]: "" is true in Ruby
        lx.token('Punctuation.Indicator', m[0]);
      }],
    ],
    ignored_line: [
      { mixin: 'basic' },
      [/[ ]+/, 'Text'],
      [/\n/, 'Text', '#pop'],
    ],
    quoted_scalar_whitespaces: [
      [/^[ ]+/, 'Text'],
      [/[ ]+$/, 'Text'],
      [/\n+/s, 'Text'],
      [/[ ]+/, 'Name.Variable'],
    ],
    single_quoted_scalar: [
      { mixin: 'quoted_scalar_whitespaces' },
      [/\\'/, 'Str.Escape'],
      [/'/, 'Str', '#pop'],
      [/[^\s']+/, 'Str'],
    ],
    double_quoted_scalar: [
      [/"/, 'Str', '#pop'],
      { mixin: 'quoted_scalar_whitespaces' },
      [/\\[0abt\tn\nvfre "\\N_LP]/, 'Str.Escape'],
      [/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, 'Str.Escape'],
      [/[^ \t\n\r\f\v"\\]+/, 'Str'],
    ],
    plain_scalar_in_block_context_new_line: [
      [/^[ ]+\n/, 'Text'],
      [/\n+/s, 'Text'],
      [/^(?=---|\.\.\.)/, (lx) => lx.pop(3)],
      [/^[ ]*/, (lx, m) => {
        lx.token('Text', m[0]);
        lx.pop();
        if (m[0].length <= indent(lx)) {
          lx.pop();
          saveIndent(lx, m[0]);
          lx.push('indentation');
        }
      }],
    ],
    plain_scalar_in_block_context: [
      [/[ ]*(?=:[ \n]|:$)/, 'Text', '#pop'],
      [/[ ]*:\S+/, 'Str'],
      [/[ ]+(?=#)/, 'Text', '#pop'],
      [/[ ]+$/, 'Text'],
      [/\n+/, (lx, m) => { lx.token('Text', m[0]); lx.push('plain_scalar_in_block_context_new_line'); }],
      [/[ ]+/, 'Str'],
      [/true|false|null/, 'Name.Constant'],
      [/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, 'Literal.Number', '#pop'],
      [/[^\s:]+/, 'Str'],
    ],
    plain_scalar_in_flow_context: [
      [/[ ]*(?=[,:?\[\]{}])/, 'Text', '#pop'],
      [/[ ]+(?=#)/, 'Text', '#pop'],
      [/^[ ]+/, 'Text'],
      [/[ ]+$/, 'Text'],
      [/\n+/, 'Text'],
      [/[ ]+/, 'Name.Variable'],
      [/[^\s,:?\[\]{}]+/, 'Name.Variable'],
    ],
    yaml_directive: [
      [/([ ]+)(\d+\.\d+)/, (lx, m) => { lx.groups(m, 'Text', 'Num'); lx.goto('ignored_line'); }],
    ],
    tag_directive: [
      [/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;\/?:@&=+$,.!~*'()\[\]%-]+)/, (lx, m) => {
        lx.groups(m, 'Text', 'Keyword.Type', 'Text', 'Keyword.Type');
        lx.goto('ignored_line');
      }],
    ],
  },
};
