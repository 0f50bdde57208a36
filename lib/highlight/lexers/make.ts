// Follows Rouge 3.30 lib/rouge/lexers/make.rb (recipes and values delegated to the shell lexer).
import { rx, type LexerDef } from '../engine.js';
import { shell } from './shell.js';

const FUNCTIONS = `abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring
  firstword flavor foreach if join lastword notdir or origin patsubst realpath shell sort strip subst suffix value
  warning wildcard word wordlist words`.split(/\s+/).join('|');
const STOP = String.raw`(?:\$\(|\$\{|\(|\)|\}|\\|$)`;

export const make: LexerDef = {
  name: 'make',
  aliases: ['makefile', 'mf', 'gnumake', 'bsdmake'],
  start: (lx) => { lx.child(shell).reset(); },
  states: {
    root: [
      [/\s+/, 'Text'],
      [/#.*?\n/, 'Comment'],
      [/([-s]?include)((?:[\t ]+[^\t\n #]+)+)/, (lx, m) => lx.groups(m, 'Keyword', 'Literal.String.Other')],
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable')],
      [/(?:else|endif)[\t ]*(?=[#\n])/, 'Keyword'],
      [/(export)([\t ]+)(?=[\w\${}()\t -]+\n)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('export'); }],
      [/export[\t ]+/, 'Keyword'],
      [/([\w${}().-]+)([\t ]*)([!?:+]?=)/s, (lx, m) => {
        lx.token('Name.Variable', m[1]);
        lx.token('Text', m[2]);
        lx.token('Operator', m[3]);
        lx.push('shell_line');
      }],
      [/"(\\\\|\\.|[^"\\])*"/, 'Str.Double'],
      [/'(\\\\|\\.|[^'\\])*'/, 'Str.Single'],
      [/([^\n:]+)(:+)([ \t]*)/, (lx, m) => { lx.groups(m, 'Name.Label', 'Operator', 'Text'); lx.push('block_header'); }],
    ],
    export: [[/[\w\${}()-]/, 'Name.Variable'], [/\n/, 'Text', '#pop'], [/[\t ]+/, 'Text']],
    block_header: [
      [/[^,\\\n#]+/, 'Name.Function'],
      [/,/, 'Punctuation'],
      [/#.*?/, 'Comment'],
      [/\\\n/, 'Text'],
      [/\\./, 'Text'],
      [/\n/, (lx, m) => { lx.token('Text', m[0]); lx.goto('block_body'); }],
    ],
    block_body: [
      [/(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Name.Variable', 'Comment', 'Text')],
      [/(else|endif)([\t ]*)(#.*)?(\n)/, (lx, m) => lx.groups(m, 'Keyword', 'Text', 'Comment', 'Text')],
      [/(\t[\t ]*)([@-]?)/, (lx, m) => { lx.groups(m, 'Text', 'Punctuation'); lx.push('shell_line'); }],
      [/(?:)/, (lx) => { lx.child(shell).reset(); lx.pop(); }],
    ],
    shell: [
      [/\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]/i, 'Name.Variable'],
      [rx(`(\\$[({])([\\t ]*)(${FUNCTIONS})([\\t ]+)`, 'm'), (lx, m) => {
        lx.groups(m, 'Name.Function', 'Text', 'Name.Builtin', 'Text');
        lx.push('shell_expr');
      }],
      [/\\./s, (lx, m) => lx.delegate(shell, m[0])],
      [rx(`.+?(?=${STOP})`, 'm'), (lx, m) => lx.delegate(shell, m[0])],
      [rx(STOP), (lx, m) => lx.delegate(shell, m[0])],
    ],
    shell_expr: [
      [/[({]/, (lx, m) => { lx.delegate(shell, m[0]); lx.push(); }],
      [/[)}]/, 'Name.Function', '#pop'],
      { mixin: 'shell' },
    ],
    shell_line: [[/\n/, 'Text', '#pop'], { mixin: 'shell' }],
  },
};
